package dev.communique.core.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.communique.core.Communique;
import dev.communique.core.search.QueryVocabulary;
import dev.communique.core.search.RankRequest;
import dev.communique.core.search.RankedDoc;
import dev.communique.core.search.RankingProfile;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RankingProfileIndexTest {

  @TempDir Path dir;

  private static Communique release(String id, String title, String body) {
    return Communique.builder(id).title(title).body(body).source(id + ".txt").build();
  }

  private static void fill(CommuniqueIndex index) throws Exception {
    index.upsert(release("d3", "Cables", "Undersea cables and cables again."));
    index.upsert(release("d1", "Ports", "Undersea cables near ports."));
    index.upsert(release("d2", "Ports", "Undersea cables near ports."));
    index.upsert(release("q7", "Other", "Undersea cables are the topic itself."));
    index.commit();
  }

  private static List<String> ids(CommuniqueIndex index, RankRequest request) throws Exception {
    return index.rank(request).docs().stream().map(RankedDoc::id).toList();
  }

  @Test
  void anIndexRecordsTheProfilesItServesAndRanksWithThem() throws Exception {
    Path path = dir.resolve("both");
    try (CommuniqueIndex index =
        CommuniqueIndex.open(path, QueryVocabulary.empty(), Set.of(RankingProfile.BM25_ANSERINI))) {
      fill(index);
    }
    try (CommuniqueIndex index = CommuniqueIndex.openReadOnly(path)) {
      assertThat(index.profiles())
          .containsExactlyInAnyOrder(RankingProfile.DEFAULT, RankingProfile.BM25_ANSERINI);
      RankRequest request =
          RankRequest.builder("cables? (AND")
              .profile(RankingProfile.BM25_ANSERINI)
              .excludeId("q7")
              .build();
      // d3 has "cables" three times; d1 and d2 tie and are ordered by ascending id.
      assertThat(ids(index, request)).containsExactly("d3", "d1", "d2");
      assertThat(ids(index, RankRequest.builder("near ports").depth(2).build()))
          .containsExactly("d1", "d2");
      assertThat(index.rank(RankRequest.builder("the and of").build()).docs()).isEmpty();
    }
  }

  @Test
  void askingForAProfileTheIndexCannotServeIsAClearError() throws Exception {
    Path path = dir.resolve("default");
    try (CommuniqueIndex index = CommuniqueIndex.open(path)) {
      fill(index);
    }
    try (CommuniqueIndex index = CommuniqueIndex.openReadOnly(path)) {
      assertThat(index.profiles()).containsExactly(RankingProfile.DEFAULT);
      assertThatThrownBy(
              () ->
                  index.rank(
                      RankRequest.builder("cables").profile(RankingProfile.BM25_ANSERINI).build()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "the index at "
                  + path
                  + " serves the ranking profiles default, not bm25-anserini; index the"
                  + " collection into a new directory with --profile bm25-anserini");
    }
    assertThatThrownBy(
            () ->
                CommuniqueIndex.open(
                    path, QueryVocabulary.empty(), Set.of(RankingProfile.BM25_ANSERINI)))
        .isInstanceOf(IncompatibleIndexException.class)
        .hasMessage(
            "the index at "
                + path
                + " serves the ranking profiles default, not default,bm25-anserini; index into a"
                + " new directory to serve them");
  }

  @Test
  void profileNamesParseAndUnknownOnesAreListed() {
    assertThat(RankingProfile.parse(" BM25-Anserini ")).isEqualTo(RankingProfile.BM25_ANSERINI);
    assertThatThrownBy(() -> RankingProfile.parse("bm26"))
        .hasMessage("unknown ranking profile 'bm26'; expected one of default, bm25-anserini");
  }
}
