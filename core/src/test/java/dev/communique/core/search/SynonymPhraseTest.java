package dev.communique.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.communique.core.Communique;
import dev.communique.core.index.CommuniqueIndex;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Synonym members joined by hyphens match as whole phrases, never by their parts. */
class SynonymPhraseTest {

  @TempDir Path dir;

  @Test
  void aHyphenatedMemberIsAPhraseNotItsParts() throws Exception {
    QueryVocabulary vocabulary =
        QueryVocabulary.builder()
            .synonyms(List.of("COVID-19", "COVID", "coronavirus", "SARS-CoV-2"))
            .build();
    try (CommuniqueIndex index =
        SmallIndex.open(
            dir,
            vocabulary,
            Communique.builder("law")
                .title("law")
                .body("As provided in sec. 2 of the Act.")
                .build(),
            Communique.builder("year")
                .title("year")
                .body("In 19 states the vote was held.")
                .build(),
            Communique.builder("covid").title("covid").body("The COVID-19 response.").build(),
            Communique.builder("virus").title("virus").body("The coronavirus spread.").build())) {
      assertThat(index.search(SearchRequest.builder("coronavirus").build()).ids())
          .containsExactlyInAnyOrder("covid", "virus");
      List<String> snippets =
          index.search(SearchRequest.builder("coronavirus").build()).hits().stream()
              .filter(h -> h.communique().id().equals("covid"))
              .findFirst()
              .orElseThrow()
              .snippets();
      assertThat(snippets).containsExactly("The <mark>COVID-19</mark> response.");
      KwicResults lines = index.kwic(KwicRequest.builder("covid").build());
      assertThat(lines.lines())
          .extracting(KwicLine::keyword)
          .containsExactlyInAnyOrder("COVID-19", "coronavirus");
    }
  }
}
