package dev.communique.solr;

import dev.communique.core.Communique;
import dev.communique.core.index.CommuniqueBackend;
import dev.communique.core.index.DuplicateReport;
import dev.communique.core.index.NearDuplicates;
import dev.communique.core.index.UpsertOutcome;
import dev.communique.core.schema.CommuniqueSchema;
import dev.communique.core.schema.DocumentMapper;
import dev.communique.core.search.CommuniqueSearcher;
import dev.communique.core.search.ExportSink;
import dev.communique.core.search.FacetField;
import dev.communique.core.search.FacetRequest;
import dev.communique.core.search.KwicRequest;
import dev.communique.core.search.KwicResults;
import dev.communique.core.search.LikeQuery;
import dev.communique.core.search.QueryLimitException;
import dev.communique.core.search.QueryLimits;
import dev.communique.core.search.QueryVocabulary;
import dev.communique.core.search.RankRequest;
import dev.communique.core.search.RankedDoc;
import dev.communique.core.search.Ranking;
import dev.communique.core.search.RankingProfile;
import dev.communique.core.search.SearchFilter;
import dev.communique.core.search.SearchHit;
import dev.communique.core.search.SearchRequest;
import dev.communique.core.search.SearchResults;
import dev.communique.core.search.SimilarRequest;
import dev.communique.core.search.SortOrder;
import dev.communique.core.search.TrendCount;
import dev.communique.core.search.TrendRequest;
import dev.communique.core.search.TrendResult;
import dev.communique.core.search.TrendRow;
import dev.communique.core.search.TrendTally;
import dev.communique.core.search.UnknownValue;
import dev.communique.core.search.ValueListing;
import dev.communique.core.search.ValuesRequest;
import dev.communique.core.search.WhoRequest;
import dev.communique.core.search.WhoResult;
import dev.communique.solr.plugin.CommuniqueFilterQParserPlugin;
import dev.communique.solr.plugin.CommuniqueLikeQParserPlugin;
import dev.communique.solr.plugin.CommuniqueQParserPlugin;
import dev.communique.solr.plugin.CommuniqueRankQParserPlugin;
import dev.communique.solr.plugin.LikeTerms;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * A communiqué collection on a SolrCloud cluster, behind the same interface as the embedded index.
 * Search, filters, sorting, facets, snippets, exports, value listings, lookups and writes are
 * answered by Solr itself: the query and filter are the embedded index's own Lucene queries, built
 * inside Solr by the project's plugin, so totals, ranking and facet counts agree with the embedded
 * index (see the README for the known differences).
 *
 * <p>Keyword in context, who talks about a query, and trends of occurrences or of what people said
 * read every match: the cluster finds the communiqués, and the embedded index's own code reads them
 * from a temporary copy ({@link MatchingSet}).
 *
 * <p>Not answered on a cluster yet, each with a one-line {@link UnsupportedOperationException}:
 * ranking by what people said ({@code --said-by} search and export), and evaluation runs with
 * another profile than the default or with feedback.
 *
 * <p>Source checksums live in a companion collection, {@code NAME-sources}, written after each
 * commit of the communiqués, so that a rerun skips unchanged sources as with the embedded index.
 *
 * <p>Thread-safe: the Solr client and the batch feeder are, and the checksums are guarded.
 */
final class SolrBackend implements CommuniqueBackend {

  private final SolrClient client;
  private final String address;
  private final String collection;
  private final QueryVocabulary vocabulary;
  private final CommuniqueSearcher parser;
  private final BatchFeeder feeder;
  private volatile QueryLimits limits = QueryLimits.defaults();
  private final Map<String, String> sources = new java.util.HashMap<>();
  private final java.util.Set<String> changedSources = new java.util.HashSet<>();
  private boolean sourcesLoaded;

  /** Whether anything was written since the last commit; {@link #close()} commits it. */
  private volatile boolean dirty;

