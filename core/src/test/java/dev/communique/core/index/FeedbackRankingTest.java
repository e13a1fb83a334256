package dev.communique.core.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.communique.core.Communique;
import dev.communique.core.search.Feedback;
import dev.communique.core.search.RankRequest;
import dev.communique.core.search.RankedDoc;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RM3 feedback in evaluation rankings: the words of the best documents find a relevant one the
 * query's own words miss, and the first documents stay in the original query's order unless plain
 * RM3 is asked for.
 */
class FeedbackRankingTest {
  @TempDir Path dir;
  private CommuniqueIndex index;

  @BeforeEach
  void fill() throws Exception {
    index = CommuniqueIndex.open(dir);
    // Three documents about the query, two of which also speak of a desalination plant; one
    // about the plant alone, which the query's words never reach; and unrelated ones.
    index.upsert(
        release(
            "a",
            "Water",
            "Drought relief. The desalination plant, a second desalination plant and a third"
                + " desalination plant."));
    index.upsert(release("b", "Water", "Drought relief and a desalination plant."));
    index.upsert(release("c", "Water", "Drought relief."));
    index.upsert(release("d", "Coast", "A desalination plant opens."));
    for (String other : List.of("roads", "schools", "hospitals", "ports", "rail")) {
      index.upsert(release(other, "Budget", "The budget funds " + other + "."));
    }
    index.commit();
  }

  @AfterEach
  void close() throws Exception {
    index.close();
  }

  private static Communique release(String id, String title, String body) {
    return Communique.builder(id).title(title).body(body).build();
  }

  private List<String> ids(RankRequest request) throws Exception {
    return index.rank(request).docs().stream().map(RankedDoc::id).toList();
  }

  @Test
  void feedbackFindsADocumentThatSharesOnlyTheBestDocumentsWords() throws Exception {
    assertThat(ids(RankRequest.builder("drought relief").build())).containsExactly("c", "b", "a");
    assertThat(ids(RankRequest.builder("drought relief").feedback(Feedback.rm3(3, 5, 0.5)).build()))
        .containsExactly("c", "b", "a", "d");
  }

  @Test
  void theFirstDocumentsKeepTheOriginalOrderUnlessPlainRm3IsAsked() throws Exception {
    List<String> original = ids(RankRequest.builder("drought relief").build());
    List<String> plain =
        ids(RankRequest.builder("drought relief").feedback(Feedback.rm3(3, 5, 0.0, 0)).build());
    assertThat(plain).containsExactlyInAnyOrder("a", "b", "c", "d");
    assertThat(plain).isNotEqualTo(List.of("c", "b", "a", "d"));
    List<RankedDoc> reranked =
        index
            .rank(
                RankRequest.builder("drought relief").feedback(Feedback.rm3(3, 5, 0.0, 2)).build())
            .docs();
    List<String> head = new java.util.ArrayList<>(plain.subList(0, 2));
    head.sort(java.util.Comparator.comparingInt(original::indexOf));
    assertThat(reranked.stream().map(RankedDoc::id).toList())
        .containsExactlyElementsOf(
            java.util.stream.Stream.concat(head.stream(), plain.subList(2, 4).stream()).toList());
    for (int i = 1; i < reranked.size(); i++) {
      assertThat(reranked.get(i).score()).isLessThan(reranked.get(i - 1).score());
    }
  }

  @Test
  void settingsOutOfRangeAreRefused() {
    assertThatThrownBy(() -> Feedback.rm3(0, 10, 0.5))
        .hasMessage("feedback documents must be 1 to 1000, got 0");
    assertThatThrownBy(() -> Feedback.rm3(10, 201, 0.5))
        .hasMessage("feedback terms must be 1 to 200, got 201");
    assertThatThrownBy(() -> Feedback.rm3(10, 10, 1.5))
        .hasMessage("the original query's weight must be in [0, 1], got 1.5");
    assertThatThrownBy(() -> Feedback.rm3(10, 10, 0.5, -1))
        .hasMessage("the rerank depth must be 0 to 10000, got -1");
    assertThat(Feedback.rm3()).hasToString("rm3(docs=10, terms=40, original=0.50, rerank=100)");
  }
}
