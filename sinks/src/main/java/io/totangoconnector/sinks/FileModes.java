package io.totangoconnector.sinks;

/** Files are rewritten whole, so they take only {@link UpdateMode#REPLACE}. */
final class FileModes {
  private FileModes() {}

  static void requireReplace(String destination, UpdateMode mode) {
    if (mode != UpdateMode.REPLACE) {
      throw new SinkException(
          destination
              + " supports only --mode replace (files are rewritten whole);"
              + " use a database destination for append or merge.");
    }
  }
}
