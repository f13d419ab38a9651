package io.totangoconnector.cli;

import java.security.NoSuchAlgorithmException;
import javax.net.ssl.SSLContext;
import org.slf4j.LoggerFactory;

/**
 * Start-up work that a second core does while picocli builds its model and parses the command line
 * (about a tenth of a second of the path to the first request): the JDK's default TLS context,
 * which its HTTP client builds when it is created even for a plain http:// URL, and the logging
 * configuration.
 */
final class WarmUp {
  private static volatile Thread logging;

  private WarmUp() {}

  static void start() {
    daemon("tls-warm-up", WarmUp::tls);
    logging = daemon("logging-warm-up", LoggerFactory::getILoggerFactory);
  }

  /**
   * Waits for the logging configuration started by {@link #start}, if any: while it is under way,
   * SLF4J hands other threads stand-in loggers, which cannot take a level.
   */
  static void awaitLogging() {
    Thread t = logging;
    if (t == null) {
      return;
    }
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void tls() {
    try {
      SSLContext.getDefault();
    } catch (NoSuchAlgorithmException e) {
      // the client reports it when it needs TLS
    }
  }

  private static Thread daemon(String name, Runnable work) {
    Thread t = new Thread(work, name);
    t.setDaemon(true);
    t.start();
    return t;
  }
}
