package io.totangoconnector.sinks;

/** Files are rewritten whole, so they take only {@link UpdateMode#REPLACE}. */
public final class FileModes {
  private FileModes() {}

  /**
   * What a run is told when it asks a file for another method: said once here, for the check before
   * any call and for the sink's own.
   */
  public static String onlyReplace(String destination) {
    return destination
        + " supports only --mode replace (files are rewritten whole);"
        + " use a database destination for append or merge.";
  }

  static void requireReplace(String destination, UpdateMode mode) {
    if (mode != UpdateMode.REPLACE) {
      throw new SinkException(onlyReplace(destination));
    }
  }
}
