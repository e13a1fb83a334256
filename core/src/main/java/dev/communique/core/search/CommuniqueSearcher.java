package dev.communique.core.search;

import dev.communique.core.schema.CommuniqueSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * Runs requests against a Lucene {@link IndexSearcher} over the communiqué schema. Each request is
 * first compiled into a query and a filter ({@link QueryCompiler}); consumers then read that: the
 * page of hits, facet counts, and so on. {@link dev.communique.core.index.CommuniqueIndex} uses it;
 * use it directly only to search a reader you manage yourself.
 *
 * <p>Thread-safe: one instance may serve many threads at once.
 */
public final class CommuniqueSearcher {

  /** Below this many hits, a search looks for a spelling correction of its query. */
  static final int SUGGEST_BELOW = 3;

  private final QueryCompiler compiler;
  private final QueryVocabulary vocabulary;
  private final HitPage hitPage = new HitPage();
  private final FacetCounter facets = new FacetCounter();
  private final SimilarFinder similar = new SimilarFinder();
  private final KwicCollector kwic = new KwicCollector();
  private final HitExport export = new HitExport(hitPage);
  private final TrendCounter trends = new TrendCounter();
  private final SpellingSuggester speller = new SpellingSuggester();
  private final Ranker ranker = new Ranker();
  private final TurnSearch turnSearch = new TurnSearch();
  private final WhoCounter who = new WhoCounter();

  /** A searcher with the schema's query analysis. */
  public CommuniqueSearcher() {
    this(QueryVocabulary.empty());
  }

  /** A searcher that also applies this vocabulary's synonyms and speaker aliases. */
  public CommuniqueSearcher(QueryVocabulary vocabulary) {
    this.compiler = new QueryCompiler(vocabulary);
    this.vocabulary = vocabulary;
  }

  /**
   * Parses a query string as {@link SearchRequest#query()} describes, without running it.
   *
   * @throws InvalidQueryException if it cannot be parsed
   */
  public Query parse(String query) {
    return compiler.parse(query);
  }

  /**
   * The filter of a search as one query: its speakers, organisations, topics, types and dates, and
   * releases only (canonical ones unless it includes copies). What another engine filters with to
   * keep exactly the communiqués the embedded index keeps.
   *
   * @throws IllegalArgumentException if a filter value has no searchable words
   */
  public Query filter(SearchFilter filter) {
    return compiler.filter(filter);
  }

  /**
   * Runs the request: the page of hits, the exact total, and the facets asked for.
   *
   * @throws InvalidQueryException if the query cannot be parsed
   */
  public SearchResults search(IndexSearcher searcher, SearchRequest request) throws IOException {
    if (!request.saidBy().isEmpty()) {
      return saidBy(searcher, request);
    }
    CompiledQuery compiled = compiler.compile(request.query(), request.filter());
    HitPage.Page page = hitPage.collect(searcher, compiled, request);
    List<FacetResult> counted = facets.count(searcher, compiled, request.facets());
    String suggestion = suggestion(searcher, request, page.total());
    return new SearchResults(request, page.total(), page.hits(), counted, suggestion);
  }

  /**
   * The longest query spelling is corrected for: checking every word of a long query costs a fuzzy
   * term walk each, outside the query's time limit, and long queries are seldom misspelt searches.
   */
  private static final int SUGGEST_MAX_LENGTH = 200;

