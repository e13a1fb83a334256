package dev.communique.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs a tiny configuration of the harness over the sample corpus; asserts rows, never timings. */
class BenchmarkHarnessTest {

  @TempDir Path work;

  @Test
  void smokeRunOverTheSampleCorpusHasEveryRowWithSaneNumbers() throws Exception {
    BenchmarkHarness.Options options =
        BenchmarkHarness.Options.parse(
            new String[] {
              "--corpus",
              "../data/releases",
              "--runs",
              "1",
              "--max-queries",
              "4",
              "--threads",
              "1",
              "--work",
              work.toString()
            });
    ResultTable table = BenchmarkHarness.run(options, System.err);

    List<String> measures = table.rows().stream().map(row -> row.measure).toList();
    assertThat(measures)
        .containsExactly(
            "indexing, 1 thread, docs/s",
            "indexing, 1 thread, MB/s",
            "indexing, 1 thread, peak heap",
            "indexing, 1 thread, peak RSS",
            "index size",
            "4 queries, top 10 + 3 passages, warm, p50",
            "4 queries, top 10 + 3 passages, warm, p95",
            "4 queries, top 10 + 3 passages, warm, p99",
            "searching, peak heap (both engines)");
    for (ResultTable.Row row : table.rows()) {
      assertThat(row.ours).as(row.measure).isPositive();
      assertThat(row.baseline).as(row.measure).isPositive();
    }
    assertThat(table.markdown())
        .startsWith("| measure | unit | ours | baseline | ours / baseline |");
    assertThat(table.json("d", "c", "j", 2)).contains("\"measure\": \"index size\"");
  }
}
