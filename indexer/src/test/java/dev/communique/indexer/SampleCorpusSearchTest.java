package dev.communique.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.communique.core.Communique;
import dev.communique.core.DatePrecision;
import dev.communique.core.DateSource;
import dev.communique.core.highlight.SnippetMarkup;
import dev.communique.core.highlight.SnippetOptions;
import dev.communique.core.index.CommuniqueIndex;
import dev.communique.core.search.SearchRequest;
import dev.communique.core.search.SearchResults;
import dev.communique.core.search.SortOrder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ranking, filters and extracted metadata over the sample corpus in data/releases. */
class SampleCorpusSearchTest {

  private static final String SEED = "releases/nato-foreign-ministers-2023-11-29";

  @TempDir static Path dir;
  static CommuniqueIndex index;
  static IndexingReport report;

  @BeforeAll
  static void indexSample() throws Exception {
    index = CommuniqueIndex.open(dir);
    report = SampleCorpus.indexInto(index);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static SearchResults search(SearchRequest.Builder request) throws Exception {
    return index.search(
        request.limit(100).snippets(new SnippetOptions(2, 160, SnippetMarkup.html())).build());
  }

  private static List<String> names(SearchResults results) {
    return results.ids().stream().map(id -> id.substring("releases/".length())).toList();
  }

  @Test
  void indexesEverySampleReleaseAndMergesTheRepublishedCopies() {
    assertThat(report.read()).isEqualTo(48);
    assertThat(report.added()).isEqualTo(48);
    assertThat(report.skipped()).isEmpty();
    assertThat(report.duplicates().groups()).isEqualTo(4);
    assertThat(report.duplicates().merged()).isEqualTo(4);
  }

  @Test
  void interoperabilityRanksTheSeedFirstAndThePassingMentionLast() throws Exception {
    SearchResults results = search(SearchRequest.builder("interoperability"));
    assertThat(results.totalHits()).isEqualTo(9);
    assertThat(names(results))
        .containsExactly(
            "nato-foreign-ministers-2023-11-29",
            "germany-netherlands-interoperability-land-forces-2021-09-14",
            "australia-japan-maritime-cooperation-2023-05-26",
            "eu-interoperability-public-services-2024-03-04",
            "nato-ai-principles-2021-10-22",
            "nato-cyber-coalition-exercise-2020-11-20",
            "un-ai-governance-briefing-2024-09-19",
            "nato-interoperability-roadmap-2019-10-24",
            "g7-climate-energy-environment-2023-04-16");
    assertThat(results.hits().get(0).snippets())
        .anySatisfy(s -> assertThat(s).contains("innovation and <mark>interoperability</mark>."))
        .anySatisfy(s -> assertThat(s).contains("fully <mark>interoperable</mark> with ours"));
    assertThat(results.hits().get(5).copies()).isEqualTo(1);
    assertThat(results.hits().get(8).snippets().get(0))
        .contains("<mark>interoperability</mark> of carbon markets");
  }

  @Test
  void quotedPhraseIsExactAndHighlightedWhole() throws Exception {
    SearchResults phrase = search(SearchRequest.builder("\"energy security\""));
    assertThat(names(phrase))
        .containsExactlyInAnyOrder(
            "eu-gas-storage-energy-security-2022-06-27",
            "japan-lng-reserve-energy-security-2023-04-18",
            "nato-foreign-ministers-2023-11-29");
    assertThat(phrase.hits())
        .allSatisfy(
            h ->
                assertThat(String.join(" ", h.snippets()))
                    .containsIgnoringCase("<mark>energy security</mark>"));
    SearchResults words = search(SearchRequest.builder("+energy +security"));
    assertThat(names(words))
        .contains(
            "nato-high-north-visit-2022-09-08",
            "g7-finance-critical-minerals-2022-05-20",
            "norway-germany-north-sea-infrastructure-2024-06-26")
        .hasSizeGreaterThan(phrase.ids().size());
    assertThat(names(search(SearchRequest.builder("\"western balkans\""))))
        .containsExactlyInAnyOrder(
            "nato-western-balkans-visit-2021-06-07",
            "eu-western-balkans-summit-2020-05-06",
            "nato-foreign-ministers-2023-11-29");
  }

  @Test
  void speakerFilterFindsEveryTitleVariant() throws Exception {
    assertThat(names(search(SearchRequest.builder("*").speaker("Ingrid Solheim-Berg"))))
        .containsExactlyInAnyOrder(
            "nato-high-north-visit-2022-09-08",
            "norway-arctic-council-ministerial-2021-05-20",
            "norway-ukraine-winter-humanitarian-2023-10-26",
            "norway-germany-north-sea-infrastructure-2024-06-26");
    assertThat(names(search(SearchRequest.builder("*").speaker("Valdane"))))
        .containsExactlyInAnyOrder(
            "nato-interoperability-roadmap-2019-10-24",
            "nato-arms-control-consultations-2019-08-02",
            "nato-cyber-coalition-exercise-2020-11-20",
            "nato-western-balkans-visit-2021-06-07",
            "nato-ai-principles-2021-10-22",
            "nato-high-north-visit-2022-09-08",
            "nato-baltic-undersea-infrastructure-2024-11-28");
    assertThat(names(search(SearchRequest.builder("speaker:stoltenberg"))))
        .containsExactly("nato-foreign-ministers-2023-11-29");
  }

  @Test
  void organizationTopicAndDateFilters() throws Exception {
    assertThat(names(search(SearchRequest.builder("*").organization("European Union"))))
        .containsExactlyInAnyOrder(
            "eu-western-balkans-summit-2020-05-06",
            "eu-digital-covid-certificate-2021-07-01",
            "eu-gas-storage-energy-security-2022-06-27",
            "eu-critical-raw-materials-2023-03-16",
            "eu-interoperability-public-services-2024-03-04",
            "eu-migration-asylum-pact-2024-05-14",
            "eu-sudan-humanitarian-aid-2025-04-15");
    assertThat(names(search(SearchRequest.builder("*").topic("energy-security"))))
        .containsExactlyInAnyOrder(
            "eu-gas-storage-energy-security-2022-06-27",
            "japan-lng-reserve-energy-security-2023-04-18",
            "norway-germany-north-sea-infrastructure-2024-06-26");
    assertThat(
            names(
                search(
                    SearchRequest.builder("*")
                        .organization("NATO")
                        .from(LocalDate.of(2019, 1, 1))
                        .to(LocalDate.of(2019, 12, 31)))))
        .containsExactlyInAnyOrder(
            "nato-arms-control-consultations-2019-08-02",
            "nato-interoperability-roadmap-2019-10-24");
    assertThat(names(search(SearchRequest.builder("org:G7 AND date:2023"))))
        .containsExactly("g7-climate-energy-environment-2023-04-16");
  }

  @Test
  void sortsByDate() throws Exception {
    SearchResults newest =
        search(SearchRequest.builder("*").organization("NATO").sort(SortOrder.DATE_DESC));
    assertThat(names(newest))
        .containsExactly(
            "nato-counter-terrorism-southern-neighbourhood-2025-06-12",
            "nato-baltic-undersea-infrastructure-2024-11-28",
            "nato-foreign-ministers-2023-11-29",
            "nato-high-north-visit-2022-09-08",
            "nato-ai-principles-2021-10-22",
            "nato-western-balkans-visit-2021-06-07",
            "nato-cyber-coalition-exercise-2020-11-20",
            "nato-interoperability-roadmap-2019-10-24",
            "nato-arms-control-consultations-2019-08-02");
    SearchResults oldest =
        search(SearchRequest.builder("*").organization("NATO").sort(SortOrder.DATE_ASC));
    assertThat(names(oldest)).first().isEqualTo("nato-arms-control-consultations-2019-08-02");
  }

  @Test
  void seedMetadataIsExtractedExactly() throws Exception {
    Communique seed = index.get(SEED).orElseThrow();
    assertThat(seed.title())
        .isEqualTo("Ukraine Nears NATO: Secretary General Concludes Ministers' Meet");
    assertThat(seed.organization()).isEqualTo("NATO");
    assertThat(seed.speakers()).containsExactly("Jens Stoltenberg");
    assertThat(seed.roles()).containsExactly("Secretary General");
    assertThat(seed.date()).isEqualTo(LocalDate.of(2023, 11, 29));
    assertThat(seed.datePrecision()).isEqualTo(DatePrecision.DAY);
    assertThat(seed.dateSource()).isEqualTo(DateSource.DATELINE);
    assertThat(seed.topics()).startsWith("ukraine").contains("nato");
    assertThat(seed.body())
        .startsWith("NATO Foreign Ministers concluded two days of meetings in Brussels")
        .endsWith("all of this underlines Putin's strategic mistake in invading Ukraine\".")
        .doesNotContain("Mirage.News")
        .doesNotContain("Public Release");
    assertThat(seed.source()).endsWith("nato-foreign-ministers-2023-11-29.txt");
  }

  @Test
  void republishedCopyIsShownOnceUnlessAsked() throws Exception {
    SearchResults once = search(SearchRequest.builder("\"grain shipments\""));
    assertThat(names(once)).containsExactly("un-grain-shipments-food-security-2022-08-19");
    assertThat(once.hits().get(0).copySources())
        .singleElement()
        .asString()
        .endsWith("un-grain-shipments-food-security-2022-08-19-republished.txt");
    SearchResults all = search(SearchRequest.builder("\"grain shipments\"").includeCopies(true));
    assertThat(names(all))
        .containsExactlyInAnyOrder(
            "un-grain-shipments-food-security-2022-08-19",
            "un-grain-shipments-food-security-2022-08-19-republished");
  }

  @Test
  void htmlSnippetsEscapeTheBodyText() throws Exception {
    SearchResults results = search(SearchRequest.builder("\"address field\""));
    assertThat(names(results))
        .containsExactly("australia-consular-portal-security-testing-2022-02-15");
    String snippets = String.join(" ", results.hits().get(0).snippets());
    assertThat(snippets).contains("&lt;script&gt;").doesNotContain("<script>");
  }
}
