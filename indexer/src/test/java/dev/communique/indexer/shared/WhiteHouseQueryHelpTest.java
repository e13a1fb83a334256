package dev.communique.indexer.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.communique.core.index.CommuniqueIndex;
import dev.communique.core.search.SearchRequest;
import dev.communique.indexer.extract.QueryVocabularies;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Speaker aliases and synonyms on one month of White House statements (February 2023). */
@Tag("shared")
class WhiteHouseQueryHelpTest {

  @TempDir Path dir;

  @Test
  void aliasesAndSynonymsOnOneMonth() throws Exception {
    Path month = SharedData.whiteHouse().resolve("statements-releases").resolve("2023-02");
    try (CommuniqueIndex index =
        CommuniqueIndex.open(
            dir, QueryVocabularies.load(dev.communique.indexer.SampleCorpus.vocabulary()))) {
      SharedData.indexer(index).index(List.of(month));
      List<String> joe = ids(index, SearchRequest.builder("").speaker("Joe Biden"));
      assertThat(joe).hasSizeGreaterThan(10);
      assertThat(ids(index, SearchRequest.builder("").speaker("Joseph R. Biden"))).isEqualTo(joe);
      assertThat(ids(index, SearchRequest.builder("").speaker("President Biden"))).isEqualTo(joe);
      assertThat(ids(index, SearchRequest.builder("speaker:\"President Biden\""))).isEqualTo(joe);
      assertThat(ids(index, SearchRequest.builder("Kiev")))
          .isEqualTo(ids(index, SearchRequest.builder("Kyiv")));
      assertThat(ids(index, SearchRequest.builder("Kiev"))).isNotEmpty();
    }
  }

  private static List<String> ids(CommuniqueIndex index, SearchRequest.Builder request)
      throws Exception {
    return index
        .search(
            request
                .limit(SearchRequest.MAX_LIMIT)
                .sort(dev.communique.core.search.SortOrder.DATE_DESC)
                .build())
        .ids()
        .stream()
        .sorted()
        .toList();
  }
}
