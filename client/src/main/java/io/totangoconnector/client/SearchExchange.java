package io.totangoconnector.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.totangoconnector.client.query.SearchQuery;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;

/**
 * One HTTP call for one page: the documented form-encoded request, then the reply classified as a
 * page or as a {@link TotangoApiException} that says whether trying again may help.
 */
final class SearchExchange {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(SearchExchange.class);

  private static final int HEAD_BYTES = 512;
  private static final int DRAIN_LIMIT = 65_536;

  private final HttpClient http;
  private final Endpoint endpoint;
  private final Duration requestTimeout;
  private final Duration connectTimeout;
  private final Clock clock;
  private final ScheduledExecutorService timers;

  SearchExchange(
      HttpClient http, Endpoint endpoint, ClientConfig config, ScheduledExecutorService timers) {
    this.http = http;
    this.timers = timers;
    this.endpoint = endpoint;
    this.requestTimeout = config.requestTimeout();
    this.connectTimeout = config.connectTimeout();
    this.clock = config.clock();
  }

  Endpoint endpoint() {
    return endpoint;
  }

  Page fetch(SearchQuery query, PageDecoder decoder, long offset, int count)
      throws InterruptedException {
    long started = System.nanoTime();
    HttpResponse<InputStream> response = send(request(query, offset, count));
    InputStream body = response.body();
    Duration left = requestTimeout.minusNanos(System.nanoTime() - started);
    try (BodyDeadline deadline = new BodyDeadline(timers, body, left)) {
      try {
        return read(response, body, decoder);
      } catch (TotangoApiException e) {
        if (deadline.expired() && e.retriable()) {
          throw failure(e.status(), "no complete reply within " + seconds(requestTimeout), "", e);
        }
        throw e;
      }
    } finally {
      closeQuietly(body);
    }
  }

  private Page read(HttpResponse<InputStream> response, InputStream body, PageDecoder decoder) {
    int status = response.statusCode();
    if (status / 100 != 2) {
      throw HttpFailures.of(status, response.headers(), body, endpoint, clock);
    }
    Page page = decode(status, body, decoder);
    drain(body);
    return page;
  }

  /**
   * Reads what follows the JSON (usually nothing but the end of the stream): a body closed before
   * its end costs the connection, and with it a new TLS handshake for the next page.
   */
  private static void drain(InputStream body) {
    try {
      byte[] sink = new byte[4096];
      for (int read = 0; read < DRAIN_LIMIT && body.read(sink) >= 0; read += sink.length) {
        // discard
      }
    } catch (IOException e) {
      // the page is complete; the connection is simply not reused
    }
  }

  /** A failed close loses nothing: the page is complete or its failure already thrown. */
  private static void closeQuietly(InputStream body) {
    try {
      body.close();
    } catch (IOException e) {
      // nothing to add to what the caller already has
    }
  }

  private HttpRequest request(SearchQuery query, long offset, int count) {
    String form =
        "query=" + URLEncoder.encode(query.toRequestJson(offset, count), StandardCharsets.UTF_8);
    return HttpRequest.newBuilder(endpoint.uri())
        .timeout(requestTimeout)
        .header("app-token", endpoint.token())
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
  }

  private HttpResponse<InputStream> send(HttpRequest request) throws InterruptedException {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpConnectTimeoutException e) {
      throw failure(0, "no connection within " + seconds(connectTimeout), "", e);
    } catch (HttpTimeoutException e) {
      throw failure(0, "no reply within " + seconds(requestTimeout), "", e);
    } catch (ConnectException e) {
      throw failure(0, "could not connect to " + endpoint.uri().getAuthority(), "", e);
    } catch (IOException e) {
      LOG.debug("The connection failed: {}", describe(e));
      throw failure(0, "the connection failed before a reply", "", e);
    }
  }

  private Page decode(int status, InputStream body, PageDecoder decoder) {
    HeadCapturingInputStream head = new HeadCapturingInputStream(body, HEAD_BYTES);
    try {
      return decoder.decode(head);
    } catch (JsonEOFException e) {
      throw failure(status, "a truncated reply", excerpt(head), e);
    } catch (JsonProcessingException e) {
      String excerpt = excerpt(head);
      throw failure(
          status, "a reply that is not JSON (\"" + shortExcerpt(excerpt) + "\")", excerpt, e);
    } catch (BadReplyException e) {
      throw failure(status, e.getMessage(), excerpt(head), e);
    } catch (IOException e) {
      LOG.debug("The connection failed while reading the reply: {}", describe(e));
      throw failure(status, "the connection failed while reading the reply", excerpt(head), e);
    }
  }

  private String excerpt(HeadCapturingInputStream head) {
    return BodyExcerpt.of(head.head(), endpoint.token());
  }

  private static String shortExcerpt(String excerpt) {
    return BodyExcerpt.shorten(excerpt, 60);
  }

  /** A retriable failure whose message is "{what} from POST /api/v1/search/...". */
  private TotangoApiException failure(int status, String what, String excerpt, Throwable cause) {
    String message = BodyExcerpt.redact(what + " from " + endpoint.label(), endpoint.token());
    return new TotangoApiException(message, status, endpoint.url(), excerpt, true, cause);
  }

  private static String describe(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static String seconds(Duration d) {
    return RetryingCaller.describe(d);
  }
}
