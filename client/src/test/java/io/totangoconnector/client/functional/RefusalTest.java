package io.totangoconnector.client.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.totangoconnector.client.AuthenticationException;
import io.totangoconnector.client.Report;
import io.totangoconnector.client.TestQueries;
import io.totangoconnector.client.TotangoApiException;
import io.totangoconnector.client.TotangoClient;
import io.totangoconnector.client.query.SearchQuery;
import io.totangoconnector.emulator.Fault;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What cannot get better by trying again is not tried again, and says what to fix. */
class RefusalTest {
  private static final String TOKEN_REFUSED =
      "Totango refused the app token (HTTP 403). Check that it is current and that its owner is"
          + " still active; tokens expire.";

  @Test
  void unknownTokenIsRefusedAtOnce() {
    try (Sandbox sandbox = new Sandbox(50)) {
      TotangoClient client = sandbox.client(b -> b.appToken("not-a-known-token"));

      assertThatThrownBy(
              () -> client.search(Report.ACCOUNTS, TestQueries.noFields(), h -> {}, null))
          .isInstanceOf(AuthenticationException.class)
          .hasMessage(TOKEN_REFUSED);
      assertThat(sandbox.emulator.callCount()).isEqualTo(1);
    }
  }

  @Test
  void probeReportsARefusedTokenToo() {
    try (Sandbox sandbox = new Sandbox(50)) {
      TotangoClient client = sandbox.client(b -> b.appToken("expired-token"));

      assertThatThrownBy(() -> client.probe(Report.ACCOUNTS, TestQueries.noFields()))
          .isInstanceOf(AuthenticationException.class)
          .hasMessage(TOKEN_REFUSED);
      assertThat(sandbox.emulator.callCount()).isEqualTo(1);
    }
  }

  @Test
  void http401IsAnAuthenticationFailure() {
    try (Sandbox sandbox =
        new Sandbox(
            50,
            b ->
                b.script(
                    1,
                    Fault.status(
                        401, "{\"status\":\"failed\",\"_error\":\"Missing app-token header\"}")))) {
      assertThatThrownBy(
              () ->
                  sandbox.client(10).search(Report.ACCOUNTS, TestQueries.noFields(), h -> {}, null))
          .isInstanceOf(AuthenticationException.class)
          .hasMessageStartingWith("Totango refused the app token (HTTP 401).");
      assertThat(sandbox.emulator.callCount()).isEqualTo(1);
    }
  }

  @Test
  void malformedQueryIsRejectedOnceWithTheServersReason() throws Exception {
    ObjectNode json =
        (ObjectNode)
            new ObjectMapper().readTree("{\"terms\":[],\"fields\":[],\"sort_by\":\"nonsense\"}");
    SearchQuery query = new SearchQuery(json, List.of());
    try (Sandbox sandbox = new Sandbox(50)) {
      assertThatThrownBy(() -> sandbox.client(10).search(Report.ACCOUNTS, query, h -> {}, null))
          .isExactlyInstanceOf(TotangoApiException.class)
          .hasMessageStartingWith("Totango rejected the query (HTTP 400 Bad Request): \"")
          .hasMessageContaining("nonsense")
          .satisfies(e -> assertThat(((TotangoApiException) e).retriable()).isFalse());
      assertThat(sandbox.emulator.callCount()).isEqualTo(1);
    }
  }

  @Test
  void persistentFailureGivesUpAfterTheAttemptsAllowed() {
    try (Sandbox sandbox =
        new Sandbox(
            50,
            b -> {
              for (int call = 1; call <= 4; call++) {
                b.script(call, Fault.status(503, "<html>down</html>"));
              }
            })) {
      TotangoClient client = sandbox.client(b -> b.maxAttempts(4));

      assertThatThrownBy(
              () -> client.search(Report.ACCOUNTS, TestQueries.noFields(), h -> {}, null))
          .isExactlyInstanceOf(TotangoApiException.class)
          .hasMessage(
              "Totango kept failing after 4 attempts: HTTP 503 Service Unavailable from POST"
                  + " /api/v1/search/accounts. Try again later.");
      assertThat(sandbox.emulator.callCount()).isEqualTo(4);
    }
  }

  @Test
  void aResetOfADayIsNotWaitedFor() {
    try (Sandbox sandbox = new Sandbox(50, b -> b.script(1, Fault.http429(Duration.ofDays(1))))) {
      TotangoClient client = sandbox.client(b -> b.maxAttempts(5));

      assertThatThrownBy(
              () -> client.search(Report.ACCOUNTS, TestQueries.noFields(), h -> {}, null))
          .isExactlyInstanceOf(TotangoApiException.class)
          .hasMessage(
              "Totango asked to wait 86400.0 s before the next call, more than the 900.0 s a sync"
                  + " waits; another job may be using up this token's budget. Try again later.");
      assertThat(sandbox.emulator.callCount()).isEqualTo(1);
      assertThat(sandbox.sleeper.waits()).isEmpty();
    }
  }

  @Test
  void anAddressWhereNothingListensSaysToCheckTheAddress() {
    TotangoClient client =
        new TotangoClient(
            io.totangoconnector.client.ClientConfig.builder()
                .baseUrl(java.net.URI.create("http://127.0.0.1:1"))
                .appToken("t")
                .maxAttempts(1)
                .build());

    assertThatThrownBy(() -> client.search(Report.ACCOUNTS, TestQueries.noFields(), h -> {}, null))
        .isExactlyInstanceOf(TotangoApiException.class)
        .hasMessageStartingWith("The call to Totango failed: ")
        .hasMessageEndingWith(
            ". Check the address (--region or --base-url) and the network, or try again later, or"
                + " lower --page-size if replies time out.");
  }
}
