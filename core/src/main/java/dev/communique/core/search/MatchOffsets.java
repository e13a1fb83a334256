package dev.communique.core.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Weight;

/**
 * Visits where a query matches in one field of one document, as character offsets read from the
 * postings (no re-analysis). A phrase is one match. Two sub-queries matching the same span (a word
 * and its exact copy) count once. Stateless and thread-safe.
 */
final class MatchOffsets {

  /** Receives the character span of each match. */
  @FunctionalInterface
  interface Visitor {
    /** One match from {@code start} (inclusive) to {@code end} (exclusive). */
    void match(int start, int end) throws IOException;
  }

  private MatchOffsets() {}

  /**
   * Visits the matches of {@code weight} in {@code field} of document {@code doc} (leaf-relative),
   * in order of position.
   *
   * @return how many matches were visited; 0 if the document does not match in that field
   */
  static int visit(Weight weight, LeafReaderContext leaf, int doc, String field, Visitor visitor)
      throws IOException {
    Matches matches = weight.matches(leaf, doc);
    if (matches == null) {
      return 0;
    }
    MatchesIterator it = matches.getMatches(field);
    if (it == null) {
      return 0;
    }
    int visited = 0;
    int lastStart = -1;
    int lastEnd = -1;
    while (it.next()) {
      int start = it.startOffset();
      int end = it.endOffset();
      if (start == lastStart && end == lastEnd) {
        continue;
      }
      lastStart = start;
      lastEnd = end;
      visitor.match(start, end);
      visited++;
    }
    return visited;
  }

  /** How many matches of {@code weight} there are in {@code field} of document {@code doc}. */
  static int count(Weight weight, LeafReaderContext leaf, int doc, String field)
      throws IOException {
    return visit(weight, leaf, doc, field, (start, end) -> {});
  }
}
