package dev.communique.core.search;

import dev.communique.core.highlight.SnippetHighlighter;
import dev.communique.core.schema.CommuniqueSchema;
import dev.communique.core.schema.DocumentMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.QueryBuilder;

/**
 * Runs a {@link SearchRequest} against an {@link IndexSearcher} over the communiqué schema: parses
 * the query, applies the filters, sorts, counts every match exactly, and highlights the page.
 * {@link dev.communique.core.index.CommuniqueIndex#search} uses it; use it directly only to search
 * a reader you manage yourself.
 *
 * <p>Thread-safe: one instance may serve many threads at once.
 */
public final class CommuniqueSearcher {

  private final Analyzer queryAnalyzer = CommuniqueSchema.queryAnalyzer();
  private final Analyzer phraseAnalyzer = CommuniqueSchema.phraseAnalyzer();
  private final SnippetHighlighter highlighter = new SnippetHighlighter();

  /** A searcher with the schema's query analysis. */
  public CommuniqueSearcher() {}

  /**
   * Parses a query string as {@link SearchRequest#query()} describes, without running it.
   *
   * @throws InvalidQueryException if it cannot be parsed
   */
  public Query parse(String query) {
    return new CommuniqueQueryParser(query, queryAnalyzer, phraseAnalyzer).parse();
  }

  /**
   * Runs the request.
   *
   * @throws InvalidQueryException if the query cannot be parsed
   */
  public SearchResults search(IndexSearcher searcher, SearchRequest request) throws IOException {
    Query userQuery = parse(request.query());
    Query query = filtered(userQuery, request);
    if (request.limit() == 0) {
      return new SearchResults(request, searcher.count(query), List.of());
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
    int[] docIds = Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
    List<List<String>> snippets =
        highlighter.snippets(searcher, userQuery, docIds, request.snippets());
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document doc = stored.document(page[i].doc);
      hits.add(
          new SearchHit(
              DocumentMapper.fromDocument(doc),
              page[i].score,
              snippets.get(i),
              DocumentMapper.values(doc, CommuniqueSchema.COPY_SOURCES)));
    }
    return new SearchResults(request, top.totalHits.value, hits);
  }

  private Query filtered(Query userQuery, SearchRequest request) {
    BooleanQuery.Builder builder =
        new BooleanQuery.Builder().add(userQuery, BooleanClause.Occur.MUST);
    QueryBuilder names = new QueryBuilder(queryAnalyzer);
    addAny(builder, request.speakers(), v -> phrase(names, CommuniqueSchema.SPEAKER_TEXT, v));
    addAny(
        builder,
        request.organizations(),
        v -> phrase(names, CommuniqueSchema.ORGANIZATION_TEXT, v));
    addAny(
        builder,
        request.topics(),
        v -> new TermQuery(new Term(CommuniqueSchema.TOPIC, CommuniqueSchema.keyword(v))));
    addAny(
        builder,
        request.types(),
        v -> new TermQuery(new Term(CommuniqueSchema.TYPE, CommuniqueSchema.keyword(v))));
    if (request.from() != null || request.to() != null) {
      long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
      long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
      builder.add(
          LongRange.newIntersectsQuery(
              CommuniqueSchema.DATE_RANGE, new long[] {from}, new long[] {to}),
          BooleanClause.Occur.FILTER);
    }
    if (!request.includeCopies()) {
      builder.add(
          new TermQuery(new Term(CommuniqueSchema.CANONICAL, "true")), BooleanClause.Occur.FILTER);
    }
    return builder.build();
  }

  private static Query phrase(QueryBuilder names, String field, String value) {
    Query q = names.createPhraseQuery(field, value);
    if (q == null) {
      throw new IllegalArgumentException("filter value '" + value + "' has no searchable words");
    }
    return q;
  }

  private static void addAny(
      BooleanQuery.Builder builder,
      List<String> values,
      java.util.function.Function<String, Query> toQuery) {
    if (values.isEmpty()) {
      return;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String value : values) {
      any.add(toQuery.apply(value), BooleanClause.Occur.SHOULD);
    }
    builder.add(any.build(), BooleanClause.Occur.FILTER);
  }

  private static Sort sort(SortOrder order) {
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
}
