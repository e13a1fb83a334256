package dev.communique.core.highlight;

import dev.communique.core.schema.CommuniqueSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Makes the snippets of a page of hits with Lucene's {@link UnifiedHighlighter}, reading offsets
 * from the body's postings (no re-analysis). A phrase is highlighted as one match; a hit that
 * matched only on its title or metadata gets the leading sentences of its body.
 *
 * <p>Thread-safe: it holds only an analyzer and builds a highlighter per call.
 */
public final class SnippetHighlighter {

  /** Characters of a body considered for snippets; past this a match is not shown. */
  static final int MAX_LENGTH = 1_000_000;

  private final Analyzer analyzer;

  /** A highlighter analysing with the index analyzer (used only where offsets are missing). */
  public SnippetHighlighter() {
    this.analyzer = CommuniqueSchema.indexAnalyzer();
  }

  /**
   * The snippets of each document, in the order of {@code docIds}.
   *
   * @param searcher the searcher that found the documents
   * @param query the user's query, without filters
   * @param docIds Lucene document ids of the hits
   * @param options passages, length and markup
   */
  public List<List<String>> snippets(
      IndexSearcher searcher, Query query, int[] docIds, SnippetOptions options)
      throws IOException {
    List<List<String>> result = new ArrayList<>(docIds.length);
    if (options.passages() == 0 || docIds.length == 0) {
      for (int i = 0; i < docIds.length; i++) {
        result.add(List.of());
      }
      return result;
    }
    UnifiedHighlighter.Builder builder =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new MarkupPassageFormatter(options.markup()))
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        new SentenceBoundaries(), options.passageLength(), 0.3f))
            .withMaxLength(MAX_LENGTH)
            .withHighlightPhrasesStrictly(true)
            .withHandleMultiTermQuery(true)
            .withMaxNoHighlightPassages(options.passages());
    PassageListHighlighter highlighter = new PassageListHighlighter(builder);
    int[] maxPassages = {options.passages()};
    Map<String, Object[]> byField =
        highlighter.highlight(new String[] {CommuniqueSchema.BODY}, query, docIds, maxPassages);
    Object[] bodies = byField.get(CommuniqueSchema.BODY);
    for (int i = 0; i < docIds.length; i++) {
      Object formatted = bodies == null ? null : bodies[i];
      result.add(formatted == null ? List.of() : castList(formatted));
    }
    return result;
  }

  /** Exposes the per-document objects our formatter returns. */
  private static final class PassageListHighlighter extends UnifiedHighlighter {
    PassageListHighlighter(Builder builder) {
      super(builder);
    }

    Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds, int[] maxPassages)
        throws IOException {
      return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> castList(Object formatted) {
    return List.copyOf((List<String>) formatted);
  }
}
