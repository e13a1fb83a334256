package dev.communique.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.communique.core.Communique;
import dev.communique.core.search.SearchRequest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The merge pass finds its candidates in the terms dictionary of the band terms: it reads the
 * communiqués that share a band with another and those a previous pass grouped, never the rest.
 */
class BandTermPlanTest {

  private static final String[] WORDS = {
    "alliance",
    "budget",
    "cable",
    "drought",
    "embassy",
    "fisheries",
    "grain",
    "harbour",
    "irrigation",
    "judiciary",
    "kerosene",
    "lithium",
    "maritime",
    "nuclear",
    "orbit",
    "pandemic",
    "quarantine",
    "railway",
    "satellite",
    "tariff",
    "uranium",
    "vaccine",
    "wheat",
    "yield",
    "zoning"
  };

  @TempDir Path dir;

  /** A text of 40 words drawn by a seeded generator, so each seed gives a different text. */
  private static String text(long seed) {
    StringBuilder out = new StringBuilder();
    long x = seed * 0x9E3779B97F4A7C15L + 1;
    for (int i = 0; i < 40; i++) {
      x ^= x << 13;
      x ^= x >>> 7;
      x ^= x << 17;
      out.append(WORDS[(int) Math.floorMod(x, (long) WORDS.length)]).append(' ');
    }
    return out.toString().trim() + ".";
  }

  private static Communique release(String id, String body, int day) {
    return Communique.builder(id)
        .title("Title of " + id)
        .body(body)
        .date(LocalDate.of(2024, 3, day))
        .source(id + ".txt")
        .build();
  }

  private List<NearDuplicateMerger.Entry> plan(NearDuplicateMerger merger) throws Exception {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      return merger.plan(new IndexSearcher(reader));
    }
  }

  @Test
  void readsOnlyTheCandidatesAndUndoesAGroupThatNoLongerHolds() throws Exception {
    String shared = text(1000);
    try (CommuniqueIndex index = CommuniqueIndex.open(dir)) {
      for (int i = 0; i < 200; i++) {
        index.upsert(release("r" + i, text(i), 1 + i % 20));
      }
      index.upsert(release("first", shared, 10));
      index.upsert(release("second", shared + " Ends here.", 11));
      index.commit();
    }

    NearDuplicateMerger merger = new NearDuplicateMerger(0.8);
    List<NearDuplicateMerger.Entry> entries = plan(merger);
    assertThat(entries).extracting(e -> e.id).containsExactlyInAnyOrder("first", "second");
    assertThat(merger.examined()).isEqualTo(202);
    assertThat(merger.groups()).isEqualTo(1);

    try (CommuniqueIndex index = CommuniqueIndex.open(dir)) {
      DuplicateReport report = index.mergeNearDuplicates(0.8);
      assertThat(report.examined()).isEqualTo(202);
      assertThat(report.groups()).isEqualTo(1);
      assertThat(report.rewritten()).isEqualTo(2);
      // The copy is rewritten with a text of its own: the group no longer holds.
      index.upsert(release("second", text(2000), 11));
      index.commit();
    }

    NearDuplicateMerger again = new NearDuplicateMerger(0.8);
    List<NearDuplicateMerger.Entry> previous = plan(again);
    assertThat(previous).extracting(e -> e.id).containsExactly("first");
    assertThat(again.groups()).isZero();
    assertThat(previous.get(0).changed()).isTrue();

    try (CommuniqueIndex index = CommuniqueIndex.open(dir)) {
      DuplicateReport undone = index.mergeNearDuplicates(0.8);
      assertThat(undone.groups()).isZero();
      assertThat(undone.rewritten()).isEqualTo(1);
      index.commit();
      index.refresh();
      assertThat(index.search(SearchRequest.builder("*").limit(300).build()).hits())
          .hasSize(202)
          .allSatisfy(hit -> assertThat(hit.copies()).isZero());
    }
  }
}
