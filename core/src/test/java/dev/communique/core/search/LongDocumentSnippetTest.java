package dev.communique.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.communique.core.Communique;
import dev.communique.core.highlight.SnippetMarkup;
import dev.communique.core.highlight.SnippetOptions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snippets of a long transcript: the best passage is found deep in the text, a phrase is marked
 * whole, and passages keep the sentence bounds.
 */
class LongDocumentSnippetTest {

  @TempDir Path dir;

  private static String transcript() {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 1200; i++) {
      body.append("Reporter ").append(i).append(" asked about the weather in the capital. ");
      if (i == 100) {
        body.append("The press secretary mentioned a briefing once. ");
      }
      if (i == 1100) {
        body.append("This press briefing covered the press briefing schedule. ");
      }
    }
    return body.toString();
  }

  @Test
  void theBestPassageDeepInALongTranscriptIsShownWithThePhraseMarkedWhole() throws Exception {
    String body = transcript();
    assertThat(body.length()).isGreaterThan(60_000);
    try (var index =
        SmallIndex.open(dir, Communique.builder("long").title("Daily update").body(body).build())) {
      List<String> snippets =
          index
              .search(
                  SearchRequest.builder("\"press briefing\"")
                      .snippets(new SnippetOptions(1, 60, SnippetMarkup.brackets()))
                      .build())
              .hits()
              .get(0)
              .snippets();
      assertThat(snippets)
          .containsExactly("This [press briefing] covered the [press briefing] schedule.");
    }
  }

  @Test
  void passagesFollowSentenceBoundsAroundMatchesAtBothEnds() throws Exception {
    String body = "Opening words on trade. " + transcript() + "Closing words on trade.";
    try (var index =
        SmallIndex.open(dir, Communique.builder("ends").title("Ends").body(body).build())) {
      List<String> snippets =
          index
              .search(
                  SearchRequest.builder("trade")
                      .snippets(new SnippetOptions(2, 30, SnippetMarkup.brackets()))
                      .build())
              .hits()
              .get(0)
              .snippets();
      assertThat(snippets)
          .containsExactly("Opening words on [trade].", "Closing words on [trade].");
    }
  }
}
