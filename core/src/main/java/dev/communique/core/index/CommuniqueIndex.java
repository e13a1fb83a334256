package dev.communique.core.index;

import dev.communique.core.Communique;
import dev.communique.core.schema.CommuniqueSchema;
import dev.communique.core.schema.DocumentMapper;
import dev.communique.core.schema.TurnFields;
import dev.communique.core.search.CommuniqueSearcher;
import dev.communique.core.search.ExportSink;
import dev.communique.core.search.KwicRequest;
import dev.communique.core.search.KwicResults;
import dev.communique.core.search.QueryLimitException;
import dev.communique.core.search.QueryLimits;
import dev.communique.core.search.QueryVocabulary;
import dev.communique.core.search.RankRequest;
import dev.communique.core.search.Ranking;
import dev.communique.core.search.RankingProfile;
import dev.communique.core.search.SearchFilter;
import dev.communique.core.search.SearchRequest;
import dev.communique.core.search.SearchResults;
import dev.communique.core.search.SimilarRequest;
import dev.communique.core.search.TrendRequest;
import dev.communique.core.search.TrendResult;
import dev.communique.core.search.UnknownValue;
import dev.communique.core.search.ValueListing;
import dev.communique.core.search.ValuesRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.join.ToChildBlockJoinQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * A communiqué index in a local directory: the embedded default, no server needed.
 *
 * <p>Open one with {@link #open(Path)} to read and write, or {@link #openReadOnly(Path)} to search
 * an index another process may be writing. Writes are upserts by id, so re-indexing a release
 * replaces it and never duplicates it. Searches see every write made through this instance so far
 * (near-real-time), committed or not; other processes see it after {@link #commit()}.
 *
 * <p>Thread-safe: any number of threads may upsert, delete and search at once; Lucene's {@link
 * IndexWriter} takes the concurrent writes. {@link #mergeNearDuplicates(double)} and {@link
 * #commit()} may run beside them. Close it once, when no call is in flight.
 */
public final class CommuniqueIndex implements CommuniqueBackend {

  private final Path path;
  private final Directory directory;
  private final IndexWriter writer;
  private final IdRegistry ids;
  private final PathRegistry paths;
  private final ReferenceManager<IndexSearcher> searchers;
  private final CommuniqueSearcher searcher;
  private final Object mergeLock = new Object();
  private final Set<RankingProfile> profiles;
  private final Object commitLock = new Object();
  private volatile QueryLimits limits = QueryLimits.defaults();

  /** The clock query time limits are measured on: {@link System#nanoTime()} but in tests. */
  private volatile java.util.function.LongSupplier nanoClock = System::nanoTime;

  private final SourceChecksums sources;

  /**
   * The marker file of a directory whose index is being created: until the first (empty) commit, it
   * tells a rerun that the files there are an unfinished index of ours, not someone else's.
   */
  static final String CREATING = "communique-index.creating";

  private CommuniqueIndex(
      Path path,
      Directory directory,
      IndexWriter writer,
      IdRegistry ids,
      QueryVocabulary vocabulary,
      Set<RankingProfile> profiles,
      Map<String, String> userData)
      throws IOException {
    this.sources = new SourceChecksums(userData);
    this.searcher = new CommuniqueSearcher(vocabulary);
    this.profiles = Set.copyOf(profiles);
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.ids = ids;
    this.paths = ids == null ? null : ids.paths();
    SearcherFactory exactAware = CommuniqueSearcher.searcherFactory();
    this.searchers =
        writer == null
            ? new SearcherManager(directory, exactAware)
            : new SearcherManager(writer, exactAware);
  }

  /**
   * Opens the index at {@code path} for reading and writing, creating it (and its directory) if
   * there is none.
   *
   * @throws IncompatibleIndexException if the directory holds files that are not an index, or an
   *     index of another schema version
   * @throws IOException if the index is locked by another writer, or cannot be read
   */
  public static CommuniqueIndex open(Path path) throws IOException {
    return open(path, QueryVocabulary.empty());
  }

  /**
   * Opens the index at {@code path} for reading and writing, as {@link #open(Path)}, and applies
   * the vocabulary's synonyms and speaker aliases to its searches.
   */
  public static CommuniqueIndex open(Path path, QueryVocabulary vocabulary) throws IOException {
    return open(path, vocabulary, Set.of(RankingProfile.DEFAULT));
  }

  /**
   * Opens the index at {@code path} for reading and writing, as {@link #open(Path,
   * QueryVocabulary)}; a new index serves these ranking profiles (and always the default one), and
   * records them. An existing index keeps the profiles it was created with.
   *
   * @throws IncompatibleIndexException also if an existing index does not serve every one of {@code
   *     profiles}
   */
  public static CommuniqueIndex open(
      Path path, QueryVocabulary vocabulary, Set<RankingProfile> profiles) throws IOException {
    Files.createDirectories(path);
    Directory directory = FSDirectory.open(path);
    try {
      DirectoryReader base = null;
      Set<RankingProfile> served = EnumSet.of(RankingProfile.DEFAULT);
      served.addAll(profiles);
      boolean exists = DirectoryReader.indexExists(directory);
      if (exists) {
        checkVersion(path, directory);
        Set<RankingProfile> recorded = recordedProfiles(directory);
        if (!recorded.containsAll(served)) {
          throw new IncompatibleIndexException(
              "the index at "
                  + path
                  + " serves the ranking profiles "
                  + labels(recorded)
                  + ", not "
                  + labels(served)
                  + "; index into a new directory to serve them");
        }
        served = recorded;
      } else if (hasFiles(path) && !Files.exists(path.resolve(CREATING))) {
        throw new IncompatibleIndexException(
            path + " is not empty and holds no communiqué index; choose an empty directory");
      } else {
        Files.writeString(path.resolve(CREATING), "a communiqué index is being created here\n");
      }
      IndexWriterConfig config = new IndexWriterConfig(CommuniqueSchema.indexAnalyzer());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(64);
      config.setCommitOnClose(true);
      IndexWriter writer = WriterLock.open(path, directory, config);
      try {
        Map<String, String> userData = Map.of();
        if (exists) {
          base = DirectoryReader.open(directory);
          userData = base.getIndexCommit().getUserData();
        }
        CommuniqueIndex index =
            new CommuniqueIndex(
                path, directory, writer, new IdRegistry(base), vocabulary, served, userData);
        if (!exists) {
          index.commit();
          Files.deleteIfExists(path.resolve(CREATING));
        }
        return index;
      } catch (IOException | RuntimeException e) {
        if (base != null) {
          base.close();
        }
        writer.rollback();
        WriterLock.release(path);
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * Opens an existing index at {@code path} for searching only. It sees the last commit as of
   * opening and of each {@link #refresh()}.
   *
   * @throws java.nio.file.NoSuchFileException if there is no index at {@code path}
   * @throws IncompatibleIndexException if the index has another schema version
   */
  public static CommuniqueIndex openReadOnly(Path path) throws IOException {
    return openReadOnly(path, QueryVocabulary.empty());
  }

  /**
   * Opens an existing index for searching only, as {@link #openReadOnly(Path)}, and applies the
   * vocabulary's synonyms and speaker aliases to its searches.
   */
  public static CommuniqueIndex openReadOnly(Path path, QueryVocabulary vocabulary)
      throws IOException {
    if (!exists(path)) {
      throw new java.nio.file.NoSuchFileException(path.toString(), null, "no index here");
    }
    Directory directory = FSDirectory.open(path);
    try {
      checkVersion(path, directory);
      return new CommuniqueIndex(
          path, directory, null, null, vocabulary, recordedProfiles(directory), Map.of());
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** Whether {@code path} holds a committed index. */
  public static boolean exists(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return false;
    }
    try (Directory directory = FSDirectory.open(path)) {
      return DirectoryReader.indexExists(directory);
    }
  }

  /**
   * The process that is writing the index at {@code path} now, as its own record says, if that
   * process is alive: so that a reader finding few or no communiqués can tell a run in progress
   * from one that was stopped.
   */
  public static java.util.OptionalLong writingProcess(Path path) {
    return WriterLock.liveHolder(path);
  }

  private static boolean hasFiles(Path path) throws IOException {
    try (Stream<Path> entries = Files.list(path)) {
      return entries.anyMatch(
          p -> {
            String name = p.getFileName().toString();
            return !name.equals("write.lock") && !name.equals(WriterLock.PID_FILE);
          });
    }
  }

  private static void checkVersion(Path path, Directory directory) throws IOException {
    String version;
    try {
      version =
          SegmentInfos.readLatestCommit(directory).getUserData().get(CommuniqueSchema.VERSION_KEY);
    } catch (IOException | RuntimeException e) {
      throw new IncompatibleIndexException(
          "cannot read the index at "
              + path
              + " ("
              + e.getMessage()
              + "); reindex into a new directory");
    }
    if (!CommuniqueSchema.VERSION.equals(version)) {
      throw new IncompatibleIndexException(
          "the index at "
              + path
              + " has schema version "
              + (version == null ? "none" : version)
              + ", this build reads version "
              + CommuniqueSchema.VERSION
              + "; reindex into a new directory");
    }
  }

  /** The directory this index lives in. */
  public Path path() {
    return path;
  }

  /** The index directory, as text. */
  @Override
  public String location() {
    return path.toString();
  }

  /** Whether this instance can write. */
  @Override
  public boolean isWritable() {
    return writer != null;
  }

  /**
   * Adds the communiqué, or replaces the one with the same id. Until the next {@link
   * #mergeNearDuplicates(double)} it counts as its own canonical copy.
   */
  @Override
  public UpsertOutcome upsert(Communique communique) throws IOException {
    requireWritable();
    int[] signature = MinHash.signature(communique.body());
    List<Document> block =
        DocumentMapper.toBlock(communique, signature == null ? null : MinHash.toBytes(signature));
    addProfileFields(block, communique);
    addBandTerms(block, signature);
    boolean existed = ids.markLive(communique.id());
    if (existed) {
      writer.deleteDocuments(turnsOf(communique.id()));
    }
    writer.updateDocuments(new Term(CommuniqueSchema.ID, communique.id()), block);
    return existed ? UpsertOutcome.UPDATED : UpsertOutcome.ADDED;
  }

  /**
   * Deletes the communiqué with this id, if any. Copies that it stood for become visible again
   * until the next {@link #mergeNearDuplicates(double)}.
   *
   * @return whether a communiqué with this id was visible to search before the delete
   */
  @Override
  public boolean delete(String id) throws IOException {
    requireWritable();
    boolean existed = get(id).isPresent();
    writer.deleteDocuments(turnsOf(id), new Term(CommuniqueSchema.ID, id));
    ids.markDeleted(id);
    synchronized (mergeLock) {
      IndexSearcher current = acquireFresh();
      try {
        TopDocs copies =
            current.search(
                new TermQuery(new Term(CommuniqueSchema.DUPLICATE_GROUP, id)), Integer.MAX_VALUE);
        StoredFields stored = current.storedFields();
        for (var hit : copies.scoreDocs) {
          Document doc = stored.document(hit.doc);
          if (!id.equals(doc.get(CommuniqueSchema.ID))) {
            rewrite(doc, doc.get(CommuniqueSchema.ID), true, List.of());
          }
        }
      } finally {
        searchers.release(current);
      }
    }
    return existed;
  }

  /**
   * Finds near-duplicate communiqués (republished copies, the same statement under two URLs) and
   * merges each group under one canonical communiqué, which lists the sources of its copies. Dated
   * communiqués more than a week apart are never copies, so template texts such as monthly notices
   * stay apart. Search shows the canonical one with its copy count; {@link
   * SearchRequest.Builder#includeCopies} shows them all. Running it again with nothing changed
   * rewrites nothing.
   *
   * @param threshold the estimated Jaccard similarity of five-word shingles at or above which two
   *     bodies count as copies, in (0, 1]; 0.8 suits republished releases
   */
  @Override
  public DuplicateReport mergeNearDuplicates(double threshold) throws IOException {
    requireWritable();
    synchronized (mergeLock) {
      IndexSearcher current = acquireFresh();
      try {
        NearDuplicateMerger merger = new NearDuplicateMerger(threshold);
        List<NearDuplicateMerger.Entry> plan = merger.plan(current);
        int rewritten = 0;
        for (NearDuplicateMerger.Entry entry : plan) {
          if (entry.changed()) {
            Optional<Document> doc = storedDocument(current, entry.id);
            if (doc.isPresent()) {
              rewrite(doc.get(), entry.group, entry.canonical, entry.copies);
              rewritten++;
            }
          }
        }
        return new DuplicateReport(
            merger.examined(), merger.groups(), merger.merged(), merger.mergedNow(), rewritten);
      } finally {
        searchers.release(current);
      }
    }
  }

  private void rewrite(Document stored, String group, boolean canonical, List<String> copies)
      throws IOException {
    Communique communique = DocumentMapper.fromDocument(stored);
    byte[] signature = DocumentMapper.signature(stored);
    List<Document> block = DocumentMapper.toBlock(communique, group, canonical, copies, signature);
    addProfileFields(block, communique);
    addBandTerms(
        block, signature == null ? null : MinHash.fromBytes(signature, 0, signature.length));
    writer.deleteDocuments(turnsOf(communique.id()));
    writer.updateDocuments(new Term(CommuniqueSchema.ID, communique.id()), block);
  }

  /** The term on every turn of the release with this id. */
  private static Term turnsOf(String id) {
    return new Term(TurnFields.RELEASE, id);
  }

  /**
   * Makes every write so far durable and visible to other processes, with the schema version and
   * the checksum of every source recorded so far. A process killed at any moment leaves the index
   * of its last completed commit.
   */
  @Override
  public void commit() throws IOException {
    requireWritable();
    synchronized (commitLock) {
      writer.setLiveCommitData(
          sources
              .commitData(
                  Map.of(
                      CommuniqueSchema.VERSION_KEY,
                      CommuniqueSchema.VERSION,
                      CommuniqueSchema.PROFILES_KEY,
                      labels(profiles)))
              .entrySet());
      writer.commit();
    }
  }

  /** Makes recent writes (or, read-only, the latest commit) visible to search now. */
  @Override
  public void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  /** The communiqué with this id, if the index has it. */
  @Override
  public Optional<Communique> get(String id) throws IOException {
    return read(current -> storedDocument(current, id).map(DocumentMapper::fromDocument));
  }

  /** The number of communiqués in the index, copies included. */
  @Override
  public int count() throws IOException {
    return read(current -> current.count(CommuniqueSchema.isRelease()));
  }

  /**
   * Runs a search.
   *
   * @throws dev.communique.core.search.InvalidQueryException if the query cannot be parsed
   */
  @Override
  public SearchResults search(SearchRequest request) throws IOException {
    limits.checkText(request.query());
    return read(current -> searcher.search(current, request));
  }

  /**
   * Finds every occurrence of a query (words in all their forms, phrases, wildcards) in the body of
   * every matching communiqué, as keyword-in-context lines with their offsets.
   *
   * @throws dev.communique.core.search.InvalidQueryException if the query cannot be parsed
   */
  @Override
  public KwicResults kwic(KwicRequest request) throws IOException {
    limits.checkText(request.query());
    return read(current -> searcher.kwic(current, request));
  }

  /**
   * Streams every hit of a search, not just a page, in the request's sort order, to the sink: first
   * the total, then the hits one at a time, in constant memory. The request's offset and limit are
   * ignored; snippets are made only if it asks for some (set passages to 0 for none). The export
   * reads one point-in-time view of the index, whatever is written meanwhile. It runs under the
   * clause limit of {@link #setQueryLimits} but not its time limit, since it streams for as long as
   * the sink takes.
   *
   * @return the number of hits exported
   * @throws dev.communique.core.search.InvalidQueryException if the query cannot be parsed
   */
  @Override
  public long export(SearchRequest request, ExportSink sink) throws IOException {
    limits.checkText(request.query());
    return read(current -> searcher.export(current, request, sink), false);
  }

  /**
   * Counts how often a query matches per year or month, optionally per speaker, organisation, topic
   * or type, with the number of all communiqués of each period under the same filter.
   *
   * @throws dev.communique.core.search.InvalidQueryException if the query cannot be parsed
   */
  @Override
  public TrendResult trend(TrendRequest request) throws IOException {
    limits.checkText(request.query());
    return read(current -> searcher.trend(current, request));
  }

  /** Something read from one point-in-time searcher. */
  @FunctionalInterface
  private interface Read<T> {
    T from(IndexSearcher searcher) throws IOException;
  }

  /**
   * Runs a read on a fresh searcher under the query limits, always releasing it. Lucene's own
   * failures of a query (too many clauses, a cut-off search) come out as a {@link
   * QueryLimitException}.
   */
  private <T> T read(Read<T> read) throws IOException {
    return read(read, true);
  }

  /**
   * Runs a read as {@link #read(Read)}; an untimed one (an export, which streams for as long as its
   * reader takes) is bound by the clause limit only.
   */
  private <T> T read(Read<T> read, boolean timed) throws IOException {
    IndexSearcher current = acquireFresh();
    try {
      QueryLimits bounds = limits;
      LimitedSearcher limited = new LimitedSearcher(current, bounds, timed, nanoClock);
      T result;
      try {
        result = read.from(limited);
      } catch (java.io.UncheckedIOException e) {
        if (e.getCause() instanceof QueryLimitException exceeded) {
          throw exceeded;
        }
        throw e;
      } catch (IndexSearcher.TooManyClauses e) {
        throw bounds.clauseLimitExceeded();
      }
      limited.checkTime();
      return result;
    } finally {
      searchers.release(current);
    }
  }

  private IndexSearcher acquireFresh() throws IOException {
    if (writer != null) {
      searchers.maybeRefreshBlocking();
    }
    return searchers.acquire();
  }

  private static Optional<Document> storedDocument(IndexSearcher searcher, String id)
      throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(CommuniqueSchema.ID, id)), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    return Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc));
  }

  private void requireWritable() {
    if (writer == null) {
      throw new IllegalStateException("the index at " + path + " was opened read-only");
    }
  }

  /**
   * Lists the indexed values of a field with their document counts (canonical communiqués only,
   * unless the request includes copies), most frequent first.
   */
  @Override
  public ValueListing values(ValuesRequest request) throws IOException {
    return read(current -> searcher.values(current, request));
  }

  /**
   * The speaker, organisation, topic and type values of a filter that match no communiqué, each
   * with the closest indexed values to suggest; empty when every value matches something.
   */
  @Override
  public List<UnknownValue> unknownValues(SearchFilter filter) throws IOException {
    return read(current -> searcher.unknownValues(current, filter));
  }

  /**
   * The communiqués most like one in the index, within the request's filter, never the communiqué
   * itself or its near-duplicate copies.
   *
   * @throws IllegalArgumentException if no communiqué has the request's id
   */
  @Override
  public SearchResults similar(SimilarRequest request) throws IOException {
    return read(current -> searcher.similar(current, request));
  }

  /**
   * Makes the communiqués with these ids the only ones recorded from the file at {@code path}
   * ({@link Communique#path()}): deletes any other communiqué from that file, such as the same file
   * indexed earlier under another id, through another folder or a link. Call it after upserting a
   * file's communiqués; a file seen for the first time costs nothing.
   *
   * @param path the file, as {@link Communique#path()} records it; empty does nothing
   * @param keep the ids of the communiqués just written from it
   */
  @Override
  public void retainOnly(String path, Collection<String> keep) throws IOException {
    requireWritable();
    if (path == null || path.isEmpty() || !paths.markWritten(path)) {
      return;
    }
    List<BytesRef> kept = new ArrayList<>(keep.size());
    for (String id : keep) {
      kept.add(new BytesRef(id));
    }
    BooleanQuery.Builder stale = new BooleanQuery.Builder();
    stale.add(new TermQuery(new Term(CommuniqueSchema.PATH, path)), BooleanClause.Occur.FILTER);
    if (!kept.isEmpty()) {
      stale.add(new TermInSetQuery(CommuniqueSchema.ID, kept), BooleanClause.Occur.MUST_NOT);
    }
    Query releases = stale.build();
    writer.deleteDocuments(
        new ToChildBlockJoinQuery(releases, new QueryBitSetProducer(CommuniqueSchema.isRelease())),
        releases);
  }

  /** Commits pending writes (when writable) and releases the directory. */
  @Override
  public void close() throws IOException {
    try {
      searchers.close();
      if (writer != null) {
        commit();
        writer.close();
        WriterLock.release(path);
      }
      if (ids != null) {
        ids.close();
      }
    } finally {
      directory.close();
    }
  }

  /**
   * The sources of the near-duplicate copies folded into the communiqué with this id (empty when it
   * has none or is not in the index).
   */
  @Override
  public List<String> copySources(String id) throws IOException {
    return read(
        current ->
            storedDocument(current, id)
                .map(doc -> DocumentMapper.values(doc, CommuniqueSchema.COPY_SOURCES))
                .orElse(List.of()));
  }

  /** Ids in the index close to a mistyped one, closest first, at most {@code max}. */
  @Override
  public List<String> similarIds(String id, int max) throws IOException {
    return read(current -> searcher.similarIds(current, id, max));
  }

  /** The ranking profiles this index serves; always includes the default one. */
  public Set<RankingProfile> profiles() {
    return profiles;
  }

  /**
   * Ranks every communiqué, copies included, for the request's text with its profile: ids and
   * scores only, no snippets.
   *
   * @throws IllegalArgumentException if this index was not built for the request's profile
   */
  @Override
  public Ranking rank(RankRequest request) throws IOException {
    if (!profiles.contains(request.profile())) {
      throw new IllegalArgumentException(
          "the index at "
              + path
              + " serves the ranking profiles "
              + labels(profiles)
              + ", not "
              + request.profile().label()
              + "; index the collection into a new directory with --profile "
              + request.profile().label());
    }
    return read(current -> searcher.rank(current, request));
  }

  /**
   * Adds the fields the index's extra profiles rank on to the release, the block's last document.
   */
  private void addProfileFields(List<Document> block, Communique communique) {
    if (profiles.contains(RankingProfile.BM25_ANSERINI)) {
      DocumentMapper.addContents(block.get(block.size() - 1), communique);
    }
  }

  /** Adds the signature's band terms to the release, the block's last document. */
  private static void addBandTerms(List<Document> block, int[] signature) {
    if (signature == null) {
      return;
    }
    Document release = block.get(block.size() - 1);
    for (int band = 0; band < MinHash.bands(); band++) {
      release.add(
          new StringField(
              CommuniqueSchema.LSH_BAND, MinHash.bandTerm(signature, band), Field.Store.NO));
    }
  }

  /** The profiles recorded in the latest commit; the default one alone when none are. */
  private static Set<RankingProfile> recordedProfiles(Directory directory) throws IOException {
    String recorded =
        SegmentInfos.readLatestCommit(directory).getUserData().get(CommuniqueSchema.PROFILES_KEY);
    Set<RankingProfile> profiles = EnumSet.of(RankingProfile.DEFAULT);
    if (recorded != null) {
      for (String name : recorded.split(",")) {
        if (!name.isBlank()) {
          profiles.add(RankingProfile.parse(name));
        }
      }
    }
    return profiles;
  }

  private static String labels(Set<RankingProfile> profiles) {
    return profiles.stream()
        .sorted()
        .map(RankingProfile::label)
        .collect(java.util.stream.Collectors.joining(","));
  }

  /**
   * Who talks about a query: the people whose own turns match it, ranked by matching turns or
   * releases, with reporters' questions counted apart.
   *
   * @throws dev.communique.core.search.InvalidQueryException if the query cannot be parsed
   */
  @Override
  public dev.communique.core.search.WhoResult who(dev.communique.core.search.WhoRequest request)
      throws IOException {
    return read(current -> searcher.who(current, request));
  }

  /**
   * The checksum recorded for a source (a file or other unit of input, named as the caller likes)
   * when all its communiqués were written, as of the last commit or a later {@link #recordSource};
   * empty if none was recorded. A rerun compares it with the source's current checksum to skip
   * unchanged sources.
   */
  @Override
  public Optional<String> sourceChecksum(String source) {
    return sources.get(source);
  }

  /**
   * Records that every communiqué of {@code source} has been written (upserted, or found to be
   * none), with the source's checksum. Call it only after those writes; the next {@link #commit()}
   * makes the record durable together with them.
   */
  @Override
  public void recordSource(String source, String checksum) {
    requireWritable();
    sources.put(source, checksum);
  }

  /** Forgets a source's checksum, so that a rerun reads it again. */
  @Override
  public void forgetSource(String source) {
    requireWritable();
    sources.remove(source);
  }

  /**
   * Bounds every later query of this instance: its running time, the clauses it may expand to, the
   * length and nesting of its text. A query past a limit fails with a {@link QueryLimitException}.
   * Takes effect for queries that start after the call; safe to call while others search.
   */
  @Override
  public void setQueryLimits(QueryLimits value) {
    this.limits = java.util.Objects.requireNonNull(value, "limits");
  }

  /** Measures query time limits on this clock from now on; for tests that need a slow query. */
  void useClock(java.util.function.LongSupplier clock) {
    this.nanoClock = java.util.Objects.requireNonNull(clock, "clock");
  }

  /** The limits every query of this instance runs under. */
  @Override
  public QueryLimits queryLimits() {
    return limits;
  }
}
