package dev.communique.core.search;

import dev.communique.core.schema.CommuniqueSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;

/**
 * Ranks the whole index for a {@link RankRequest}: builds the profile's query from the text as a
 * bag of analysed words, scores it with the profile's similarity, and keeps ids and scores only,
 * best first and ties by ascending id. The default profile ranks what search shows (near-duplicate
 * copies folded into their canonical communiqué) with the searcher it is given, whose text-field
 * statistics the index already corrects for the exact copies ({@link ExactAwareSearcher}, kept by
 * every per-request searcher); {@code bm25-anserini} ranks every document. Thread-safe.
 */
final class Ranker {

  /** The similarity of {@link RankingProfile#BM25_ANSERINI}: Lucene's BM25, k1 0.9, b 0.4. */
  private static final Similarity BASELINE = new BM25Similarity(0.9f, 0.4f);

  private static final Sort BY_SCORE_THEN_ID =
      new Sort(SortField.FIELD_SCORE, new SortField(CommuniqueSchema.ID, SortField.Type.STRING));

  /** The weight of a pair of neighbouring query terms, chosen on SciFact's training claims. */
  static final float PAIR_WEIGHT = 0.1f;

  /** How far apart two neighbouring query terms may stand to count as near, in positions. */
  static final int PAIR_SLOP = 3;

  private final Analyzer contents = CommuniqueSchema.contentsAnalyzer();
  private final Analyzer stemmed = CommuniqueSchema.queryAnalyzer();

  /**
   * The query the default profile ranks with, without feedback: the weighted bag of words of the
   * request's text (with proximity pairs if asked) over canonical releases; {@code null} when the
   * text has no searchable words.
   */
  Query defaultQuery(RankRequest request) {
    if (request.profile() != RankingProfile.DEFAULT || request.feedback() != null) {
      throw new IllegalArgumentException(
          "only the default profile without feedback ranks by one query");
    }
    Map<String, Float> fields = CommuniqueSchema.DEFAULT_FIELDS;
    Map<String, Integer> counts =
        termCounts(stemmed, fields.keySet().iterator().next(), request.text());
    return counts.isEmpty() ? null : query(fields, counts, stemmed, request, request.proximity());
  }

