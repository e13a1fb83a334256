package dev.communique.core.search;

import dev.communique.core.Turn;
import dev.communique.core.schema.TurnFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.ToChildBlockJoinQuery;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.Bits;

/**
 * Counts the turns that match a {@link WhoRequest} per speaker: the query's words in a turn's text,
 * the turn's release under the filter (joined down to its turns), each turn's speaker read from doc
 * values and its release from the block's parent bits. Thread-safe.
 */
final class WhoCounter {

  WhoResult count(
      IndexSearcher searcher, QueryCompiler compiler, BitSetProducer releases, WhoRequest request)
      throws IOException {
    Query words = compiler.turnWords(request.query());
    BooleanQuery.Builder turns = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
    Query filter = compiler.filter(request.filter());
    if (filter != null) {
      turns.add(new ToChildBlockJoinQuery(filter, releases), BooleanClause.Occur.FILTER);
    }
    Weight weight =
        searcher.createWeight(searcher.rewrite(turns.build()), ScoreMode.COMPLETE_NO_SCORES, 1f);
    Map<String, long[]> counts = new HashMap<>();
    Map<String, Set<Integer>> documents = new HashMap<>();
    MatchBudget budget = new MatchBudget(searcher);
    leaves:
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      if (budget.upBeforeSegment()) {
        break; // the caller's limit check reports it
      }
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      BitSet parents = releases.getBitSet(leaf);
      SortedDocValues speakers = DocValues.getSorted(leaf.reader(), TurnFields.SPEAKER);
      Bits live = leaf.reader().getLiveDocs();
      DocIdSetIterator it = scorer.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (live != null && !live.get(doc) || !speakers.advanceExact(doc)) {
          continue;
        }
        if (budget.upAfterMatch()) {
          break leaves; // the caller's limit check reports it
        }
        String speaker = speakers.lookupOrd(speakers.ordValue()).utf8ToString();
        counts.computeIfAbsent(speaker, s -> new long[1])[0]++;
        int release = parents == null ? doc : parents.nextSetBit(doc);
        documents.computeIfAbsent(speaker, s -> new HashSet<>()).add(leaf.docBase + release);
      }
    }
    SpeakerCount questions = new SpeakerCount(Turn.QUESTION, 0, 0);
    List<SpeakerCount> people = new ArrayList<>();
    for (Map.Entry<String, long[]> e : counts.entrySet()) {
      SpeakerCount c =
          new SpeakerCount(e.getKey(), e.getValue()[0], documents.get(e.getKey()).size());
      if (Turn.QUESTION.equals(e.getKey())) {
        questions = c;
      } else {
        people.add(c);
      }
    }
    Comparator<SpeakerCount> order =
        request.by() == WhoRequest.By.TURNS
            ? Comparator.comparingLong(SpeakerCount::count)
                .thenComparingLong(SpeakerCount::documents)
            : Comparator.comparingLong(SpeakerCount::documents)
                .thenComparingLong(SpeakerCount::count);
    people.sort(order.reversed().thenComparing(SpeakerCount::speaker));
    return new WhoResult(
        request,
        people.subList(0, Math.min(request.limit(), people.size())),
        people.size(),
        questions);
  }
}
