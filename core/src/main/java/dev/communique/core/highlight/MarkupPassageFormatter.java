package dev.communique.core.highlight;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats the highlighter's passages with a {@link SnippetMarkup}: document text escaped, matches
 * wrapped, runs of white space folded to one space. Returns a {@code List<String>}, one entry per
 * passage, in document order. Thread-safe.
 */
final class MarkupPassageFormatter extends PassageFormatter {
  private final SnippetMarkup markup;

  MarkupPassageFormatter(SnippetMarkup markup) {
    this.markup = markup;
  }

  @Override
  public Object format(Passage[] passages, String content) {
    List<String> snippets = new ArrayList<>(passages.length);
    for (Passage passage : passages) {
      StringBuilder out = new StringBuilder();
      int pos = passage.getStartOffset();
      for (int i = 0; i < passage.getNumMatches(); i++) {
        int start = passage.getMatchStarts()[i];
        int end = passage.getMatchEnds()[i];
        if (start < pos) {
          // Overlapping match (stacked exact and stemmed tokens): extend the previous mark.
          if (end > pos) {
            int closeAt = out.length() - markup.close().length();
            out.insert(closeAt, text(content, pos, end));
            pos = end;
          }
          continue;
        }
        out.append(text(content, pos, start));
        out.append(markup.open()).append(text(content, start, end)).append(markup.close());
        pos = end;
      }
      if (pos < passage.getEndOffset()) {
        // A match may run past its passage (a sloppy phrase across a sentence end): then the
        // snippet ends with that match.
        out.append(text(content, pos, passage.getEndOffset()));
      }
      String snippet = out.toString().strip();
      if (!snippet.isEmpty()) {
        snippets.add(snippet);
      }
    }
    return snippets;
  }

  private String text(String content, int start, int end) {
    return markup.escape(content.substring(start, end).replaceAll("\\s+", " "));
  }
}
