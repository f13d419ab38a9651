package io.totangoconnector.client.functional;

import static org.assertj.core.api.Assertions.assertThat;

import io.totangoconnector.client.Report;
import io.totangoconnector.client.TestQueries;
import io.totangoconnector.emulator.CapMode;
import io.totangoconnector.emulator.DataView;
import io.totangoconnector.emulator.RecordedRequest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Past the cap where Totango answers 400: slicing never asks for a record past it. */
class SlicingErrorModeTest {
  private static Sandbox sandbox;
  private static DataView data;

  @BeforeAll
  static void start() {
    sandbox = BigDataset.start(CapMode.ERROR);
    data = sandbox.emulator.dataset();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void everyAccountOnceWithoutARefusal() {
    BigDataset.read(
        sandbox,
        Report.ACCOUNTS,
        TestQueries.noFields(),
        BigDataset.accountKeys(data, a -> true),
        null);

    assertThat(sandbox.emulator.requests()).extracting(RecordedRequest::status).containsOnly(200);
    assertThat(sandbox.emulator.requests()).allMatch(r -> r.offset() + r.count() <= 10_000);
  }

  @Test
  void usersOfAFilterOverTheCapOnceWithoutARefusal() {
    List<String> groups = List.of("paying");

    BigDataset.read(
        sandbox,
        Report.USERS,
        BigDataset.statusQuery(groups),
        BigDataset.userKeys(data, BigDataset.statusIn(Set.copyOf(groups))),
        null);

    assertThat(sandbox.emulator.requests()).extracting(RecordedRequest::status).containsOnly(200);
  }
}