  SolrBackend(
      SolrClient client,
      String address,
      String collection,
      QueryVocabulary vocabulary,
      BatchFeeder.Settings feeding) {
    this.client = client;
    this.address = address;
    this.collection = collection;
    this.vocabulary = vocabulary;
    this.parser = new CommuniqueSearcher(vocabulary);
    this.feeder = new BatchFeeder(client, collection, feeding);
  }

  @Override
  public String location() {
    return "collection " + collection + " at " + address;
  }

  @Override
  public boolean isWritable() {
    return true;
  }

  /**
   * Queues the communiqué for the cluster; it is sent in a batch. Solr does not say whether the id
   * was new, so every write counts as added.
   */
  @Override
  public UpsertOutcome upsert(Communique communique) throws IOException {
    dirty = true;
    feeder.add(SolrDocuments.toSolr(communique));
    return UpsertOutcome.ADDED;
  }

  @Override
  public boolean delete(String id) throws IOException {
    dirty = true;
    feeder.flush();
    boolean existed = get(id).isPresent();
    run(() -> client.deleteById(collection, id));
    // As the embedded index: the copies it stood for stand for themselves again until the next
    // near-duplicate pass.
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", CommuniqueSchema.DUPLICATE_GROUP + ":" + SolrRequests.quoted(id));
    params.set("defType", "lucene");
    walkDocuments(
        params,
        "*",
        doc -> {
          String copy = String.valueOf(doc.getFieldValue(CommuniqueSchema.ID));
          if (!copy.equals(id)) {
            feeder.add(SolrDocuments.regrouped(doc, copy, true, List.of()));
          }
        });
    feeder.flush();
    return existed;
  }

  /**
   * Runs the embedded index's near-duplicate pass ({@link NearDuplicates}) over the duplicate
   * fields of every communiqué in the collection, and sends again the communiqués whose group
   * changed. Commits first, so that the pass sees every write.
   */
  @Override
  public DuplicateReport mergeNearDuplicates(double threshold) throws IOException {
    commit();
    List<Document> stored = new ArrayList<>();
    ModifiableSolrParams params = query("", SearchFilter.builder().includeCopies(true).build());
    walkDocuments(
        params,
        String.join(",", NearDuplicates.FIELDS),
        doc -> stored.add(SolrDocuments.toLucene(doc)));
    NearDuplicates.Plan plan = NearDuplicates.plan(stored, threshold);
    if (!plan.changes().isEmpty()) {
      dirty = true;
    }
    List<NearDuplicates.Change> changes = plan.changes();
    for (int from = 0; from < changes.size(); from += 500) {
      Map<String, NearDuplicates.Change> chunk = new LinkedHashMap<>();
      for (NearDuplicates.Change change :
          changes.subList(from, Math.min(changes.size(), from + 500))) {
        chunk.put(change.id(), change);
      }
      for (SolrDocument doc : call(() -> client.getById(collection, chunk.keySet()))) {
        NearDuplicates.Change change =
            chunk.get(String.valueOf(doc.getFieldValue(CommuniqueSchema.ID)));
        feeder.add(
            SolrDocuments.regrouped(doc, change.group(), change.canonical(), change.copies()));
      }
    }
    feeder.flush();
    return plan.report();
  }

  /**
   * Sends what is queued, commits the collection, then records the source checksums: a run stopped
   * between the two reads those sources again.
   */
  @Override
  public void commit() throws IOException {
    // The checksums recorded so far belong to communiqués already queued: take them before the
    // flush, so that none recorded later is committed ahead of its communiqués.
    Map<String, String> recorded = takeChangedSources();
    feeder.flush();
    run(() -> client.commit(collection, true, true));
    writeSources(recorded);
    dirty = false;
  }

  /** Sends what is queued and makes it visible to search (a soft commit), not yet durable. */
  @Override
  public void refresh() throws IOException {
    feeder.flush();
    run(() -> client.commit(collection, true, true, true));
  }

