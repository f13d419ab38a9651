package io.totangoconnector.emulator;

import io.javalin.http.Context;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one search call: scripted fault, authentication, rate limit, random fault, then the
 * search itself; every call is logged. Thread-safe.
 */
final class SearchHandler {
  private static final Logger LOG = LoggerFactory.getLogger(SearchHandler.class);
  private final EmulatorConfig config;
  private final Searcher searcher;
  private final FaultPlan plan;
  private final SlidingWindowLimiter limiter;
  private final RequestLog log;
  private final AtomicInteger calls = new AtomicInteger();

  SearchHandler(EmulatorConfig config, Searcher searcher, FaultPlan plan, RequestLog log) {
    this.config = config;
    this.searcher = searcher;
    this.plan = plan;
    this.log = log;
    this.limiter =
        config.rateLimited()
            ? new SlidingWindowLimiter(
                config.rateLimitCalls(), config.rateLimitWindow(), config.clock())
            : null;
  }

  int callCount() {
    return calls.get();
  }

  void handle(Context ctx) throws IOException {
    int number = calls.incrementAndGet();
    Instant at = config.clock().instant();
    String token = ctx.header("app-token");
    Outcome outcome = new Outcome();
    try {
      answer(ctx, number, token == null || token.isBlank() ? null : token, outcome);
    } catch (RuntimeException e) {
      LOG.error("emulator failed on call {}", number, e);
      outcome.send(ctx, Reply.failed(500, "emulator error: " + e));
    } finally {
      log.add(
          new RecordedRequest(
              number,
              ctx.path(),
              outcome.status,
              token != null,
              outcome.offset,
              outcome.count,
              at,
              outcome.fault == null ? null : outcome.fault.toString()));
    }
  }

  private void answer(Context ctx, int number, String token, Outcome outcome) throws IOException {
    pause(config.latency());
    Report report = Report.of(ctx.pathParam("report"));
    Fault fault = plan.scripted(number);
    if (fault != null && FaultReplies.immediate(fault)) {
      outcome.deliver(
          ctx, withPeekedHeaders(FaultReplies.reply(fault, report, config), token), fault);
      return;
    }
    SlidingWindowLimiter.Decision decision = null;
    Reply reply = refusal(report, token);
    if (reply == null && limiter != null) {
      decision = limiter.acquire(token);
      reply = decision.allowed() ? null : FaultReplies.tooManyRequests(decision);
    }
    if (reply == null) {
      fault = fault == null ? plan.drawn(number) : fault;
      reply =
          fault != null && FaultReplies.immediate(fault)
              ? FaultReplies.reply(fault, report, config)
              : search(ctx, report, fault);
    }
    if (decision != null && reply != null) {
      decision.addHeaders(reply);
    }
    outcome.deliver(ctx, reply, fault);
  }

  private Reply search(Context ctx, Report report, Fault fault) {
    if (fault != null && fault.kind() == Fault.Kind.DELAY) {
      pause(fault.duration());
    }
    return searcher.search(ctx.bodyAsBytes(), ctx.contentType(), report);
  }

  private Reply refusal(Report report, String token) {
    if (report == null) {
      return Reply.failed(404, "unknown report; expected /api/v1/search/accounts or users");
    }
    if (token == null) {
      return Reply.failed(401, ContractChoices.MISSING_TOKEN);
    }
    return config.tokens().contains(token)
        ? null
        : Reply.failed(403, ContractChoices.UNKNOWN_TOKEN);
  }

  private Reply withPeekedHeaders(Reply reply, String token) {
    if (reply != null
        && limiter != null
        && token != null
        && config.tokens().contains(token)
        && reply.status() != 429) {
      limiter.peek(token).addHeaders(reply);
    }
    return reply;
  }

  private static void pause(Duration d) {
    if (d.isZero()) {
      return;
    }
    try {
      Thread.sleep(d.toMillis()); // injected latency: the emulator plays a slow server
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** What was answered, for the request log. */
  private static final class Outcome {
    int status;
    Integer offset;
    Integer count;
    Fault fault;

    void deliver(Context ctx, Reply reply, Fault applied) throws IOException {
      fault = applied;
      if (applied != null && applied.kind() == Fault.Kind.CONNECTION_RESET) {
        ConnectionCutter.reset(ctx.req());
      } else if (applied != null && applied.kind() == Fault.Kind.TRUNCATED_BODY) {
        record(reply);
        ConnectionCutter.truncate(ctx.req(), ctx.res(), reply);
      } else {
        send(ctx, reply);
      }
    }

    void send(Context ctx, Reply reply) {
      record(reply);
      ctx.status(reply.status());
      ctx.contentType(reply.contentType());
      reply.headers().forEach(ctx::header);
      ctx.result(reply.body());
    }

    private void record(Reply reply) {
      status = reply.status();
      offset = reply.offset();
      count = reply.count();
    }
  }
}