  /**
   * The request's query with unknown words corrected, if that query finds more than {@code total}
   * communiqués with the same filter; else empty.
   */
  private String suggestion(IndexSearcher searcher, SearchRequest request, long total)
      throws IOException {
    String corrected =
        correction(request, total, SpellingSuggester.lookup(searcher.getIndexReader()));
    if (corrected.isEmpty()) {
      return "";
    }
    try {
      CompiledQuery better = compiler.compile(corrected, request.filter());
      return searcher.count(better.combined()) > total ? corrected : "";
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /**
   * "Did you mean", for this index or another engine: the request's query with its unknown words
   * corrected, asking {@code lookup} about each word, when the search found fewer than three
   * communiqués and the query is short enough; else empty. It is offered only if the corrected
   * query, with the same filter, finds more than {@code total}: the embedded index checks that
   * here, another engine with a count of its own.
   */
  public String correction(SearchRequest request, long total, SpellingLookup lookup)
      throws IOException {
    if (total >= SUGGEST_BELOW
        || request.query().isBlank()
        || request.query().length() > SUGGEST_MAX_LENGTH) {
      return "";
    }
    String corrected = speller.suggest(lookup, request.query(), vocabulary);
    return corrected.equals(request.query()) ? "" : corrected;
  }

  /**
   * Ids in the index close to a mistyped one, closest first, at most {@code max}: for "did you
   * mean" when an id is not found.
   */
  public List<String> similarIds(IndexSearcher searcher, String id, int max) throws IOException {
    return speller.similarIds(searcher.getIndexReader(), id, max);
  }

  /** Every value of a field with its document count, as the request asks. */
  public ValueListing values(IndexSearcher searcher, ValuesRequest request) throws IOException {
    Query scope =
        request.includeCopies()
            ? CommuniqueSchema.isRelease()
            : new TermQuery(CommuniqueSchema.canonicalTerm());
    Map<String, Long> counts =
        facets.countAll(searcher, scope, Set.of(request.field())).get(request.field());
    return ValueListing.of(request, counts);
  }

  /**
   * The speaker, organisation, topic and type values of a filter that on their own match no
   * communiqué (copies included), each with up to three close indexed values to suggest; empty when
   * every value matches something.
   */
  public List<UnknownValue> unknownValues(IndexSearcher searcher, SearchFilter filter)
      throws IOException {
    List<UnknownValue> unknown = new ArrayList<>();
    Map<FacetField, Map<String, Long>> candidates = new EnumMap<>(FacetField.class);
    checkValues(
        searcher,
        FacetField.SPEAKER,
        filter.speakers(),
        SearchFilter.Builder::speaker,
        candidates,
        unknown);
    checkValues(
        searcher,
        FacetField.ORGANIZATION,
        filter.organizations(),
        SearchFilter.Builder::organization,
        candidates,
        unknown);
    checkValues(
        searcher,
        FacetField.TOPIC,
        filter.topics(),
        SearchFilter.Builder::topic,
        candidates,
        unknown);
    checkValues(
        searcher, FacetField.TYPE, filter.types(), SearchFilter.Builder::type, candidates, unknown);
    return unknown;
  }

  private void checkValues(
      IndexSearcher searcher,
      FacetField field,
      List<String> values,
      BiConsumer<SearchFilter.Builder, String> add,
      Map<FacetField, Map<String, Long>> candidates,
      List<UnknownValue> unknown)
      throws IOException {
    for (String value : values) {
      SearchFilter.Builder alone = SearchFilter.builder().includeCopies(true);
      add.accept(alone, value);
      if (searcher.count(compiler.filter(alone.build())) > 0) {
        continue;
      }
      Map<String, Long> indexed = candidates.get(field);
      if (indexed == null) {
        indexed = facets.countAll(searcher, new MatchAllDocsQuery(), Set.of(field)).get(field);
        candidates.put(field, indexed);
      }
      unknown.add(UnknownValue.of(field, value, indexed));
    }
  }

  /**
   * The communiqués most like the one the request names, within its filter, best first, with
   * snippets; never the communiqué itself or its near-duplicate copies. The results' request has an
   * empty query and the request's filter, limit and snippet options.
   *
   * @throws IllegalArgumentException if no communiqué has the id
   */
  public SearchResults similar(IndexSearcher searcher, SimilarRequest request) throws IOException {
    SimilarFinder.Source source = similar.source(searcher, request.id());
    Query like = similar.like(searcher, source);
    CompiledQuery compiled =
        new CompiledQuery(
            like, SimilarFinder.excludingGroup(compiler.filter(request.filter()), source));
    SearchRequest echo = request.asSearch();
    Query query = compiled.combined();
    if (request.limit() == 0) {
      return new SearchResults(echo, searcher.count(query), List.of(), List.of());
    }
    TopDocs top =
        searcher.search(
            query, new TopScoreDocCollectorManager(request.limit(), null, Integer.MAX_VALUE));
    ScoreDoc[] page = top.scoreDocs;
    return new SearchResults(
        echo,
        top.totalHits.value,
        hitPage.hits(searcher, compiled, page, request.snippets(), false),
        List.of());
  }

  /**
   * Finds every occurrence of the request's query in the body of every matching communiqué, as
   * keyword-in-context lines.
   *
   * @throws InvalidQueryException if the query cannot be parsed
   */
  public KwicResults kwic(IndexSearcher searcher, KwicRequest request) throws IOException {
    if (!request.saidBy().isEmpty()) {
      CompiledQuery compiled = compiler.compile(request.query(), request.filter());
      Query turns = compiler.turns(request.query(), request.saidBy());
      CompiledQuery inTurns =
          new CompiledQuery(compiled.user(), turnSearch.withTurns(compiled.filter(), turns));
      var speakers = compiler.speakerKeys(request.saidBy());
      return kwic.collect(searcher, inTurns, request, next -> TurnSpans.within(speakers, next));
    }
    return kwic.collect(searcher, compiler.compile(request.query(), request.filter()), request);
  }

  /**
   * Streams every hit of the request (its offset and limit are ignored) in its sort order to the
   * sink, and returns how many there were. Snippets are made only if the request asks for some.
   * With {@link SearchRequest#saidBy()}, each hit carries its matching turns, as in a search.
   *
   * @throws InvalidQueryException if the query cannot be parsed
   */
  public long export(IndexSearcher searcher, SearchRequest request, ExportSink sink)
      throws IOException {
    if (request.saidBy().isEmpty()) {
      return export.export(
          searcher, compiler.compile(request.query(), request.filter()), request, sink);
    }
    return export.export(
        searcher,
        turnSearch.compile(compiler, request),
        request,
        sink,
        (s, chunk) -> turnSearch.hits(s, compiler, request, chunk));
  }

  /**
   * Counts a query's matches over time, with the totals they are a share of.
   *
   * @throws InvalidQueryException if the query cannot be parsed
   * @throws IllegalArgumentException if a filter value has no searchable words, or the trend spans
   *     too many periods
   */
  public TrendResult trend(IndexSearcher searcher, TrendRequest request) throws IOException {
    if (!request.saidBy().isEmpty()) {
      return saidByTrend(searcher, request);
    }
    return trends.trend(searcher, compiler.compile(request.query(), request.filter()), request);
  }

  /**
   * Ranks every document for the request's text with its profile, ids and scores only, for an
   * evaluation run. The caller checks that the index serves the profile.
   */
  public Ranking rank(IndexSearcher searcher, RankRequest request) throws IOException {
    return ranker.rank(searcher, request);
  }

  /**
   * The query a ranking with the default profile and no feedback runs, so that another engine ranks
   * exactly as the embedded index does; {@code null} when the text has no searchable words.
   *
   * @throws IllegalArgumentException for another profile or with feedback
   */
  public Query rankingQuery(RankRequest request) {
    return ranker.defaultQuery(request);
  }

  /**
   * The factory of the searchers to pass to this class: their BM25 statistics of the title and body
   * count each token once, though the index holds an exact copy beside each stem.
   */
  public static SearcherFactory searcherFactory() {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
        return new ExactAwareSearcher(reader);
      }
    };
  }

