package dev.communique.core.search;

import dev.communique.core.schema.CommuniqueSchema;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Builds the "more like this" query for a communiqué with Lucene's {@link MoreLikeThis}: its stored
 * title and body are analysed with the schema's query analyzer, which yields only the stems, never
 * the exact copies marked with {@link CommuniqueSchema#EXACT_MARK}; the most distinctive stems (by
 * tf-idf) become a weighted disjunction over the same fields. Thread-safe: each call makes its own
 * {@link MoreLikeThis}.
 */
final class SimilarFinder {

  /** The most stems a "more like this" query keeps. */
  static final int MAX_QUERY_TERMS = 30;

  private final Analyzer analyzer = CommuniqueSchema.queryAnalyzer();

  /** The stored document with this id, and its Lucene doc id. */
  Source source(IndexSearcher searcher, String id) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(CommuniqueSchema.ID, id)), 1);
    if (top.scoreDocs.length == 0) {
      throw new IllegalArgumentException("no communiqué with id '" + id + "'");
    }
    int doc = top.scoreDocs[0].doc;
    return new Source(doc, searcher.storedFields().document(doc));
  }

  /** The weighted stems of the source's title and body, as a query over those fields. */
  Query like(IndexSearcher searcher, Source source) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(analyzer);
    mlt.setFieldNames(new String[] {CommuniqueSchema.TITLE, CommuniqueSchema.BODY});
    mlt.setMinTermFreq(2);
    mlt.setMinDocFreq(2);
    // As over an index of releases alone: the share counts deleted releases too (maxDoc).
    long stored = searcher.getIndexReader().getDocCount(CommuniqueSchema.ID);
    mlt.setMaxDocFreq(Math.toIntExact(stored * 50 / 100));
    int releases = searcher.count(CommuniqueSchema.isRelease());
    mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
    mlt.setBoost(true);
    mlt.setSimilarity(new ReleaseIdf(releases));
    Map<String, Collection<Object>> text =
        Map.of(
            CommuniqueSchema.TITLE, List.of(nonNull(source.doc.get(CommuniqueSchema.TITLE))),
            CommuniqueSchema.BODY, List.of(nonNull(source.doc.get(CommuniqueSchema.BODY))));
    return mlt.like(text);
  }

  /**
   * The filter narrowed to exclude the source and every member of its near-duplicate group.
   *
   * @param filter the request's filter, or {@code null} for none
   */
  static Query excludingGroup(Query filter, Source source) {
    String id = source.doc.get(CommuniqueSchema.ID);
    String group = source.doc.get(CommuniqueSchema.DUPLICATE_GROUP);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(filter == null ? new MatchAllDocsQuery() : filter, BooleanClause.Occur.FILTER);
    b.add(new TermQuery(new Term(CommuniqueSchema.ID, id)), BooleanClause.Occur.MUST_NOT);
    if (group != null) {
      b.add(
          new TermQuery(new Term(CommuniqueSchema.DUPLICATE_GROUP, group)),
          BooleanClause.Occur.MUST_NOT);
    }
    return b.build();
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }

  /** A communiqué's Lucene doc id and stored fields. */
  record Source(int docId, Document doc) {}

  /**
   * Term weights over the releases alone: the index also holds their turns, which must not change
   * how distinctive a word is.
   */
  private static final class ReleaseIdf
      extends org.apache.lucene.search.similarities.ClassicSimilarity {
    private final long releases;

    ReleaseIdf(long releases) {
      this.releases = releases;
    }

    @Override
    public float idf(long docFreq, long docCount) {
      return super.idf(docFreq, releases);
    }
  }
}
