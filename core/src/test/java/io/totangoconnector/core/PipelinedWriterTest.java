package io.totangoconnector.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.totangoconnector.client.Hit;
import io.totangoconnector.client.Report;
import io.totangoconnector.sinks.SinkException;
import io.totangoconnector.sinks.SinkWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelinedWriterTest {
  private static final TableLayout LAYOUT = TableLayout.of(Report.ACCOUNTS, List.of());

  /** Takes rows until {@code failAt}, then throws what it is given. */
  private static final class FailingSink implements SinkWriter {
    final List<String> ids = new ArrayList<>();
    final int failAt;
    final Throwable failure;
    boolean skipEvery2nd;

    FailingSink(int failAt, Throwable failure) {
      this.failAt = failAt;
      this.failure = failure;
    }

    @Override
    public void write(Object[] values) {
      if (ids.size() == failAt) {
        sneaky(failure);
      }
      if (skipEvery2nd && (values[0].hashCode() & 1) == 0) {
        return;
      }
      ids.add((String) values[0]);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneaky(Throwable t) throws T {
      throw (T) t;
    }

    @Override
    public void commit() {}

    @Override
    public long rowsWritten() {
      return ids.size();
    }

    @Override
    public void close() {}
  }

  private static List<Hit> page(int from, int n) {
    List<Hit> hits = new ArrayList<>();
    for (int i = from; i < from + n; i++) {
      hits.add(new Hit("a" + i, "name", null, 1L, null, null, new Object[0]));
    }
    return hits;
  }

  private static PipelinedWriter writer(SinkWriter sink) {
    return new PipelinedWriter(sink, new RowMapper(LAYOUT, "b1", Instant.EPOCH));
  }

  @Test
  void pagesAreWrittenInOrder() {
    FailingSink sink = new FailingSink(-1, null);
    try (PipelinedWriter w = writer(sink)) {
      w.write(page(0, 3));
      w.write(page(3, 3));
      w.finish();
    }
    assertThat(sink.ids).containsExactly("a0", "a1", "a2", "a3", "a4", "a5");
  }

  @Test
  void anErrorOnTheWriterThreadFailsTheRunInsteadOfDroppingThePage() {
    FailingSink sink = new FailingSink(6, new StackOverflowError("deep"));
    try (PipelinedWriter w = writer(sink)) {
      w.write(page(0, 1000));
      assertThatThrownBy(w::finish)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("StackOverflowError");
    }
    assertThat(sink.ids).hasSize(6);
  }

  @Test
  void aSinkFailureSurfacesOnTheNextPageOrAtTheEnd() {
    FailingSink sink = new FailingSink(2, new SinkException("disk full"));
    try (PipelinedWriter w = writer(sink)) {
      w.write(page(0, 5));
      assertThatThrownBy(
              () -> {
                w.write(page(5, 5));
                w.write(page(10, 5));
                w.finish();
              })
          .isInstanceOf(SinkException.class)
          .hasMessage("disk full");
    }
  }

  @Test
  void aSinkThatLosesRowsIsCaughtBeforeCommit() {
    FailingSink sink = new FailingSink(-1, null);
    sink.skipEvery2nd = true;
    try (PipelinedWriter w = writer(sink)) {
      w.write(page(0, 10));
      assertThatThrownBy(w::finish)
          .isInstanceOf(SinkException.class)
          .hasMessageMatching(
              "The destination took \\d of the run's 10 rows; nothing was published\\.");
    }
  }
}
