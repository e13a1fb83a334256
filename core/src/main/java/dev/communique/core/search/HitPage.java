package dev.communique.core.search;

import dev.communique.core.highlight.SnippetHighlighter;
import dev.communique.core.schema.CommuniqueSchema;
import dev.communique.core.schema.DocumentMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

/**
 * The top-hits consumer of a {@link CompiledQuery}: sorts, counts every match exactly, and turns a
 * page of Lucene hits into {@link SearchHit}s with snippets. Thread-safe.
 */
final class HitPage {

  private final SnippetHighlighter highlighter = new SnippetHighlighter();

  /** The page the request asks for, and the exact total. */
  Page collect(IndexSearcher searcher, CompiledQuery compiled, SearchRequest request)
      throws IOException {
    Query query = compiled.combined();
    if (request.limit() == 0) {
      return new Page(searcher.count(query), List.of());
    }
    int wanted = request.offset() + request.limit();
    TopFieldDocs top =
        searcher.search(
            query,
            new TopFieldCollectorManager(sort(request.sort()), wanted, null, Integer.MAX_VALUE));
    ScoreDoc[] page =
        top.scoreDocs.length <= request.offset()
            ? new ScoreDoc[0]
            : Arrays.copyOfRange(top.scoreDocs, request.offset(), top.scoreDocs.length);
    TopFieldCollector.populateScores(page, searcher, query);
    return new Page(
        top.totalHits.value, hits(searcher, compiled, page, request.snippets(), request.explain()));
  }

  /** Turns Lucene hits into search hits, with snippets and, if asked, explanations. */
  List<SearchHit> hits(
      IndexSearcher searcher,
      CompiledQuery compiled,
      ScoreDoc[] page,
      dev.communique.core.highlight.SnippetOptions snippets,
      boolean explain)
      throws IOException {
    int[] docIds = Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
    List<List<String>> passages = highlighter.snippets(searcher, compiled.user(), docIds, snippets);
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>(page.length);
    Query scored = explain ? compiled.combined() : null;
    for (int i = 0; i < page.length; i++) {
      Document doc = stored.document(page[i].doc);
      String explanation = explain ? ScoreExplainer.explain(searcher, scored, page[i].doc) : "";
      hits.add(
          new SearchHit(
              DocumentMapper.fromDocument(doc),
              page[i].score,
              passages.get(i),
              DocumentMapper.values(doc, CommuniqueSchema.COPY_SOURCES),
              explanation));
    }
    return hits;
  }

  /** The Lucene sort for an order: the key, then relevance, then id, so that pages are stable. */
  static Sort sort(SortOrder order) {
    SortField id = new SortField(CommuniqueSchema.ID, SortField.Type.STRING);
    return switch (order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, id);
      case DATE_DESC -> new Sort(dateField(true), SortField.FIELD_SCORE, id);
      case DATE_ASC -> new Sort(dateField(false), SortField.FIELD_SCORE, id);
    };
  }

  private static SortField dateField(boolean newestFirst) {
    SortField field = new SortField(CommuniqueSchema.DATE, SortField.Type.LONG, newestFirst);
    field.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
    return field;
  }

  /** A page of hits and the exact number of matches. */
  record Page(long total, List<SearchHit> hits) {}
}
