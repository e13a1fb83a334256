package dev.communique.core.search;

import dev.communique.core.schema.CommuniqueSchema;
import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
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

  /** The stored document with this id, and its Lucene doc id. */
  Source source(IndexSearcher searcher, String id) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(CommuniqueSchema.ID, id)), 1);
    if (top.scoreDocs.length == 0) {
      throw new IllegalArgumentException("no communiqué with id '" + id + "'");
    }
    int doc = top.scoreDocs[0].doc;
    return new Source(doc, searcher.storedFields().document(doc));
  }

  /**
   * The weighted stems of the source's title and body, as a query over those fields, weighted by
   * this index's document frequencies ({@link LikeQuery}).
   */
  Query like(IndexSearcher searcher, Source source) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    // As over an index of releases alone: the share counts deleted releases too (maxDoc).
    long stored = reader.getDocCount(CommuniqueSchema.ID);
    int releases = searcher.count(CommuniqueSchema.isRelease());
    return LikeQuery.build(
        source.doc.get(CommuniqueSchema.TITLE),
        source.doc.get(CommuniqueSchema.BODY),
        (field, word) -> reader.docFreq(new Term(field, word)),
        stored,
        releases);
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

  /** A communiqué's Lucene doc id and stored fields. */
  record Source(int docId, Document doc) {}
}
