package io.totangoconnector.emulator;

/** The searchable reports; {@link #key} is the path segment and the response key. */
enum Report {
  ACCOUNTS("accounts"),
  USERS("users");

  final String key;

  Report(String key) {
    this.key = key;
  }

  static Report of(String key) {
    for (Report r : values()) {
      if (r.key.equals(key)) {
        return r;
      }
    }
    return null;
  }
}
