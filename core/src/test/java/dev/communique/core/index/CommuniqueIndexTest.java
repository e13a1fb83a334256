package dev.communique.core.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.communique.core.Communique;
import dev.communique.core.search.SearchRequest;
import dev.communique.core.search.SearchResults;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommuniqueIndexTest {

  @TempDir Path dir;

  private static final String LONG_BODY =
      "Foreign Ministers met in Brussels to discuss support for Ukraine, the protection of undersea"
          + " cables, the situation in the Western Balkans and the next steps on energy security."
          + " They agreed a work programme for the coming year and asked officials to report back"
          + " before the summit in the summer with concrete proposals on funding and standards.";

  private static Communique release(String id, String body, LocalDate date, String source) {
    return Communique.builder(id)
        .title("Title of " + id)
        .body(body)
        .date(date)
        .source(source)
        .build();
  }

  @Test
  void upsertByIdReplacesAndNeverDuplicates() throws Exception {
    try (CommuniqueIndex index = CommuniqueIndex.open(dir)) {
      assertThat(index.upsert(release("a", "first text about cables", null, "a.txt")))
          .isEqualTo(UpsertOutcome.ADDED);
      assertThat(index.upsert(release("a", "second text about pipelines", null, "a.txt")))
          .isEqualTo(UpsertOutcome.UPDATED);
      assertThat(index.upsert(release("b", "other text", null, "b.txt")))
          .isEqualTo(UpsertOutcome.ADDED);
      assertThat(index.count()).isEqualTo(2);
      assertThat(index.get("a").orElseThrow().body()).isEqualTo("second text about pipelines");
      assertThat(index.search(SearchRequest.builder("cables").build()).totalHits()).isZero();
      assertThat(index.search(SearchRequest.builder("pipelines").build()).ids())
          .containsExactly("a");
    }
    try (CommuniqueIndex reopened = CommuniqueIndex.open(dir)) {
      assertThat(reopened.count()).isEqualTo(2);
      assertThat(reopened.upsert(release("b", "again", null, "b.txt")))
          .isEqualTo(UpsertOutcome.UPDATED);
      assertThat(reopened.delete("a")).isTrue();
      assertThat(reopened.delete("a")).isFalse();
      assertThat(reopened.count()).isEqualTo(1);
      assertThat(reopened.upsert(release("a", "back", null, "a.txt")))
          .isEqualTo(UpsertOutcome.ADDED);
    }
  }

  @Test
  void concurrentWritersAndNearRealTimeSearch() throws Exception {
    try (CommuniqueIndex index = CommuniqueIndex.open(dir)) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 50; i++) {
                    index.upsert(
                        release("doc-" + (i % 25) + "-" + thread, "text number " + i, null, "x"));
                  }
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      pool.shutdown();
      assertThat(index.count()).isEqualTo(100);
      SearchResults all = index.search(SearchRequest.builder("text").limit(0).build());
      assertThat(all.totalHits()).isEqualTo(100);
    }
  }

  @Test
  void readOnlyIndexSeesCommitsAndRefusesWrites() throws Exception {
    try (CommuniqueIndex index = CommuniqueIndex.open(dir)) {
      index.upsert(release("a", "alpha", null, "a"));
      index.commit();
    }
    try (CommuniqueIndex readOnly = CommuniqueIndex.openReadOnly(dir)) {
      assertThat(readOnly.isWritable()).isFalse();
      assertThat(readOnly.count()).isEqualTo(1);
      assertThatThrownBy(() -> readOnly.upsert(release("b", "beta", null, "b")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("read-only");
    }
  }

  @Test
  void refusesMissingAndForeignDirectories() throws Exception {
    assertThatThrownBy(() -> CommuniqueIndex.openReadOnly(dir.resolve("none")))
        .isInstanceOf(NoSuchFileException.class);
    Path foreign = Files.createDirectories(dir.resolve("photos"));
    Files.writeString(foreign.resolve("holiday.jpg"), "not an index");
    assertThatThrownBy(() -> CommuniqueIndex.open(foreign))
        .isInstanceOf(IncompatibleIndexException.class)
        .hasMessageContaining("holds no communiqué index");
    assertThat(Files.readString(foreign.resolve("holiday.jpg"))).isEqualTo("not an index");
  }

  @Test
  void mergesNearDuplicatesUnderTheEarliestCopy() throws Exception {
    try (CommuniqueIndex index = CommuniqueIndex.open(dir)) {
      index.upsert(release("original", LONG_BODY, LocalDate.of(2023, 11, 29), "nato/original.txt"));
      index.upsert(
          release(
              "copy",
              LONG_BODY.replace("concrete proposals", "specific proposals"),
              LocalDate.of(2023, 11, 30),
              "mirror/copy.txt"));
      index.upsert(
          release(
              "other",
              "The G7 agreed new rules on critical minerals and clean energy supply chains, with"
                  + " funding for recycling and refining capacity in partner countries across"
                  + " three continents over the next decade, and a review in two years.",
              LocalDate.of(2023, 11, 29),
              "g7/other.txt"));

      DuplicateReport report = index.mergeNearDuplicates(0.8);
      assertThat(report.examined()).isEqualTo(3);
      assertThat(report.groups()).isEqualTo(1);
      assertThat(report.merged()).isEqualTo(1);
      assertThat(report.newlyMerged()).isEqualTo(1);
      assertThat(report.rewritten()).isEqualTo(2);

      SearchResults shown = index.search(SearchRequest.builder("Brussels").build());
      assertThat(shown.ids()).containsExactly("original");
      assertThat(shown.hits().get(0).copies()).isEqualTo(1);
      assertThat(shown.hits().get(0).copySources()).containsExactly("mirror/copy.txt");

      SearchResults all =
          index.search(SearchRequest.builder("Brussels").includeCopies(true).build());
      assertThat(all.ids()).containsExactlyInAnyOrder("original", "copy");

      DuplicateReport again = index.mergeNearDuplicates(0.8);
      assertThat(again.rewritten()).isZero();
      assertThat(again.merged()).isEqualTo(1);
      assertThat(again.newlyMerged()).isZero();

      index.delete("original");
      assertThat(index.search(SearchRequest.builder("Brussels").build()).ids())
          .containsExactly("copy");
    }
  }
}