  /**
   * A search restricted to what the request's people said ({@link SearchRequest#saidBy()}): hits
   * rank by their best-matching turn and list every matching turn.
   */
  private SearchResults saidBy(IndexSearcher searcher, SearchRequest request) throws IOException {
    HitPage.Page page = turnSearch.collect(searcher, compiler, request);
    List<FacetResult> counted =
        facets.count(searcher, turnSearch.compile(compiler, request), request.facets());
    return new SearchResults(request, page.total(), page.hits(), counted, "");
  }

  /**
   * Who talks about the request's query: the speakers of the turns that match it, with counts,
   * reporters' questions apart.
   *
   * @throws InvalidQueryException if the query cannot be parsed
   */
  public WhoResult who(IndexSearcher searcher, WhoRequest request) throws IOException {
    return who.count(searcher, compiler, turnSearch.releases(), request);
  }

  /**
   * A trend of what some people said: releases in which one of their turns matches, or, grouped by
   * speaker, their matching turns, each against all their turns of the period.
   */
  private TrendResult saidByTrend(IndexSearcher searcher, TrendRequest request) throws IOException {
    if (request.count() == TrendCount.OCCURRENCES) {
      throw new IllegalArgumentException(
          "a trend of what some people said counts documents or, grouped by speaker, turns;"
              + " not occurrences");
    }
    if (request.groupBy().filter(g -> g == FacetField.SPEAKER).isPresent()) {
      Query filter = compiler.filter(request.filter());
      Query words = compiler.turns(request.query(), request.saidBy());
      Query all = compiler.turns("", request.saidBy());
      return trends.trend(
          searcher,
          new CompiledQuery(
              turnSearch.underReleases(words, filter), turnSearch.underReleases(all, filter)),
          request,
          dev.communique.core.schema.TurnFields.SPEAKER);
    }
    SearchRequest search =
        SearchRequest.builder(request.query())
            .filter(request.filter())
            .saidBy(request.saidBy().toArray(String[]::new))
            .build();
    return trends.trend(searcher, turnSearch.compile(compiler, search), request);
  }
}
