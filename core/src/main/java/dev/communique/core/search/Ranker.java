package dev.communique.core.search;

import dev.communique.core.schema.CommuniqueSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
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
 * best first and ties by ascending id. Copies are not folded: every document is ranked on its own.
 * Thread-safe.
 */
final class Ranker {

  /** The similarity of {@link RankingProfile#BM25_ANSERINI}: Lucene's BM25, k1 0.9, b 0.4. */
  private static final Similarity BASELINE = new BM25Similarity(0.9f, 0.4f);

  private static final Sort BY_SCORE_THEN_ID =
      new Sort(SortField.FIELD_SCORE, new SortField(CommuniqueSchema.ID, SortField.Type.STRING));

  private final Analyzer contents = CommuniqueSchema.contentsAnalyzer();
  private final Analyzer stemmed = CommuniqueSchema.queryAnalyzer();

  Ranking rank(IndexSearcher searcher, RankRequest request) throws IOException {
    IndexSearcher scoring = new IndexSearcher(searcher.getIndexReader());
    Query query;
    if (request.profile() == RankingProfile.BM25_ANSERINI) {
      scoring.setSimilarity(BASELINE);
      query = bagOfWords(Map.of(CommuniqueSchema.CONTENTS, 1f), contents, request.text());
    } else {
      query = bagOfWords(CommuniqueSchema.DEFAULT_FIELDS, stemmed, request.text());
    }
    if (query == null) {
      return new Ranking(request, List.of());
    }
    TopFieldDocs top =
        scoring.search(
            query,
            new TopFieldCollectorManager(
                BY_SCORE_THEN_ID, request.depth(), null, Integer.MAX_VALUE));
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
   * One SHOULD clause per distinct analysed term, boosted by how often the term occurs in the text;
   * with several fields, each term's clause sums the fields, each with its weight. {@code null}
   * when the text has no searchable term.
   */
  static Query bagOfWords(Map<String, Float> fields, Analyzer analyzer, String text) {
    Map<String, Integer> counts = termCounts(analyzer, fields.keySet().iterator().next(), text);
    if (counts.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder bag = new BooleanQuery.Builder();
    for (Map.Entry<String, Integer> term : counts.entrySet()) {
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
      bag.add(boosted(perTerm, term.getValue()), BooleanClause.Occur.SHOULD);
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
