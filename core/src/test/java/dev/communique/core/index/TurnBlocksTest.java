package dev.communique.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.communique.core.Communique;
import dev.communique.core.Turn;
import dev.communique.core.search.SearchFilter;
import dev.communique.core.search.SearchRequest;
import dev.communique.core.search.WhoRequest;
import dev.communique.core.search.WhoResult;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A release and its turns are written, replaced, merged and deleted as one block. */
class TurnBlocksTest {

  @TempDir Path dir;

  private static final String BODY =
      "The ministers met on energy security and agreed a work programme for the coming year."
          + " Asked about pipelines, the minister said pipelines under the sea are protected now.";

  private static Communique release(String id, String source, String... speakers) {
    Communique.Builder b =
        Communique.builder(id)
            .title("Ministers meet")
            .body(BODY)
            .date(LocalDate.of(2024, 5, 1))
            .source(source)
            .speakers(List.of(speakers));
    int cut = BODY.indexOf(" Asked");
    if (speakers.length > 0) {
      b.turns(
          List.of(
              Turn.of(speakers[0], "Minister", 0, 0, cut),
              Turn.of(Turn.QUESTION, "", 1, cut + 1, BODY.length())));
    }
    return b.build();
  }

  private static String who(CommuniqueIndex index, String query) throws Exception {
    WhoResult result = index.who(WhoRequest.builder(query).build());
    StringBuilder out = new StringBuilder();
    result.people().forEach(c -> out.append(c).append("; "));
    return out.append("questions ").append(result.questions().count()).toString();
  }

  @Test
  void upsertReplacesTheTurnsAndDeleteRemovesThem() throws Exception {
    try (CommuniqueIndex index = CommuniqueIndex.open(dir)) {
      index.upsert(release("a", "a.txt", "Ann Example"));
      index.upsert(release("b", "b.txt", "Bob Example"));
      assertThat(who(index, "pipelines")).isEqualTo("questions 2");
      assertThat(who(index, "energy")).isEqualTo("Ann Example 1/1; Bob Example 1/1; questions 0");

      index.upsert(release("a", "a.txt", "Cid Example"));
      assertThat(index.count()).isEqualTo(2);
      assertThat(who(index, "energy")).isEqualTo("Bob Example 1/1; Cid Example 1/1; questions 0");
      assertThat(index.get("a").orElseThrow().turns())
          .extracting(Turn::speaker)
          .containsExactly("Cid Example", Turn.QUESTION);

      index.upsert(release("a", "a.txt"));
      assertThat(who(index, "energy")).isEqualTo("Bob Example 1/1; questions 0");

      index.delete("b");
      index.commit();
      assertThat(who(index, "*")).isEqualTo("questions 0");
      assertThat(index.count()).isEqualTo(1);
    }
  }

  @Test
  void mergingCopiesKeepsEachCopysTurnsAndRetainOnlyDropsStaleOnes() throws Exception {
    try (CommuniqueIndex index = CommuniqueIndex.open(dir)) {
      index.upsert(release("a", "https://example.org/a", "Ann Example"));
      index.upsert(release("a-copy", "https://example.org/a-copy", "Ann Example"));
      index.mergeNearDuplicates(0.8);
      assertThat(index.search(SearchRequest.builder("energy").build()).ids()).hasSize(1);
      assertThat(
              index
                  .search(SearchRequest.builder("energy").saidBy("Ann Example").build())
                  .totalHits())
          .isEqualTo(1);
      WhoResult all =
          index.who(
              WhoRequest.builder("energy")
                  .filter(SearchFilter.builder().includeCopies(true).build())
                  .build());
      assertThat(all.people()).extracting(Object::toString).containsExactly("Ann Example 2/2");
      assertThat(index.get("a-copy").orElseThrow().turns()).hasSize(2);
    }
  }

  @Test
  void retainOnlyDeletesTheTurnsOfStaleReleasesFromAFile() throws Exception {
    try (CommuniqueIndex index = CommuniqueIndex.open(dir)) {
      index.upsert(
          release("old-id", "f.txt", "Ann Example").toBuilder().path("/data/f.txt").build());
      index.commit();
    }
    try (CommuniqueIndex index = CommuniqueIndex.open(dir)) {
      index.upsert(
          release("new-id", "f.txt", "Bob Example").toBuilder().path("/data/f.txt").build());
      index.retainOnly("/data/f.txt", List.of("new-id"));
      assertThat(index.count()).isEqualTo(1);
      assertThat(who(index, "energy")).isEqualTo("Bob Example 1/1; questions 0");
    }
  }
}
