package dev.communique.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.communique.core.Communique;
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

/** Hints on bad queries, synonyms and speaker aliases at query time, explanations, suggestions. */
class QueryHelpTest {

  @TempDir static Path dir;
  static CommuniqueIndex index;

  static final QueryVocabulary VOCABULARY =
      QueryVocabulary.builder()
          .synonyms(List.of("NATO", "North Atlantic Treaty Organization"))
          .synonyms(List.of("Kyiv", "Kiev"))
          .speakerAlias("Joseph R. Biden", "Joe Biden")
          .speakerAlias("President Biden", "Joe Biden")
          .build();

  @BeforeAll
  static void build() throws Exception {
    index =
        SmallIndex.open(
            dir,
            VOCABULARY,
            doc("joe-1", "Joe Biden", "Remarks on the North Atlantic Treaty Organization"),
            doc("joe-2", "Joe Biden", "Statement on interoperability of forces in Kyiv"),
            doc("jill", "Jill Biden", "Remarks on education and interoperability"),
            doc("other", "Jens Stoltenberg", "NATO allies meet in Brussels"),
            doc("old", "Jens Stoltenberg", "A visit to Kiev in the spring"));
  }

  private static Communique doc(String id, String speaker, String text) {
    return Communique.builder(id)
        .title(id)
        .speakers(List.of(speaker))
        .date(LocalDate.of(2023, 5, 1))
        .body(text + ". The meeting ended.")
        .build();
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static SearchResults search(SearchRequest.Builder request) throws Exception {
    return index.search(
        request.limit(10).snippets(new SnippetOptions(1, 160, SnippetMarkup.brackets())).build());
  }

  private static InvalidQueryException error(String query) {
    return catchThrowableOfType(
        InvalidQueryException.class, () -> new CommuniqueSearcher().parse(query));
  }

  @Test
  void hintsSayHowToFixKnownProblems() {
    InvalidQueryException quote = error("\"energy security AND");
    assertThat(quote.position()).isZero();
    assertThat(quote.hint()).isEqualTo("close the phrase with a second \"");
    InvalidQueryException paren = error("ukraine AND (nato OR g7");
    assertThat(paren.position()).isEqualTo(23);
    assertThat(paren.hint()).isEqualTo("add a ')' to close the '(' at position 12");
    assertThat(error("ukraine AND spaeker:biden").hint())
        .isEqualTo("did you mean 'speaker:'? (to search the word itself, write spaeker\\:)");
    assertThat(error("foo:bar").hint())
        .isEqualTo("to search the word itself, escape the colon: foo\\:");
    assertThat(error("*ability").hint())
        .isEqualTo(
            "put the wildcard after a few letters, such as interop*, or search the whole word");
    assertThat(error("date:2023-13").hint())
        .startsWith("write dates as YYYY, YYYY-MM or YYYY-MM-DD");
    assertThat(error("nato AND").hint()).isEqualTo("add a term after AND, or remove it");
    assertThat(error("nato ) g7").hint()).isEqualTo("remove the ')' or open it with a '(' before");
    assertThat(new InvalidQueryException("q", 0, "problem").hint()).isEmpty();
  }

  @Test
  void synonymFindsEveryVariantAndHighlightsTheMatchedOne() throws Exception {
    SearchResults kiev = search(SearchRequest.builder("Kiev").sort(SortOrder.DATE_ASC));
    assertThat(kiev.ids()).containsExactlyInAnyOrder("joe-2", "old");
    SearchResults kyiv = search(SearchRequest.builder("\"kyiv\""));
    assertThat(kyiv.ids()).containsExactlyInAnyOrderElementsOf(kiev.ids());
    SearchHit joe =
        kiev.hits().stream()
            .filter(h -> h.communique().id().equals("joe-2"))
            .findFirst()
            .orElseThrow();
    assertThat(joe.snippets())
        .containsExactly("Statement on interoperability of forces in [Kyiv]. The meeting ended.");
  }

  @Test
  void multiWordSynonymIsOnePhraseAndHighlightsAsOneMatch() throws Exception {
    SearchResults nato = search(SearchRequest.builder("NATO"));
    assertThat(nato.ids()).containsExactlyInAnyOrder("joe-1", "other");
    SearchHit joe =
        nato.hits().stream()
            .filter(h -> h.communique().id().equals("joe-1"))
            .findFirst()
            .orElseThrow();
    assertThat(joe.snippets())
        .containsExactly("Remarks on the [North Atlantic Treaty Organization]. The meeting ended.");
    assertThat(search(SearchRequest.builder("\"treaty organization north\"")).ids()).isEmpty();
  }

  @Test
  void withoutAVocabularyQueriesMeanWhatTheySay() throws Exception {
    assertThat(new CommuniqueSearcher().parse("Kiev").toString()).doesNotContain("kyiv");
    assertThat(new CommuniqueSearcher(VOCABULARY).parse("Kiev").toString()).contains("kyiv");
    QueryVocabulary sameStem =
        QueryVocabulary.builder().synonyms(List.of("interoperability", "interoperable")).build();
    assertThat(new CommuniqueSearcher(sameStem).parse("interoperable"))
        .isEqualTo(new CommuniqueSearcher().parse("interoperable"));
  }

  @Test
  void speakerAliasesFindTheCanonicalSpeaker() throws Exception {
    List<String> joe = search(SearchRequest.builder("").speaker("Joe Biden")).ids();
    assertThat(joe).containsExactlyInAnyOrder("joe-1", "joe-2");
    assertThat(search(SearchRequest.builder("").speaker("Joseph R. Biden")).ids())
        .containsExactlyInAnyOrderElementsOf(joe);
    assertThat(search(SearchRequest.builder("").speaker("president biden")).ids())
        .containsExactlyInAnyOrderElementsOf(joe);
    assertThat(search(SearchRequest.builder("speaker:\"President Biden\"")).ids())
        .containsExactlyInAnyOrderElementsOf(joe);
    assertThat(search(SearchRequest.builder("").speaker("Biden")).ids())
        .containsExactlyInAnyOrder("joe-1", "joe-2", "jill");
  }

  @Test
  void suggestsTheIndexsOwnSpellingForUnknownWords() throws Exception {
    SearchResults typo = search(SearchRequest.builder("interoprability"));
    assertThat(typo.totalHits()).isZero();
    assertThat(typo.suggestion()).isEqualTo("interoperability");
    assertThat(
            search(SearchRequest.builder("title:joe-2 OR Interoprability AND speaker:biden"))
                .suggestion())
        .isEqualTo("title:joe-2 OR Interoperability AND speaker:biden");
    assertThat(search(SearchRequest.builder("interoperability")).suggestion()).isEmpty();
    assertThat(index.similarIds("joe-3", 1)).containsExactly("joe-1");
  }

  @Test
  void explanationNamesFieldTermBoostAndFactors() throws Exception {
    SearchHit hit =
        search(SearchRequest.builder("interoperability").explain(true).speaker("Jill Biden"))
            .hits()
            .get(0);
    assertThat(hit.explanation())
        .startsWith(String.format(java.util.Locale.ROOT, "%.3f = ", hit.score()))
        .contains("body \"interoper\" (stem): BM25 freq=1 idf=")
        .contains("(in 2 of 5 docs)")
        .contains("filters match")
        .doesNotContain("weight(");
    SearchHit title =
        search(SearchRequest.builder("title:jill OR interoperability").explain(true)).hits().get(0);
    assertThat(title.communique().id()).isEqualTo("jill");
    assertThat(title.explanation()).contains("title \"jill\" (stem): BM25").contains("sum of:");
    assertThat(
            search(SearchRequest.builder("interoperability").explain(false))
                .hits()
                .get(0)
                .explanation())
        .isEmpty();
  }
}
