package dev.communique.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.communique.core.highlight.SnippetMarkup;
import dev.communique.core.highlight.SnippetOptions;
import dev.communique.core.index.CommuniqueIndex;
import dev.communique.core.search.QueryVocabulary;
import dev.communique.core.search.SearchRequest;
import dev.communique.core.search.SearchResults;
import dev.communique.indexer.extract.QueryVocabularies;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project's query vocabulary (synonyms, speaker aliases) and suggestions on the sample. */
class SampleCorpusQueryHelpTest {

  @TempDir static Path dir;
  static CommuniqueIndex index;
  static QueryVocabulary vocabulary;

  @BeforeAll
  static void indexSample() throws Exception {
    vocabulary = QueryVocabularies.load(SampleCorpus.vocabulary());
    index = CommuniqueIndex.open(dir, vocabulary);
    SampleCorpus.indexInto(index);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static SearchResults search(String query) throws Exception {
    return index.search(
        SearchRequest.builder(query)
            .limit(100)
            .snippets(new SnippetOptions(1, 160, SnippetMarkup.html()))
            .build());
  }

  @Test
  void theVocabularyFilesLoadAndTheJarBundlesTheSame() {
    assertThat(vocabulary.synonymGroups()).hasSizeGreaterThanOrEqualTo(25);
    assertThat(vocabulary.synonymsOf("kiev")).contains(List.of("Kyiv", "Kiev"));
    assertThat(vocabulary.synonymsOf("turkiye").orElseThrow()).contains("Turkey");
    assertThat(vocabulary.canonicalSpeaker("Joseph R. Biden")).contains("Joe Biden");
    assertThat(vocabulary.canonicalSpeaker("President Biden")).contains("Joe Biden");
    assertThat(vocabulary.canonicalSpeaker("Secretary General Stoltenberg"))
        .contains("Jens Stoltenberg");
    QueryVocabulary bundled = QueryVocabularies.bundled();
    assertThat(bundled.synonymGroups()).isEqualTo(vocabulary.synonymGroups());
    assertThat(bundled.speakerAliasCount()).isEqualTo(vocabulary.speakerAliasCount());
  }

  @Test
  void kievFindsExactlyTheReleasesThatSayKyiv() throws Exception {
    List<String> kyiv =
        List.of(
            "releases/nato-foreign-ministers-2023-11-29",
            "releases/norway-ukraine-winter-humanitarian-2023-10-26");
    assertThat(search("Kyiv").ids()).containsExactlyInAnyOrderElementsOf(kyiv);
    SearchResults kiev = search("Kiev");
    assertThat(kiev.ids()).containsExactlyInAnyOrderElementsOf(kyiv);
    assertThat(kiev.hits().get(0).snippets().get(0)).contains("<mark>Kyiv</mark>");
    assertThat(kiev.hits().get(1).snippets().get(0)).contains("<mark>Kyiv</mark>");
    assertThat(kiev.suggestion()).isEmpty();
  }

  @Test
  void misspelledWordsSuggestTheIndexsSpelling() throws Exception {
    SearchResults typo = search("interoprability");
    assertThat(typo.totalHits()).isZero();
    assertThat(typo.suggestion()).isEqualTo("interoperability");
    SearchResults phrase = search("\"enrgy security\" AND org:nato");
    assertThat(phrase.totalHits()).isZero();
    assertThat(phrase.suggestion()).isEqualTo("\"energy security\" AND org:nato");
  }
}
