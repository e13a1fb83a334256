package dev.communique.core.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Every occurrence of a compiled query's user query in one field of every document that the whole
 * query (user query and filter) matches, read from the offsets stored in the postings through
 * Lucene's matches API, with no re-analysis. A phrase is one occurrence spanning the phrase; the
 * same span reached twice (a word and its exact copy), or a span inside another, counts once.
 * Documents come in index order, leaf by leaf; the spans of one document in text order. Stateless
 * and thread-safe.
 */
final class MatchOffsets {

  private MatchOffsets() {}

  /** One occurrence: its start and end character offsets in the field's text. */
  record Span(int start, int end) {}

  /** Receives the occurrences of one document at a time. */
  interface Visitor {
    /**
     * The occurrences in one document.
     *
     * @param leaf the segment the document is in
     * @param doc the document's number within that segment
     * @param spans its occurrences, in text order, never empty
     */
    void document(LeafReaderContext leaf, int doc, List<Span> spans) throws IOException;
  }

  /**
   * Visits every document with at least one occurrence of the user query in {@code field}. Stops
   * early once the searcher's time limit, if it has one, is up: the caller checks the limit after.
   */
  static void visit(IndexSearcher searcher, CompiledQuery compiled, String field, Visitor visitor)
      throws IOException {
    Weight matching =
        searcher.createWeight(
            searcher.rewrite(compiled.combined()), ScoreMode.COMPLETE_NO_SCORES, 1f);
    Weight user =
        searcher.createWeight(searcher.rewrite(compiled.user()), ScoreMode.COMPLETE_NO_SCORES, 1f);
    List<Span> spans = new ArrayList<>();
    MatchBudget budget = new MatchBudget(searcher);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      if (budget.upBeforeSegment()) {
        return;
      }
      Scorer scorer = matching.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      DocIdSetIterator docs = scorer.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        if (budget.upAfterMatch()) {
          return;
        }
        spans.clear();
        collect(user.matches(leaf, doc), field, spans);
        if (!spans.isEmpty()) {
          visitor.document(leaf, doc, List.copyOf(spans));
        }
      }
    }
  }

  /**
   * The occurrences of a user-query weight (made with {@link ScoreMode#COMPLETE_NO_SCORES}) in
   * {@code field} of one document, in text order; empty if it does not match there.
   */
  static List<Span> spans(Weight user, LeafReaderContext leaf, int doc, String field)
      throws IOException {
    List<Span> spans = new ArrayList<>();
    collect(user.matches(leaf, doc), field, spans);
    return spans;
  }

  /** How many occurrences of a user-query weight there are in {@code field} of one document. */
  static int count(Weight user, LeafReaderContext leaf, int doc, String field) throws IOException {
    return spans(user, leaf, doc, field).size();
  }

  private static void collect(Matches matches, String field, List<Span> spans) throws IOException {
    if (matches == null) {
      return;
    }
    MatchesIterator it = matches.getMatches(field);
    if (it == null) {
      return;
    }
    while (it.next()) {
      int start = it.startOffset();
      int end = it.endOffset();
      if (start >= 0 && end >= start) {
        spans.add(new Span(start, end));
      }
    }
    // Longest first at each start; a span inside one already kept (the word "covid" inside the
    // synonym phrase "COVID-19", a word and its exact copy) is the same occurrence.
    spans.sort(
        Comparator.comparingInt(Span::start)
            .thenComparing(Comparator.comparingInt(Span::end).reversed()));
    int kept = 0;
    for (int i = 0; i < spans.size(); i++) {
      if (kept == 0 || spans.get(i).end() > spans.get(kept - 1).end()) {
        spans.set(kept++, spans.get(i));
      }
    }
    spans.subList(kept, spans.size()).clear();
  }
}
