package io.totangoconnector.bench;

/** The baseline of B10: the JVM's own start-up, printing one line. */
public final class Hello {
  private Hello() {}

  public static void main(String[] args) {
    System.out.println("hello");
  }
}
