package dev.communique.core.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** How passages become marked-up snippets, including matches that outrun their passage. */
class MarkupPassageFormatterTest {

  private static final String TEXT = "They spoke about lead. Old pipes need replacement soon.";

  @Test
  void aMatchThatEndsPastItsPassageIsMarkedWholeAndTheSnippetStopsAfterIt() {
    // A sloppy phrase ("lead pipes replacement"~8) can match from one sentence into the next,
    // while the passage is only the first sentence.
    Passage passage = new Passage();
    passage.setStartOffset(0);
    passage.setEndOffset(22);
    passage.addMatch(17, 49, new BytesRef("lead"), 1);
    Object formatted =
        new MarkupPassageFormatter(SnippetMarkup.brackets()).format(new Passage[] {passage}, TEXT);
    assertThat(formatted).isEqualTo(List.of("They spoke about [lead. Old pipes need replacement]"));
  }

  @Test
  void matchesInsideThePassageAreMarkedOneByOne() {
    Passage passage = new Passage();
    passage.setStartOffset(23);
    passage.setEndOffset(TEXT.length());
    passage.addMatch(27, 32, new BytesRef("pipe"), 1);
    passage.addMatch(38, 49, new BytesRef("replac"), 1);
    Object formatted =
        new MarkupPassageFormatter(SnippetMarkup.brackets()).format(new Passage[] {passage}, TEXT);
    assertThat(formatted).isEqualTo(List.of("Old [pipes] need [replacement] soon."));
  }
}
