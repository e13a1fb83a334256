package dev.communique.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.communique.core.highlight.SnippetMarkup;
import dev.communique.core.highlight.SnippetOptions;
import dev.communique.core.index.CommuniqueIndex;
import dev.communique.core.search.FacetField;
import dev.communique.core.search.FacetResult;
import dev.communique.core.search.SearchFilter;
import dev.communique.core.search.SearchRequest;
import dev.communique.core.search.SearchResults;
import dev.communique.core.search.SimilarRequest;
import dev.communique.core.search.UnknownValue;
import dev.communique.core.search.ValueCount;
import dev.communique.core.search.ValueListing;
import dev.communique.core.search.ValuesRequest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facets, value listings, filter-value suggestions and similar releases over the sample corpus. The
 * expected counts were found independently, one filter at a time (for example {@code search
 * --speaker "Teodor Valdane" --limit 0} gives 7, {@code --from 2021 --to 2021} gives 8).
 */
class SampleCorpusFacetsTest {

  private static final String SUDAN = "releases/eu-sudan-humanitarian-aid-2025-04-15";
  private static final String SUDAN_COPY = SUDAN + "-republished";

  @TempDir static Path dir;
  static CommuniqueIndex index;

  @BeforeAll
  static void indexSample() throws Exception {
    index = CommuniqueIndex.open(dir);
    SampleCorpus.indexInto(index);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static FacetResult facet(SearchResults results, FacetField field) {
    return results.facets().stream().filter(f -> f.field() == field).findFirst().orElseThrow();
  }

  /** "value=count" for each value, in order. */
  private static List<String> pairs(List<ValueCount> values) {
    return values.stream().map(v -> v.value() + "=" + v.count()).toList();
  }

  @Test
  void facetsOverTheWholeCorpusMatchOneFilterAtATime() throws Exception {
    SearchResults results =
        index.search(
            SearchRequest.builder("*")
                .limit(0)
                .facet(FacetField.SPEAKER, 4)
                .facet(FacetField.YEAR, 10)
                .facet(FacetField.TOPIC, 3)
                .build());
    assertThat(results.totalHits()).isEqualTo(44);
    FacetResult speaker = facet(results, FacetField.SPEAKER);
    assertThat(pairs(speaker.values()))
        .containsExactly(
            "Teodor Valdane=7", "Hélène Marchetti=4", "Ingrid Solheim-Berg=4", "Akio Tanabe=2");
    assertThat(speaker.otherValues()).isEqualTo(34);
    assertThat(pairs(facet(results, FacetField.YEAR).values()))
        .containsExactly("2021=8", "2023=8", "2024=8", "2025=6", "2019=5", "2022=5", "2020=4");
    FacetResult topic = facet(results, FacetField.TOPIC);
    assertThat(pairs(topic.values())).containsExactly("technology=9", "nato=8", "health=5");
    assertThat(topic.otherValues()).isEqualTo(21);
  }

  @Test
  void facetsRespectTheQueryAndTheFilter() throws Exception {
    SearchResults nato =
        index.search(SearchRequest.builder("nato").limit(0).facet(FacetField.SPEAKER, 3).build());
    assertThat(nato.totalHits()).isEqualTo(11);
    FacetResult speaker = facet(nato, FacetField.SPEAKER);
    assertThat(pairs(speaker.values()))
        .containsExactly("Teodor Valdane=7", "Ingrid Solheim-Berg=2", "Matthias Feldkirch=2");
    assertThat(speaker.otherValues()).isEqualTo(7);
    assertThat(speaker.otherCount()).isEqualTo(7);

    SearchResults natoOrg =
        index.search(
            SearchRequest.builder("")
                .organization("NATO")
                .limit(0)
                .facet(FacetField.YEAR, 3)
                .facet(FacetField.ORGANIZATION, 3)
                .build());
    assertThat(natoOrg.totalHits()).isEqualTo(9);
    FacetResult year = facet(natoOrg, FacetField.YEAR);
    assertThat(pairs(year.values())).containsExactly("2019=2", "2021=2", "2020=1");
    assertThat(year.otherValues()).isEqualTo(4);
    assertThat(year.otherCount()).isEqualTo(4);
    assertThat(pairs(facet(natoOrg, FacetField.ORGANIZATION).values())).containsExactly("NATO=9");
  }

  @Test
  void copiesCountOnlyWhenAsked() throws Exception {
    SearchRequest.Builder sudan =
        SearchRequest.builder("sudan").limit(0).facet(FacetField.SPEAKER, 2);
    assertThat(pairs(facet(index.search(sudan.build()), FacetField.SPEAKER).values()))
        .containsExactly("Daniel Kiprono Wafula=1", "Hélène Marchetti=1");
    assertThat(
            pairs(
                facet(index.search(sudan.includeCopies(true).build()), FacetField.SPEAKER)
                    .values()))
        .containsExactly("Hélène Marchetti=2", "Daniel Kiprono Wafula=1");
  }

  @Test
  void valuesListsTopicsByCountWithAPrefix() throws Exception {
    ValueListing food = index.values(ValuesRequest.builder(FacetField.TOPIC).prefix("F").build());
    assertThat(pairs(food.values())).containsExactly("food-security=4");
    ValueListing top = index.values(ValuesRequest.builder(FacetField.SPEAKER).limit(2).build());
    assertThat(pairs(top.values())).containsExactly("Teodor Valdane=7", "Hélène Marchetti=4");
    assertThat(top.matchingValues()).isEqualTo(38);
  }

  @Test
  void aMistypedTopicSuggestsTheIndexedOne() throws Exception {
    SearchFilter filter = SearchFilter.builder().topic("climate").topic("nato").build();
    assertThat(index.search(SearchRequest.builder("").filter(filter).limit(0).build()).totalHits())
        .isEqualTo(8);
    List<UnknownValue> unknown = index.unknownValues(filter);
    assertThat(unknown).hasSize(1);
    assertThat(unknown.get(0).field()).isEqualTo(FacetField.TOPIC);
    assertThat(unknown.get(0).value()).isEqualTo("climate");
    assertThat(unknown.get(0).suggestions()).containsExactly("climate-change");
    assertThat(
            index
                .unknownValues(SearchFilter.builder().speaker("Stoltenbrg").build())
                .get(0)
                .suggestions())
        .containsExactly("Jens Stoltenberg");
  }

  @Test
  void similarFindsOtherHumanitarianAppealsButNeverTheReleaseOrItsCopy() throws Exception {
    SimilarRequest.Builder request =
        SimilarRequest.builder(SUDAN)
            .limit(3)
            .snippets(new SnippetOptions(1, 160, SnippetMarkup.brackets()));
    SearchResults results = index.similar(request.build());
    assertThat(results.ids())
        .containsExactly(
            "releases/un-central-sahel-humanitarian-2020-10-20",
            "releases/norway-ukraine-winter-humanitarian-2023-10-26",
            "releases/kenya-regional-counter-terrorism-2024-10-10");
    assertThat(results.hits().get(0).score()).isPositive();
    assertThat(results.hits().get(0).snippets()).hasSize(1);
    assertThat(results.hits().get(0).snippets().get(0)).contains("[humanitarian]");

    SearchFilter everything = SearchFilter.builder().includeCopies(true).build();
    for (String id : List.of(SUDAN, SUDAN_COPY)) {
      SearchResults all =
          index.similar(SimilarRequest.builder(id).filter(everything).limit(100).build());
      assertThat(all.ids()).doesNotContain(SUDAN, SUDAN_COPY).hasSize((int) all.totalHits());
      assertThat(all.totalHits()).isEqualTo(45);
    }
  }

  @Test
  void similarKeepsToTheFilter() throws Exception {
    SearchResults results =
        index.similar(
            SimilarRequest.builder(SUDAN)
                .filter(SearchFilter.builder().organization("United Nations").build())
                .limit(10)
                .build());
    assertThat(results.totalHits()).isEqualTo(7);
    assertThat(results.ids())
        .hasSize(7)
        .first()
        .isEqualTo("releases/un-central-sahel-humanitarian-2020-10-20");
    assertThat(results.hits())
        .allSatisfy(h -> assertThat(h.communique().organization()).isEqualTo("United Nations"));
  }
}
