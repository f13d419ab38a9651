package io.totangoconnector.emulator;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Breaks the connection under a request, as a failing network or proxy does. */
final class ConnectionCutter {
  private static final Logger LOG = LoggerFactory.getLogger(ConnectionCutter.class);

  private ConnectionCutter() {}

  /** A TCP reset (SO_LINGER 0, then close) before any byte of the response. */
  static void reset(jakarta.servlet.http.HttpServletRequest request) {
    EndPoint endPoint = endPoint(request);
    if (endPoint.getTransport() instanceof SocketChannel channel) {
      try {
        channel.setOption(StandardSocketOptions.SO_LINGER, 0);
      } catch (IOException e) {
        LOG.debug("cannot set SO_LINGER before a reset", e);
      }
    }
    endPoint.close();
  }

  /** Sends the headers (announcing the whole length) and half the body, then closes. */
  static void truncate(
      jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response, Reply reply)
      throws IOException {
    response.setStatus(reply.status());
    response.setContentType(reply.contentType());
    reply.headers().forEach(response::setHeader);
    byte[] body = reply.body();
    response.setContentLength(
        ContractChoices.TRUNCATION_ANNOUNCES_FULL_LENGTH ? body.length : body.length / 2);
    response.getOutputStream().write(body, 0, body.length / 2);
    response.flushBuffer();
    endPoint(request).close();
  }

  private static EndPoint endPoint(jakarta.servlet.http.HttpServletRequest request) {
    return ServletContextRequest.getServletContextRequest(request)
        .getConnectionMetaData()
        .getConnection()
        .getEndPoint();
  }
}
