package dev.communique.core.highlight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.communique.core.Communique;
import dev.communique.core.index.CommuniqueIndex;
import dev.communique.core.search.SearchRequest;
import dev.communique.core.search.SearchResults;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnippetMarkupTest {

  @TempDir Path dir;

  @Test
  void htmlEscapesEverySpecialCharacter() {
    assertThat(SnippetMarkup.html().escape("<script>alert('x') & \"y\"</script>"))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;&#x2F;script&gt;");
  }

  @Test
  void plainMarkupsDropControlCharacters() {
    assertThat(SnippetMarkup.brackets().escape("a\u001b[31mb")).isEqualTo("a[31mb");
    assertThat(SnippetMarkup.named("brackets").open()).isEqualTo("[");
    assertThat(SnippetMarkup.named("ANSI").open()).isEqualTo("\u001b[1;33m");
    assertThatThrownBy(() -> SnippetMarkup.named("latex"))
        .hasMessage("unknown markup 'latex' (expected html, ansi, brackets or none)");
  }

  @Test
  void highlightedSnippetsNeverLetDocumentHtmlThrough() throws Exception {
    try (CommuniqueIndex index = CommuniqueIndex.open(dir)) {
      index.upsert(
          Communique.builder("xss")
              .title("Portal testing")
              .body(
                  "The portal rejected <script>alert(1)</script> input during testing of the"
                      + " portal's <img src=x onerror=alert(2)> form.")
              .build());
      SearchResults html =
          index.search(
              SearchRequest.builder("portal")
                  .snippets(new SnippetOptions(1, 200, SnippetMarkup.html()))
                  .build());
      String snippet = html.hits().get(0).snippets().get(0);
      assertThat(snippet)
          .contains("<mark>portal</mark> rejected &lt;script&gt;alert(1)&lt;&#x2F;script&gt;")
          .contains("&lt;img src=x onerror=alert(2)&gt;")
          .doesNotContain("<script>")
          .doesNotContain("<img");
      SearchResults brackets =
          index.search(
              SearchRequest.builder("portal")
                  .snippets(new SnippetOptions(1, 200, SnippetMarkup.brackets()))
                  .build());
      assertThat(brackets.hits().get(0).snippets().get(0)).contains("The [portal] rejected");
    }
  }
}