  @Override
  public void retainOnly(String path, Collection<String> keep) throws IOException {
    if (path == null || path.isEmpty()) {
      return;
    }
    // The committed communiqués from that file that it no longer holds; usually none, so the
    // common case costs one small query and no write.
    java.util.Set<String> kept = new java.util.HashSet<>(keep);
    List<String> stale = new ArrayList<>();
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", CommuniqueSchema.PATH + ":" + SolrRequests.quoted(path));
    params.set("defType", "lucene");
    walkDocuments(
        params,
        CommuniqueSchema.ID,
        doc -> {
          String id = String.valueOf(doc.getFieldValue(CommuniqueSchema.ID));
          if (!kept.contains(id)) {
            stale.add(id);
          }
        });
    if (!stale.isEmpty()) {
      run(() -> client.deleteById(collection, stale));
    }
  }

  /**
   * The checksum recorded for a source, from the collection's companion {@code …-sources}
   * collection (read once, on first use) and the records made since.
   */
  @Override
  public Optional<String> sourceChecksum(String source) throws IOException {
    synchronized (sources) {
      loadSources();
      return Optional.ofNullable(sources.get(source));
    }
  }

  @Override
  public void recordSource(String source, String checksum) throws IOException {
    synchronized (sources) {
      loadSources();
      sources.put(source, checksum);
      changedSources.add(source);
      dirty = true;
    }
  }

  @Override
  public void forgetSource(String source) throws IOException {
    synchronized (sources) {
      loadSources();
      sources.remove(source);
      changedSources.add(source);
      dirty = true;
    }
  }

