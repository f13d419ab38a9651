package io.totangoconnector.emulator;

/** HTML error pages as a load balancer or proxy in front of the API sends them. */
final class ErrorPages {
  private ErrorPages() {}

  static String html(int status, String reason) {
    return "<html>\r\n<head><title>"
        + status
        + " "
        + reason
        + "</title></head>\r\n<body>\r\n"
        + "<center><h1>"
        + status
        + " "
        + reason
        + "</h1></center>\r\n<hr><center>nginx</center>\r\n"
        + "</body>\r\n</html>\r\n";
  }
}
