package io.totangoconnector.cli;

import io.totangoconnector.client.Report;
import io.totangoconnector.client.query.QueryImport;
import java.security.NoSuchAlgorithmException;
import javax.net.ssl.SSLContext;
import org.slf4j.LoggerFactory;

/**
 * Start-up work that a second core does while picocli builds its model and parses the command line
 * (a third of a second of the path to the first request, B10): the JDK's default TLS context, which
 * its HTTP client builds when it is created even for a plain http:// URL, the logging
 * configuration, and Jackson's tree reading, which the query needs.
 */
final class WarmUp {
  private static volatile Thread logging;

  private WarmUp() {}

  static void start() {
    daemon("tls-warm-up", WarmUp::tls);
    daemon("json-warm-up", WarmUp::json);
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

  /**
   * Reads a small query the way a pasted one is read: Jackson's tree reading loads and sets up some
   * 400 classes, a tenth of a second that the command line's query then no longer waits for.
   */
  private static void json() {
    try {
      QueryImport.parse(
          "{\"terms\":[],\"count\":1,\"offset\":0,\"fields\":[{\"type\":\"string\","
              + "\"term\":\"health\",\"field_display_name\":\"Health\"}],\"scope\":\"all\"}",
          Report.ACCOUNTS);
    } catch (RuntimeException e) {
      // a warm-up only: the classes are loaded either way, and the real query reports its errors
    }
  }

  private static Thread daemon(String name, Runnable work) {
    Thread t = new Thread(work, name);
    t.setDaemon(true);
    t.start();
    return t;
  }
}
