package dev.communique.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.communique.core.Communique;
import dev.communique.core.DatePrecision;
import dev.communique.core.DateSource;
import dev.communique.core.highlight.SnippetMarkup;
import dev.communique.core.highlight.SnippetOptions;
import dev.communique.core.index.CommuniqueIndex;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchTest {

  @TempDir static Path dir;
  static CommuniqueIndex index;

  @BeforeAll
  static void build() throws Exception {
    index =
        SmallIndex.open(
            dir,
            Communique.builder("gas")
                .title("Ministers agree gas storage rules")
                .organization("European Union")
                .speakers(List.of("Hélène Marchetti"))
                .topics(List.of("energy-security"))
                .date(LocalDate.of(2022, 6, 27))
                .body(
                    "Ministers agreed rules on gas storage. Energy security is a shared responsibility,"
                        + " said the spokesperson. Storage must be 80% full by November.")
                .build(),
            Communique.builder("arctic")
                .title("Security in the High North")
                .organization("NATO")
                .speakers(List.of("Teodor Valdane", "Ingrid Solheim-Berg"))
                .topics(List.of("arctic"))
                .date(LocalDate.of(2022, 9, 8))
                .body(
                    "The security of our partners in the north matters. Rising energy prices were also"
                        + " discussed. Securing the region requires vigilance.")
                .build(),
            Communique.builder("ungdc")
                .title("General Debate statement")
                .organization("Norway")
                .speakers(List.of("Lange"))
                .date(LocalDate.of(1946, 1, 1), DatePrecision.YEAR, DateSource.METADATA)
                .body("The United Nations must secure peace. We support the Charter.")
                .build(),
            Communique.builder("undated")
                .title("A note without a date about storage")
                .body("Nothing here mentions the topic words. It is about filing cabinets.")
                .build());
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static SearchRequest.Builder query(String q) {
    return SearchRequest.builder(q).snippets(new SnippetOptions(2, 160, SnippetMarkup.html()));
  }

  @Test
  void stemmedTermsMatchVariantsAndCountExactly() throws Exception {
    SearchResults results = index.search(query("secure").build());
    assertThat(results.totalHits()).isEqualTo(3);
    assertThat(results.ids()).containsExactlyInAnyOrder("gas", "arctic", "ungdc");
  }

  @Test
  void phraseMatchesAdjacentWordsOnlyAndIsHighlightedWhole() throws Exception {
    SearchResults results = index.search(query("\"energy security\"").build());
    assertThat(results.ids()).containsExactly("gas");
    assertThat(results.hits().get(0).snippets())
        .anySatisfy(s -> assertThat(s).contains("<mark>Energy security</mark>"));
    SearchResults words = index.search(query("energy security").build());
    assertThat(words.ids()).containsExactlyInAnyOrder("gas", "arctic", "ungdc");
  }

  @Test
  void exactPhraseDoesNotMatchStems() throws Exception {
    assertThat(index.search(query("\"securing\"").build()).ids()).containsExactly("arctic");
    assertThat(index.search(query("securing").build()).totalHits()).isEqualTo(3);
  }

  @Test
  void fieldAliasesAndFilters() throws Exception {
    assertThat(index.search(query("speaker:valdane").build()).ids()).containsExactly("arctic");
    assertThat(index.search(query("speaker:\"Hélène Marchetti\"").build()).ids())
        .containsExactly("gas");
    assertThat(index.search(query("speaker:helene").build()).ids()).containsExactly("gas");
    assertThat(index.search(query("org:nato").build()).ids()).containsExactly("arctic");
    assertThat(index.search(query("topic:\"energy security\"").build()).ids())
        .containsExactly("gas");
    assertThat(index.search(query("*").speaker("Solheim-Berg").build()).ids())
        .containsExactly("arctic");
    assertThat(index.search(query("*").organization("European Union").build()).ids())
        .containsExactly("gas");
    assertThat(index.search(query("*").topic("arctic").build()).ids()).containsExactly("arctic");
  }

  @Test
  void existenceAndNegation() throws Exception {
    assertThat(index.search(query("*:* -speaker:*").build()).ids()).containsExactly("undated");
    assertThat(index.search(query("topic:*").build()).ids())
        .containsExactlyInAnyOrder("gas", "arctic");
  }

  @Test
  void dateRangesRespectPrecision() throws Exception {
    assertThat(index.search(query("date:[2022-07-01 TO 2022-12-31]").build()).ids())
        .containsExactly("arctic");
    assertThat(index.search(query("date:2022").sort(SortOrder.DATE_ASC).build()).ids())
        .containsExactly("gas", "arctic");
    // A year-precision date overlaps any range within its year, and is never a fake 1 January.
    assertThat(index.search(query("date:1946-06").build()).ids()).containsExactly("ungdc");
    assertThat(
            index
                .search(
                    query("*").from(LocalDate.of(1946, 3, 1)).to(LocalDate.of(1946, 3, 31)).build())
                .ids())
        .containsExactly("ungdc");
    assertThat(index.search(query("*").from(LocalDate.of(2022, 7, 1)).build()).ids())
        .containsExactly("arctic");
    Communique ungdc = index.get("ungdc").orElseThrow();
    assertThat(ungdc.formattedDate()).isEqualTo("1946");
    assertThat(ungdc.datePrecision()).isEqualTo(DatePrecision.YEAR);
  }

  @Test
  void sortsByDateWithUndatedLastAndPages() throws Exception {
    assertThat(index.search(query("*").sort(SortOrder.DATE_DESC).build()).ids())
        .containsExactly("arctic", "gas", "ungdc", "undated");
    assertThat(index.search(query("*").sort(SortOrder.DATE_ASC).build()).ids())
        .containsExactly("ungdc", "gas", "arctic", "undated");
    SearchResults page =
        index.search(query("*").sort(SortOrder.DATE_DESC).offset(1).limit(2).build());
    assertThat(page.ids()).containsExactly("gas", "ungdc");
    assertThat(page.totalHits()).isEqualTo(4);
  }

  @Test
  void titleOnlyHitGetsLeadingSentences() throws Exception {
    SearchResults results = index.search(query("title:cabinets OR title:note").build());
    assertThat(results.ids()).containsExactly("undated");
    assertThat(results.hits().get(0).snippets().get(0))
        .startsWith("Nothing here mentions the topic words.")
        .doesNotContain("<mark>");
  }

  @Test
  void scoresAreRealNumbersInBothSortOrders() throws Exception {
    SearchResults byScore = index.search(query("storage").build());
    assertThat(byScore.ids()).first().isEqualTo("gas");
    assertThat(byScore.hits().get(0).score()).isPositive();
    SearchResults byDate = index.search(query("storage").sort(SortOrder.DATE_DESC).build());
    assertThat(byDate.hits()).allSatisfy(h -> assertThat(h.score()).isPositive());
  }
}