  private void loadSources() throws IOException {
    if (sourcesLoaded) {
      return;
    }
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "*:*");
    params.set("defType", "lucene");
    params.set("fl", CommuniqueSchema.ID + "," + SolrSchema.CHECKSUM);
    params.set("sort", CommuniqueSchema.ID + " asc");
    walk(
        sourcesCollection(),
        params,
        5000,
        response -> {
          for (SolrDocument doc : response.getResults()) {
            sources.putIfAbsent(
                String.valueOf(doc.getFieldValue(CommuniqueSchema.ID)),
                String.valueOf(doc.getFieldValue(SolrSchema.CHECKSUM)));
          }
        });
    sourcesLoaded = true;
  }

  /** The checksums recorded or forgotten since the last commit (null for forgotten), cleared. */
  private Map<String, String> takeChangedSources() {
    Map<String, String> changed = new java.util.HashMap<>();
    synchronized (sources) {
      for (String source : changedSources) {
        changed.put(source, sources.get(source));
      }
      changedSources.clear();
    }
    return changed;
  }

  /** Writes checksums to the sources collection, after their communiqués were committed. */
  private void writeSources(Map<String, String> changed) throws IOException {
    List<SolrInputDocument> put = new ArrayList<>();
    List<String> gone = new ArrayList<>();
    changed.forEach(
        (source, checksum) -> {
          if (checksum == null) {
            gone.add(source);
          } else {
            SolrInputDocument doc = new SolrInputDocument();
            doc.setField(CommuniqueSchema.ID, source);
            doc.setField(SolrSchema.CHECKSUM, checksum);
            put.add(doc);
          }
        });
    if (put.isEmpty() && gone.isEmpty()) {
      return;
    }
    for (int from = 0; from < put.size(); from += 1000) {
      List<SolrInputDocument> batch = put.subList(from, Math.min(put.size(), from + 1000));
      run(() -> client.add(sourcesCollection(), batch));
    }
    if (!gone.isEmpty()) {
      run(() -> client.deleteById(sourcesCollection(), gone));
    }
    run(() -> client.commit(sourcesCollection(), true, true));
  }

  private String sourcesCollection() {
    return collection + SolrSchema.SOURCES_SUFFIX;
  }

  @Override
  public List<String> writeNotes() {
    return feeder.notes();
  }

  @Override
  public int rejectedWrites() {
    return feeder.rejectedCount();
  }

  @Override
  public void setQueryLimits(QueryLimits value) {
    this.limits = java.util.Objects.requireNonNull(value, "limits");
  }

  @Override
  public QueryLimits queryLimits() {
    return limits;
  }

  @Override
  public SearchResults search(SearchRequest request) throws IOException {
    if (!request.saidBy().isEmpty()) {
      throw unsupported("searching what people said (--said-by)");
    }
    ModifiableSolrParams params = query(request.query(), request.filter());
    params.set("start", request.offset());
    params.set("rows", request.limit());
    params.set("fl", "*,score");
    params.set("sort", SolrRequests.sort(request.sort()));
    boolean highlight = request.limit() > 0 && SolrRequests.highlight(params, request.snippets());
    if (!request.facets().isEmpty()) {
      params.set("json.facet", SolrRequests.facetJson(request.facets()));
    }
    QueryResponse response = query(params);
    List<SearchHit> hits = SolrAnswers.hits(response, highlight, request.snippets());
    long total = response.getResults().getNumFound();
    return SearchResults.builder(request)
        .totalHits(total)
        .hits(hits)
        .facets(SolrAnswers.facets(response, request.facets()))
        .suggestion(suggestion(request, total))
        .build();
  }

  /**
   * "Did you mean", as the embedded index offers it: the query with its unknown words corrected
   * from the collection's own words, if that finds more communiqués with the same filter.
   */
  private String suggestion(SearchRequest request, long total) throws IOException {
    String corrected;
    try {
      corrected = parser.correction(request, total, new SolrSpelling(client, collection));
    } catch (IOException e) {
      // A configset older than its /spell handler: no suggestion, as before it existed.
      return "";
    }
    if (corrected.isEmpty()) {
      return "";
    }
    try {
      ModifiableSolrParams params = query(corrected, request.filter());
      params.set("rows", 0);
      return query(params).getResults().getNumFound() > total ? corrected : "";
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  @Override
  public long export(SearchRequest request, ExportSink sink) throws IOException {
    if (!request.saidBy().isEmpty()) {
      throw unsupported("exporting what people said (--said-by)");
    }
    long[] exported = {0};
    boolean[] begun = {false};
    ModifiableSolrParams params = query(request.query(), request.filter());
    params.set("fl", "*,score");
    params.set("sort", SolrRequests.sort(request.sort()));
    boolean highlighted = SolrRequests.highlight(params, request.snippets());
    walk(
        collection,
        params,
        500,
        response -> {
          if (!begun[0]) {
            sink.begin(response.getResults().getNumFound());
            begun[0] = true;
          }
          for (SearchHit hit : SolrAnswers.hits(response, highlighted, request.snippets())) {
            sink.accept(hit);
            exported[0]++;
          }
        });
    return exported[0];
  }

  @Override
  public ValueListing values(ValuesRequest request) throws IOException {
    ModifiableSolrParams params =
        query("", SearchFilter.builder().includeCopies(request.includeCopies()).build());
    params.set("rows", 0);
    params.set(
        "json.facet",
        SolrRequests.facetJson(List.of(FacetRequest.of(request.field(), Integer.MAX_VALUE))));
    QueryResponse response = query(params);
    return ValueListing.of(request, SolrAnswers.counts(response, 0));
  }

  /**
   * The filter values that match nothing on the cluster, each with the closest values of its field
   * there, chosen as the embedded index chooses them.
   */
  @Override
  public List<UnknownValue> unknownValues(SearchFilter filter) throws IOException {
    List<UnknownValue> unknown = new ArrayList<>();
    checkValues(FacetField.SPEAKER, filter.speakers(), SearchFilter.Builder::speaker, unknown);
    checkValues(
        FacetField.ORGANIZATION,
        filter.organizations(),
        SearchFilter.Builder::organization,
        unknown);
    checkValues(FacetField.TOPIC, filter.topics(), SearchFilter.Builder::topic, unknown);
    checkValues(FacetField.TYPE, filter.types(), SearchFilter.Builder::type, unknown);
    return unknown;
  }

  private void checkValues(
      FacetField field,
      List<String> values,
      java.util.function.BiConsumer<SearchFilter.Builder, String> add,
      List<UnknownValue> unknown)
      throws IOException {
    Map<String, Long> indexed = null;
    for (String value : values) {
      SearchFilter.Builder alone = SearchFilter.builder().includeCopies(true);
      add.accept(alone, value);
      ModifiableSolrParams params = query("", alone.build());
      params.set("rows", 0);
      if (query(params).getResults().getNumFound() > 0) {
        continue;
      }
      if (indexed == null) {
        ModifiableSolrParams all = new ModifiableSolrParams();
        all.set("q", "*:*");
        all.set("defType", "lucene");
        all.set("rows", 0);
        all.set(
            "json.facet",
            SolrRequests.facetJson(List.of(FacetRequest.of(field, Integer.MAX_VALUE))));
        indexed = SolrAnswers.counts(query(all), 0);
      }
      unknown.add(UnknownValue.of(field, value, indexed));
    }
  }

  @Override
  public Optional<Communique> get(String id) throws IOException {
    SolrDocument doc = call(() -> client.getById(collection, id));
    return doc == null ? Optional.empty() : Optional.of(SolrDocuments.fromSolr(doc));
  }

  @Override
  public List<String> copySources(String id) throws IOException {
    SolrDocument doc = call(() -> client.getById(collection, id));
    return doc == null
        ? List.of()
        : DocumentMapper.values(SolrDocuments.toLucene(doc), CommuniqueSchema.COPY_SOURCES);
  }

  @Override
  public List<String> similarIds(String id, int max) {
    return List.of();
  }

  @Override
  public int count() throws IOException {
    ModifiableSolrParams params = query("", SearchFilter.builder().includeCopies(true).build());
    params.set("rows", 0);
    return (int) query(params).getResults().getNumFound();
  }

  /**
   * Keyword in context over the communiqués the cluster matches, read by the embedded index's own
   * code from a temporary copy of them ({@link MatchingSet}): the same lines, in the same order.
   */
  @Override
  public KwicResults kwic(KwicRequest request) throws IOException {
    try (MatchingSet matches = matching(request.query(), request.filter())) {
      return matches.index().kwic(request);
    }
  }

  /**
   * Counts matches per period (and group) with JSON facets, then the filter's totals of the
   * reported groups the same way; {@link TrendTally} makes the rows as the embedded index does.
   * Occurrences, and documents in which some people said the words, are counted over a copy of the
   * matches ({@link MatchingSet}).
   */
  @Override
  public TrendResult trend(TrendRequest request) throws IOException {
    boolean saidBy = !request.saidBy().isEmpty();
    if (saidBy && request.groupBy().filter(g -> g == FacetField.SPEAKER).isPresent()) {
      // Turns per speaker, and every turn of those people as the totals: the turns are not in the
      // collection, so the whole trend is read from a copy of the communiqués the filter keeps.
      try (MatchingSet kept = matching("", request.filter())) {
        return kept.index().trend(request);
      }
    }
    String period =
        request.by() == FacetField.YEAR ? SolrSchema.FACET_YEAR : SolrSchema.TREND_MONTH;
    String group = request.groupBy().map(SolrRequests::facetField).orElse(null);
    StringBuilder json = new StringBuilder();
    json.append("{\"p\":{\"type\":\"terms\",\"field\":\"")
        .append(period)
        .append("\",\"limit\":-1,\"mincount\":1");
    if (group != null) {
      json.append(",\"facet\":{\"g\":{\"type\":\"terms\",\"field\":\"")
          .append(group)
          .append("\",\"limit\":-1,\"mincount\":1}}");
    }
    json.append("}}");
    TrendTally tally = TrendTally.of(request);
    if (saidBy || request.count() == TrendCount.OCCURRENCES) {
      // Occurrences and turns are read from a copy of the matches; the totals below are Solr's.
      try (MatchingSet matches = matching(request.query(), request.filter())) {
        for (TrendRow row : matches.index().trend(request).rows()) {
          tally.addMatches(row.start(), row.yearOnly(), row.group(), row.count());
        }
      }
    } else {
      ModifiableSolrParams matches = query(request.query(), request.filter());
      matches.set("rows", 0);
      matches.set("json.facet", json.toString());
      SolrAnswers.tallyPeriods(query(matches), group != null, tally::addMatches);
    }
    if (group == null || !tally.groups().isEmpty()) {
      ModifiableSolrParams totals = query("", request.filter());
      totals.set("rows", 0);
      totals.set("json.facet", json.toString());
      SolrAnswers.tallyPeriods(query(totals), group != null, tally::addTotal);
    }
    return tally.result();
  }

  /** What a walk does with each page. */
  private interface PageVisitor {
    void page(QueryResponse response) throws IOException;
  }

  /**
   * Walks every page of a query with a cursor, without the time limit: a walk must see every match.
   * The parameters' sort must end in the id.
   */
  private void walk(String target, ModifiableSolrParams params, int pageSize, PageVisitor visitor)
      throws IOException {
    params.remove("timeAllowed");
    params.set("rows", pageSize);
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      params.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse response = call(() -> client.query(target, params));
      visitor.page(response);
      String next = response.getNextCursorMark();
      if (next == null || next.equals(cursor)) {
        return;
      }
      cursor = next;
    }
  }

  /** What a walk over whole documents does with each. */
  private interface DocumentVisitor {
    void document(SolrDocument doc) throws IOException;
  }

  /** Walks every document a query matches, with the fields listed ({@code *}: all), in id order. */
  private void walkDocuments(ModifiableSolrParams params, String fields, DocumentVisitor visitor)
      throws IOException {
    params.set("fl", fields);
    params.set("sort", CommuniqueSchema.ID + " asc");
    walk(
        collection,
        params,
        500,
        response -> {
          for (SolrDocument doc : response.getResults()) {
            visitor.document(doc);
          }
        });
  }

  /**
   * The most communiqués {@link #matching} copies: past this, keyword in context, who and trends of
   * occurrences on a cluster refuse, rather than copy most of a large collection.
   */
  static final int MAX_MATCHING = 50_000;

  /** A temporary embedded copy of the communiqués a query and filter match on the cluster. */
  private MatchingSet matching(String query, SearchFilter filter) throws IOException {
    ModifiableSolrParams params = query(query, filter);
    params.set("rows", 0);
    long found = query(params).getResults().getNumFound();
    if (found > MAX_MATCHING) {
      throw new IllegalArgumentException(
          "this reads every match, and the query matches "
              + found
              + " communiqués on the cluster (at most "
              + MAX_MATCHING
              + "); narrow the query, the dates or the filters");
    }
    MatchingSet set = MatchingSet.create(vocabulary);
    try {
      walkDocuments(params, "*", doc -> set.index().upsert(SolrDocuments.fromSolr(doc)));
      set.index().commit();
      set.index().setQueryLimits(limits);
      return set;
    } catch (IOException | RuntimeException e) {
      set.close();
      throw e;
    }
  }

  /**
   * The communiqués most like one: the same "more like this" query as the embedded index's ({@link
   * LikeQuery}), its words chosen with the collection's document frequencies (Solr's terms
   * component, across the shards), then run and ranked by Solr without the communiqué and its
   * copies.
   *
   * @throws IllegalArgumentException if no communiqué has the request's id
   */
  @Override
  public SearchResults similar(SimilarRequest request) throws IOException {
    SolrDocument source = call(() -> client.getById(collection, request.id()));
    if (source == null) {
      throw new IllegalArgumentException("no communiqué with id '" + request.id() + "'");
    }
    Communique communique = SolrDocuments.fromSolr(source);
    Map<String, Map<String, Integer>> frequencies =
        docFreqs(LikeQuery.candidates(communique.title(), communique.body()));
    long releases = count();
    org.apache.lucene.search.Query like =
        LikeQuery.build(
            communique.title(),
            communique.body(),
            (field, word) -> frequencies.getOrDefault(field, Map.of()).getOrDefault(word, 0),
            releases,
            releases);
    SearchRequest echo = request.asSearch();
    ModifiableSolrParams params = query("", request.filter());
    params.set("q", "*");
    params.set("defType", CommuniqueLikeQParserPlugin.NAME);
    params.set(LikeTerms.PARAM, LikeTerms.encode(like));
    String group = String.valueOf(source.getFieldValue(CommuniqueSchema.DUPLICATE_GROUP));
    params.add(
        "fq",
        "{!lucene}*:* -"
            + CommuniqueSchema.ID
            + ":"
            + SolrRequests.quoted(request.id())
            + " -"
            + CommuniqueSchema.DUPLICATE_GROUP
            + ":"
            + SolrRequests.quoted(group));
    params.set("rows", request.limit());
    params.set("fl", "*,score");
    params.set("sort", SolrRequests.sort(SortOrder.RELEVANCE));
    boolean highlighted = request.limit() > 0 && SolrRequests.highlight(params, request.snippets());
    QueryResponse response = post(params);
    return SearchResults.builder(echo)
        .totalHits(response.getResults().getNumFound())
        .hits(SolrAnswers.hits(response, highlighted, request.snippets()))
        .build();
  }

  /** The document frequency of each word in its field across the collection. */
  private Map<String, Map<String, Integer>> docFreqs(Map<String, List<String>> words)
      throws IOException {
    Map<String, Map<String, Integer>> frequencies = new java.util.HashMap<>();
    for (Map.Entry<String, List<String>> field : words.entrySet()) {
      Map<String, Integer> counts = new java.util.HashMap<>();
      frequencies.put(field.getKey(), counts);
      if (field.getValue().isEmpty()) {
        continue;
      }
      ModifiableSolrParams params = new ModifiableSolrParams();
      params.set("terms", true);
      params.set("terms.fl", field.getKey());
      params.set("terms.list", String.join(",", field.getValue()));
      params.set("terms.limit", -1);
      org.apache.solr.client.solrj.request.QueryRequest terms =
          new org.apache.solr.client.solrj.request.QueryRequest(
              params, org.apache.solr.client.solrj.SolrRequest.METHOD.POST);
      terms.setPath("/terms");
      QueryResponse response = call(() -> terms.process(client, collection));
      if (response.getTermsResponse() == null) {
        continue;
      }
      var found = response.getTermsResponse().getTerms(field.getKey());
      if (found != null) {
        for (var term : found) {
          counts.put(term.getTerm(), (int) term.getFrequency());
        }
      }
    }
    return frequencies;
  }

  /**
   * Ranks for an evaluation run with the embedded index's own ranking query, built inside Solr
   * ({@link CommuniqueRankQParserPlugin}) and ranked by Solr: ids and scores, no snippets.
   */
  @Override
  public Ranking rank(RankRequest request) throws IOException {
    if (request.profile() != RankingProfile.DEFAULT) {
      throw unsupported("the " + request.profile().label() + " ranking profile");
    }
    if (request.feedback() != null) {
      throw unsupported("ranking with pseudo-relevance feedback (--rm3)");
    }
    if (parser.rankingQuery(request) == null) {
      return Ranking.of(request, List.of());
    }
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "*");
    params.set("defType", CommuniqueRankQParserPlugin.NAME);
    params.set(CommuniqueRankQParserPlugin.TEXT, request.text());
    params.set(CommuniqueRankQParserPlugin.PROXIMITY, request.proximity());
    params.set("rows", request.depth());
    params.set("fl", CommuniqueSchema.ID + ",score");
    params.set("sort", SolrRequests.sort(SortOrder.RELEVANCE));
    QueryResponse response = post(params);
    List<RankedDoc> docs = new ArrayList<>();
    for (SolrDocument doc : response.getResults()) {
      String id = String.valueOf(doc.getFieldValue(CommuniqueSchema.ID));
      if (!id.equals(request.excludeId())) {
        docs.add(RankedDoc.of(id, ((Number) doc.getFieldValue("score")).floatValue()));
      }
    }
    return Ranking.of(request, docs);
  }

  /** Who talks about a query, counted over the turns of the communiqués the cluster matches. */
  @Override
  public WhoResult who(WhoRequest request) throws IOException {
    try (MatchingSet matches = matching(request.query(), request.filter())) {
      return matches.index().who(request);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (dirty) {
        commit();
      }
    } finally {
      feeder.close();
      client.close();
    }
  }

  @Override
  public String toString() {
    return "SolrBackend[" + location() + "]";
  }

  /**
   * The query and filter parameters: parsed here first, so a bad query fails as it does locally.
   */
  private ModifiableSolrParams query(String text, SearchFilter filter) throws IOException {
    limits.checkText(text);
    parser.parse(text);
    parser.filter(filter);
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", text.isBlank() ? "*:*" : text);
    params.set("defType", "communique");
    params.set("fq", "{!" + CommuniqueFilterQParserPlugin.NAME + "}");
    String p = CommuniqueFilterQParserPlugin.PREFIX;
    filter.speakers().forEach(v -> params.add(p + "speaker", v));
    filter.organizations().forEach(v -> params.add(p + "org", v));
    filter.topics().forEach(v -> params.add(p + "topic", v));
    filter.types().forEach(v -> params.add(p + "type", v));
    if (filter.from() != null) {
      params.set(p + "from", filter.from().toString());
    }
    if (filter.to() != null) {
      params.set(p + "to", filter.to().toString());
    }
    params.set(p + "copies", filter.includeCopies());
    params.set("timeAllowed", Long.toString(limits.timeout().toMillis()));
    params.set(CommuniqueQParserPlugin.MAX_CLAUSES, limits.maxClauses());
    return params;
  }

  /** Runs a query on the collection as a POST, for parameters too long for a URL. */
  private QueryResponse post(ModifiableSolrParams params) throws IOException {
    return call(
        () ->
            new org.apache.solr.client.solrj.request.QueryRequest(
                    params, org.apache.solr.client.solrj.SolrRequest.METHOD.POST)
                .process(client, collection));
  }

  /**
   * Runs a query on the collection.
   *
   * @throws QueryLimitException if Solr stopped it at the time limit and answered in part
   */
  private QueryResponse query(ModifiableSolrParams params) throws IOException {
    QueryResponse response = call(() -> client.query(collection, params));
    Object partial =
        response.getHeader() == null ? null : response.getHeader().get("partialResults");
    if (Boolean.TRUE.equals(partial) || "true".equals(String.valueOf(partial))) {
      throw new QueryLimitException(
          QueryLimitException.Limit.TIME,
          "the query ran longer than "
              + limits.timeout().toMillis()
              + " ms and was stopped; make it more specific (the limit is set by --timeout)");
    }
    return response;
  }

  private UnsupportedOperationException unsupported(String what) {
    return new UnsupportedOperationException(
        what + " is not available on a SolrCloud collection yet; use the embedded index");
  }

  interface SolrCall<T> {
    T call() throws SolrServerException, IOException;
  }

  private <T> T call(SolrCall<T> call) throws IOException {
    try {
      return call.call();
    } catch (SolrServerException e) {
      throw clauseLimit(e)
          .orElseGet(
              () ->
                  new IOException(
                      "Solr (" + location() + ") did not answer: " + BatchFeeder.firstLine(e), e));
    } catch (org.apache.solr.common.SolrException e) {
      throw clauseLimit(e)
          .orElseGet(
              () -> new IOException("Solr (" + location() + "): " + BatchFeeder.firstLine(e), e));
    }
  }

  /**
   * The plugin's refusal of a query past {@code --max-clauses}, found anywhere in a failure, as the
   * same one-line error the embedded index gives.
   */
  private static Optional<IOException> clauseLimit(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      int at = message.indexOf(QueryLimits.CLAUSE_LIMIT_MESSAGE);
      if (at >= 0) {
        return Optional.of(
            new QueryLimitException(
                QueryLimitException.Limit.CLAUSES,
                message.substring(at).lines().findFirst().orElse(message)));
      }
    }
    return Optional.empty();
  }

  private void run(SolrCall<?> call) throws IOException {
    call(call);
  }
}
