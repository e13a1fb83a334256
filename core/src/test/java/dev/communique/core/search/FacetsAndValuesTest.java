package dev.communique.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.communique.core.Communique;
import dev.communique.core.DatePrecision;
import dev.communique.core.DateSource;
import dev.communique.core.index.CommuniqueIndex;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Facet counts, value listings and close-value suggestions over a small hand-built index. */
class FacetsAndValuesTest {

  @TempDir static Path dir;
  static CommuniqueIndex index;

  @BeforeAll
  static void build() throws Exception {
    index =
        SmallIndex.open(
            dir,
            release(
                "a",
                "Peace talks",
                "UN",
                List.of("Ana Ruiz", "Ana Ruiz", "Bo Lind"),
                "peace",
                day(2021, 3, 4)),
            release("b", "Peace and trade", "UN", List.of("Ana Ruiz"), "trade", day(2021, 3, 20)),
            release("c", "Trade statement", "EU", List.of("Bo Lind"), "trade", day(2022, 7, 1)),
            Communique.builder("d")
                .title("General Debate peace statement")
                .organization("Norway")
                .speakers(List.of("Cy Moe"))
                .topics(List.of("peace"))
                .date(LocalDate.of(1946, 1, 1), DatePrecision.YEAR, DateSource.METADATA)
                .body("Peace must be secured.")
                .build(),
            Communique.builder("e")
                .title("Month-only note on peace")
                .organization("EU")
                .date(LocalDate.of(2021, 3, 1), DatePrecision.MONTH, DateSource.METADATA)
                .body("A note about peace.")
                .build(),
            Communique.builder("f").title("Undated peace memo").body("Peace, undated.").build());
  }

  private static LocalDate day(int y, int m, int d) {
    return LocalDate.of(y, m, d);
  }

  private static Communique release(
      String id, String title, String org, List<String> speakers, String topic, LocalDate date) {
    return Communique.builder(id)
        .title(title)
        .organization(org)
        .speakers(speakers)
        .topics(List.of(topic))
        .type("statement")
        .date(date)
        .body(title + ". The text of " + id + ".")
        .build();
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static FacetResult facet(SearchResults results, FacetField field) {
    return results.facets().stream().filter(f -> f.field() == field).findFirst().orElseThrow();
  }

  @Test
  void countsEveryMatchByYearMonthAndKeywordsOncePerDocument() throws Exception {
    SearchResults results =
        index.search(
            SearchRequest.builder("*")
                .limit(0)
                .facet(FacetField.YEAR, 10)
                .facet(FacetField.MONTH, 10)
                .facet(FacetField.SPEAKER, 10)
                .facet(FacetField.ORGANIZATION, 10)
                .facet(FacetField.TYPE, 10)
                .build());
    assertThat(results.totalHits()).isEqualTo(6);
    assertThat(facet(results, FacetField.YEAR).values())
        .containsExactly(vc("2021", 3), vc("1946", 1), vc("2022", 1));
    assertThat(facet(results, FacetField.MONTH).values())
        .containsExactly(vc("2021-03", 3), vc("2022-07", 1), vc("year only", 1));
    assertThat(facet(results, FacetField.SPEAKER).values())
        .containsExactly(vc("Ana Ruiz", 2), vc("Bo Lind", 2), vc("Cy Moe", 1));
    assertThat(facet(results, FacetField.ORGANIZATION).values())
        .containsExactly(vc("EU", 2), vc("UN", 2), vc("Norway", 1));
    assertThat(facet(results, FacetField.TYPE).values()).containsExactly(vc("statement", 3));
  }

  @Test
  void topValuesLeaveTheRestCountedAsOther() throws Exception {
    SearchResults results =
        index.search(
            SearchRequest.builder("peace")
                .limit(1)
                .facet(FacetField.MONTH, 1)
                .facet(FacetField.TOPIC, 5)
                .build());
    assertThat(results.totalHits()).isEqualTo(5);
    FacetResult month = facet(results, FacetField.MONTH);
    assertThat(month.values()).containsExactly(vc("2021-03", 3));
    assertThat(month.otherValues()).isEqualTo(1);
    assertThat(month.otherCount()).isEqualTo(1);
    assertThat(facet(results, FacetField.TOPIC).values())
        .containsExactly(vc("peace", 2), vc("trade", 1));
  }

  @Test
  void facetsRespectTheFilter() throws Exception {
    SearchResults results =
        index.search(
            SearchRequest.builder("")
                .organization("UN")
                .from(day(2021, 3, 10))
                .limit(0)
                .facet(FacetField.SPEAKER, 10)
                .build());
    assertThat(results.totalHits()).isEqualTo(1);
    assertThat(facet(results, FacetField.SPEAKER).values()).containsExactly(vc("Ana Ruiz", 1));
  }

  @Test
  void valuesListsCountsWithPrefixAndLimit() throws Exception {
    ValueListing all = index.values(ValuesRequest.builder(FacetField.SPEAKER).build());
    assertThat(all.values()).containsExactly(vc("Ana Ruiz", 2), vc("Bo Lind", 2), vc("Cy Moe", 1));
    ValueListing prefixed =
        index.values(ValuesRequest.builder(FacetField.ORGANIZATION).prefix("n").build());
    assertThat(prefixed.values()).containsExactly(vc("Norway", 1));
    ValueListing limited =
        index.values(ValuesRequest.builder(FacetField.ORGANIZATION).limit(1).build());
    assertThat(limited.values()).containsExactly(vc("EU", 2));
    assertThat(limited.matchingValues()).isEqualTo(3);
  }

  @Test
  void unknownFilterValuesComeWithCloseIndexedValues() throws Exception {
    SearchFilter filter =
        SearchFilter.builder()
            .topic("trad")
            .topic("peace")
            .speaker("Ana Ruis")
            .type("memo")
            .build();
    assertThat(index.unknownValues(filter))
        .containsExactly(
            new UnknownValue(FacetField.SPEAKER, "Ana Ruis", List.of("Ana Ruiz")),
            new UnknownValue(FacetField.TOPIC, "trad", List.of("trade")),
            new UnknownValue(FacetField.TYPE, "memo", List.of()));
  }

  @Test
  void suggesterPrefersPrefixThenContainmentThenFewestEdits() {
    ValueSuggester suggester = new ValueSuggester(3);
    Map<String, Long> topics =
        Map.of("climate-change", 5L, "trade", 9L, "health", 2L, "climate", 1L, "wealth", 1L);
    assertThat(suggester.suggest("clim", topics)).containsExactly("climate", "climate-change");
    assertThat(suggester.suggest("change", topics)).containsExactly("climate-change");
    assertThat(suggester.suggest("helth", topics)).containsExactly("health", "wealth");
    assertThat(suggester.suggest("zzz", topics)).isEmpty();
    assertThat(EditDistance.between("stoltenbrg", "stoltenberg")).isEqualTo(1);
  }

  @Test
  void similarRejectsAnUnknownId() {
    assertThatThrownBy(() -> index.similar(SimilarRequest.builder("nope").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no communiqué with id 'nope'");
  }

  private static ValueCount vc(String value, long count) {
    return new ValueCount(value, count);
  }
}