  Ranking rank(IndexSearcher searcher, RankRequest request) throws IOException {
    IndexSearcher scoring = searcher;
    Map<String, Float> fields;
    Analyzer analyzer;
    if (request.profile() != RankingProfile.BM25_ANSERINI) {
      fields = CommuniqueSchema.DEFAULT_FIELDS;
      analyzer = stemmed;
    } else {
      scoring = new IndexSearcher(searcher.getIndexReader());
      scoring.setSimilarity(BASELINE);
      fields = Map.of(CommuniqueSchema.CONTENTS, 1f);
      analyzer = contents;
    }
    Map<String, Integer> counts =
        termCounts(analyzer, fields.keySet().iterator().next(), request.text());
    if (counts.isEmpty()) {
      return new Ranking(request, List.of());
    }
    Query ordering = query(fields, counts, analyzer, request, request.proximity());
    TopFieldDocs top;
    if (request.feedback() == null) {
      top = top(scoring, ordering, request.depth());
    } else {
      top = withFeedback(scoring, fields, counts, analyzer, request, ordering);
    }
    List<RankedDoc> docs = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc hit : top.scoreDocs) {
      FieldDoc field = (FieldDoc) hit;
      String id = ((BytesRef) field.fields[1]).utf8ToString();
      if (!id.equals(request.excludeId())) {
        docs.add(new RankedDoc(id, (Float) field.fields[0]));
      }
    }
    return new Ranking(request, docs);
  }

  /**
   * The ranking with feedback, in two stages. Which documents are found, and the order of all but
   * the first few, come from the expanded query: the plain bag of words, run once, then again with
   * the relevance model of its best documents. The first {@link Feedback#rerankDepth()} of them are
   * then put in the order the original query gives them ({@code ordering}, with its proximity pairs
   * if asked), so that feedback widens what is found without shuffling the best. Proximity
   * therefore never changes which documents are found.
   */
  private TopFieldDocs withFeedback(
      IndexSearcher scoring,
      Map<String, Float> fields,
      Map<String, Integer> counts,
      Analyzer analyzer,
      RankRequest request,
      Query ordering)
      throws IOException {
    Feedback feedback = request.feedback();
    // Without proximity the ordering query is the plain bag itself: one run serves both stages.
    TopFieldDocs ordered =
        feedback.rerankDepth() == 0
            ? null
            : top(scoring, ordering, Math.max(request.depth(), RankRequest.DEFAULT_DEPTH));
    TopFieldDocs first =
        ordered != null && !request.proximity()
            ? ordered
            : top(scoring, query(fields, counts, analyzer, request, false), feedback.docs());
    List<ScoreDoc> best = new ArrayList<>(feedback.docs());
    for (int i = 0; i < Math.min(feedback.docs(), first.scoreDocs.length); i++) {
      best.add(new ScoreDoc(first.scoreDocs[i].doc, score(first.scoreDocs[i])));
    }
    Map<String, Float> expanded = RelevanceModel.expand(scoring, best, counts, feedback, analyzer);
    TopFieldDocs wide =
        top(scoring, query(fields, expanded, analyzer, request, false), request.depth());
    int head = Math.min(feedback.rerankDepth(), wide.scoreDocs.length);
    if (head == 0) {
      return wide;
    }
    Map<Integer, Float> original = new HashMap<>();
    for (ScoreDoc hit : ordered.scoreDocs) {
      original.put(hit.doc, score(hit));
    }
    FieldDoc[] reordered = new FieldDoc[head];
    for (int i = 0; i < head; i++) {
      FieldDoc hit = (FieldDoc) wide.scoreDocs[i];
      Float score = original.get(hit.doc);
      reordered[i] =
          new FieldDoc(
              hit.doc,
              Float.NaN,
              new Object[] {score == null ? Float.NEGATIVE_INFINITY : score, hit.fields[1]});
    }
    java.util.Arrays.sort(
        reordered,
        java.util.Comparator.<FieldDoc>comparingDouble(d -> -(Float) d.fields[0])
            .thenComparing(d -> (BytesRef) d.fields[1]));
    float lowest = Float.POSITIVE_INFINITY;
    for (FieldDoc d : reordered) {
      if ((Float) d.fields[0] != Float.NEGATIVE_INFINITY) {
        lowest = Math.min(lowest, (Float) d.fields[0]);
      }
    }
    float below = head < wide.scoreDocs.length ? score(wide.scoreDocs[head]) : 0f;
    float shift = lowest == Float.POSITIVE_INFINITY ? 0f : Math.max(0f, below - lowest) + 1f;
    float unmatched = (lowest == Float.POSITIVE_INFINITY ? below + 1f : lowest + shift) - 0.5f;
    for (int i = 0; i < head; i++) {
      FieldDoc d = reordered[i];
      float score = (Float) d.fields[0];
      d.fields[0] = score == Float.NEGATIVE_INFINITY ? unmatched : score + shift;
      wide.scoreDocs[i] = d;
    }
    return wide;
  }

  private static float score(ScoreDoc hit) {
    return (Float) ((FieldDoc) hit).fields[0];
  }

  /**
   * The profile's query for weighted terms: their bag over the fields, with neighbouring pairs of
   * the request's text when {@code proximity}, and only canonical copies unless the profile ranks
   * every document ({@code bm25-anserini}).
   */
  private static Query query(
      Map<String, Float> fields,
      Map<String, ? extends Number> weights,
      Analyzer analyzer,
      RankRequest request,
      boolean proximity) {
    Query query = bagOfWords(fields, weights);
    if (request.profile() == RankingProfile.BM25_ANSERINI) {
      return query;
    }
    if (proximity) {
      query = withProximity(query, analyzer, request.text());
    }
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(new TermQuery(CommuniqueSchema.canonicalTerm()), BooleanClause.Occur.FILTER)
        .build();
  }

  private static TopFieldDocs top(IndexSearcher searcher, Query query, int depth)
      throws IOException {
    return searcher.search(
        query, new TopFieldCollectorManager(BY_SCORE_THEN_ID, depth, null, Integer.MAX_VALUE));
  }

  /**
   * The bag of words plus, for each pair of neighbouring query terms, a sloppy phrase over each
   * default field, weighted {@value #PAIR_WEIGHT} times the field's weight: documents where the two
   * words stand within {@value #PAIR_SLOP} positions of each other rise.
   */
  static Query withProximity(Query bag, Analyzer analyzer, String text) {
    List<String> terms = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(CommuniqueSchema.BODY, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        terms.add(term.toString());
        positions.add(position);
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (terms.size() < 2) {
      return bag;
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    all.add(bag, BooleanClause.Occur.SHOULD);
    for (int i = 0; i + 1 < terms.size(); i++) {
      if (terms.get(i).equals(terms.get(i + 1))) {
        continue;
      }
      for (Map.Entry<String, Float> field :
          new TreeMap<>(CommuniqueSchema.DEFAULT_FIELDS).entrySet()) {
        PhraseQuery.Builder pair = new PhraseQuery.Builder();
        pair.setSlop(PAIR_SLOP + positions.get(i + 1) - positions.get(i) - 1);
        pair.add(new Term(field.getKey(), terms.get(i)), 0);
        pair.add(new Term(field.getKey(), terms.get(i + 1)), 1);
        all.add(
            new BoostQuery(pair.build(), PAIR_WEIGHT * field.getValue()),
            BooleanClause.Occur.SHOULD);
      }
    }
    return all.build();
  }

  /**
   * One SHOULD clause per term, boosted by its weight (its count in the text, or what feedback made
   * of it); with several fields, each term's clause sums the fields, each with its weight.
   */
  static Query bagOfWords(Map<String, Float> fields, Map<String, ? extends Number> weights) {
    BooleanQuery.Builder bag = new BooleanQuery.Builder();
    for (Map.Entry<String, ? extends Number> term : weights.entrySet()) {
      Query perTerm;
      if (fields.size() == 1) {
        perTerm = new TermQuery(new Term(fields.keySet().iterator().next(), term.getKey()));
      } else {
        BooleanQuery.Builder across = new BooleanQuery.Builder();
        fields.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .forEach(
                field ->
                    across.add(
                        boosted(
                            new TermQuery(new Term(field.getKey(), term.getKey())),
                            field.getValue()),
                        BooleanClause.Occur.SHOULD));
        perTerm = across.build();
      }
      bag.add(boosted(perTerm, term.getValue().floatValue()), BooleanClause.Occur.SHOULD);
    }
    return bag.build();
  }

  private static Query boosted(Query query, float boost) {
    return boost == 1f ? query : new BoostQuery(query, boost);
  }

  /** The analysed terms of the text with their counts, in order of first occurrence. */
  static Map<String, Integer> termCounts(Analyzer analyzer, String field, String text) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        counts.merge(term.toString(), 1, Integer::sum);
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return counts;
  }
}
