package dev.communique.bench;

import dev.communique.core.highlight.SnippetMarkup;
import dev.communique.core.highlight.SnippetOptions;
import dev.communique.core.index.CommuniqueIndex;
import dev.communique.core.schema.CommuniqueSchema;
import dev.communique.core.search.FacetField;
import dev.communique.core.search.SearchRequest;
import dev.communique.core.search.SortOrder;
import dev.communique.indexer.Indexer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * The benchmark harness: measures indexing throughput (1 and 2 threads), warm query latency with
 * highlighting, peak memory and, given the CLI (the jar, or the {@code communique} launcher), the
 * cold CLI, each beside a baseline measured in the same run (a raw-Lucene program for the first
 * ones, {@code grep -rli} for the cold CLI). Prints a Markdown table and writes JSON.
 *
 * <p>Usage: {@code BenchmarkHarness --corpus DIR [--corpus DIR] [--out FILE] [--runs N]
 * [--max-queries N] [--threads 1,2] [--cli JAR|LAUNCHER] [--work DIR [--reuse-indexes]]}. With
 * {@code --reuse-indexes}, the indexes {@code ours-N} and {@code raw-N} a previous run left in
 * {@code --work} are measured again without indexing (no indexing rows then).
 */
public final class BenchmarkHarness {

  private static final int WARMUP_ROUNDS = 3;
  private static final int COLD_RUNS = 5;
  private static final String COLD_QUERY = "interoperability";

  private final Options options;
  private final PrintStream log;
  private final ResultTable table = new ResultTable();

  private BenchmarkHarness(Options options, PrintStream log) {
    this.options = options;
    this.log = log;
  }

  /** Runs the harness with command-line options; prints the table on standard output. */
  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(
          "usage: BenchmarkHarness --corpus DIR [--corpus DIR] [--out FILE] [--runs N]"
              + " [--max-queries N] [--threads 1,2] [--cli JAR] [--work DIR [--reuse-indexes]]");
      System.exit(2);
      return;
    }
    ResultTable table = run(options, System.err);
    System.out.print(table.markdown());
    if (options.out != null) {
      Files.writeString(
          options.out,
          table.json(
              Instant.now().toString(),
              "BenchmarkHarness " + String.join(" ", args),
              System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
              Runtime.getRuntime().availableProcessors()));
    }
  }

  /** Runs every measure and returns the table; progress goes to {@code log}. */
  static ResultTable run(Options options, PrintStream log) throws Exception {
    BenchmarkHarness harness = new BenchmarkHarness(options, log);
    Path work = options.work != null ? options.work : Files.createTempDirectory("bench");
    try {
      harness.measure(work);
    } finally {
      if (options.work == null) {
        deleteTree(work);
      }
    }
    return harness.table;
  }

  private void measure(Path work) throws Exception {
    List<Path> files = corpusFiles(options.corpora);
    long bytes = 0;
    for (Path file : files) {
      bytes += Files.size(file);
    }
    double mb = bytes / 1048576.0;
    log.printf(Locale.ROOT, "%d files, %.1f MB%n", files.size(), mb);
    Path ours = null;
    Path raw = null;
    for (int threads : options.threads) {
      ours = work.resolve("ours-" + threads);
      raw = work.resolve("raw-" + threads);
      if (options.reuseIndexes) {
        log.printf(Locale.ROOT, "reusing %s and %s%n", ours, raw);
        continue;
      }
      PeakMemory.reset();
      double oursSeconds = time(() -> indexOurs(ours(work, threads), threads));
      double oursHeap = PeakMemory.heapMb();
      double oursRss = PeakMemory.rssMb();
      PeakMemory.reset();
      Path rawPath = raw;
      double rawSeconds = time(() -> RawLuceneIndex.build(files, rawPath, threads));
      double rawHeap = PeakMemory.heapMb();
      double rawRss = PeakMemory.rssMb();
      String label = "indexing, " + threads + (threads == 1 ? " thread" : " threads");
      table.add(
          label + ", docs/s", "docs/s", files.size() / oursSeconds, files.size() / rawSeconds);
      table.add(label + ", MB/s", "MB/s", mb / oursSeconds, mb / rawSeconds);
      table.add(label + ", peak heap", "MB", oursHeap, rawHeap);
      table.add(label + ", peak RSS", "MB", oursRss, rawRss);
      log.printf(Locale.ROOT, "%s: ours %.1f s, raw %.1f s%n", label, oursSeconds, rawSeconds);
    }
    table.add("index size", "MB", directoryMb(ours), directoryMb(raw));
    measureQueries(ours, raw);
    if (options.cli != null) {
      measureColdCli(ours);
    }
  }

  private static Path ours(Path work, int threads) {
    return work.resolve("ours-" + threads);
  }

  private void indexOurs(Path target, int threads) throws IOException {
    try (CommuniqueIndex index = CommuniqueIndex.open(target)) {
      Indexer.builder(index).threads(threads).build().index(options.corpora);
    }
  }

  private void measureQueries(Path oursPath, Path rawPath) throws Exception {
    List<BenchQuery> queries = BenchQuery.bundled();
    if (options.maxQueries < queries.size()) {
      queries = queries.subList(0, options.maxQueries);
    }
    SnippetOptions snippets = new SnippetOptions(3, 160, SnippetMarkup.html());
    try (CommuniqueIndex index = CommuniqueIndex.openReadOnly(oursPath);
        DirectoryReader reader = DirectoryReader.open(FSDirectory.open(rawPath))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      UnifiedHighlighter highlighter =
          UnifiedHighlighter.builder(searcher, CommuniqueSchema.indexAnalyzer()).build();
      MultiFieldQueryParser parser =
          new MultiFieldQueryParser(
              new String[] {CommuniqueSchema.TITLE, CommuniqueSchema.BODY},
              CommuniqueSchema.queryAnalyzer(),
              Map.of(CommuniqueSchema.TITLE, 2f, CommuniqueSchema.BODY, 1f));
      parser.setDefaultOperator(QueryParser.Operator.AND);
      List<SearchRequest> requests = new ArrayList<>();
      List<Query> rawQueries = new ArrayList<>();
      for (BenchQuery query : queries) {
        requests.add(request(query, snippets));
        rawQueries.add(rawQuery(parser, query));
      }
      int rounds = WARMUP_ROUNDS + options.runs;
      double[] ourTimes = new double[options.runs * queries.size()];
      double[] rawTimes = new double[ourTimes.length];
      PeakMemory.reset();
      for (int round = 0; round < rounds; round++) {
        for (int q = 0; q < queries.size(); q++) {
          SearchRequest request = requests.get(q);
          Query query = rawQueries.get(q);
          boolean byDate = queries.get(q).byDate;
          double ourMs = time(() -> index.search(request)) * 1000;
          double rawMs = time(() -> rawSearch(searcher, highlighter, query, byDate)) * 1000;
          if (round >= WARMUP_ROUNDS) {
            int at = (round - WARMUP_ROUNDS) * queries.size() + q;
            ourTimes[at] = ourMs;
            rawTimes[at] = rawMs;
          }
        }
      }
      double heap = PeakMemory.heapMb();
      Arrays.sort(ourTimes);
      Arrays.sort(rawTimes);
      String label = queries.size() + " queries, top 10 + 3 passages, warm";
      for (double p : new double[] {0.5, 0.95, 0.99}) {
        table.add(
            label + ", p" + Math.round(p * 100),
            "ms",
            percentile(ourTimes, p),
            percentile(rawTimes, p));
      }
      table.add("searching, peak heap (both engines)", "MB", heap, heap);
    }
  }

  static SearchRequest request(BenchQuery query, SnippetOptions snippets) {
    SearchRequest.Builder builder = SearchRequest.builder(query.text).limit(10).snippets(snippets);
    if (query.from != null) {
      builder.from(query.from);
    }
    if (query.to != null) {
      builder.to(query.to);
    }
    if (query.byDate) {
      builder.sort(SortOrder.DATE_DESC);
    }
    if (query.facet != null) {
      builder.facet(FacetField.valueOf(query.facet.toUpperCase(Locale.ROOT)), 10);
    }
    return builder.build();
  }

  private static Query rawQuery(QueryParser parser, BenchQuery query) throws Exception {
    Query parsed = parser.parse(query.text);
    if (query.from == null && query.to == null) {
      return parsed;
    }
    long from = query.from == null ? Long.MIN_VALUE : query.from.toEpochDay();
    long to = query.to == null ? Long.MAX_VALUE : query.to.toEpochDay();
    return new BooleanQuery.Builder()
        .add(parsed, BooleanClause.Occur.MUST)
        .add(LongPoint.newRangeQuery(RawLuceneIndex.DATE, from, to), BooleanClause.Occur.FILTER)
        .build();
  }

  private static Object rawSearch(
      IndexSearcher searcher, UnifiedHighlighter highlighter, Query query, boolean byDate)
      throws IOException {
    TopDocs top =
        byDate
            ? searcher.search(
                query, 10, new Sort(new SortField(RawLuceneIndex.DATE, SortField.Type.LONG, true)))
            : searcher.search(query, 10);
    return highlighter.highlight(CommuniqueSchema.BODY, query, top, 3);
  }

  private void measureColdCli(Path oursPath) throws Exception {
    List<String> ours = new ArrayList<>();
    if (options.cli.toString().endsWith(".jar")) {
      ours.addAll(List.of(javaCommand(), "-jar"));
    }
    ours.addAll(
        List.of(options.cli.toString(), "search", "--index", oursPath.toString(), COLD_QUERY));
    List<String> grep = new ArrayList<>(List.of("grep", "-rli", COLD_QUERY));
    options.corpora.forEach(corpus -> grep.add(corpus.toString()));
    double[] ourTimes = new double[COLD_RUNS];
    double[] grepTimes = new double[COLD_RUNS];
    for (int i = 0; i < COLD_RUNS; i++) {
      ourTimes[i] = time(() -> runProcess(ours)) * 1000;
      grepTimes[i] = time(() -> runProcess(grep)) * 1000;
    }
    Arrays.sort(ourTimes);
    Arrays.sort(grepTimes);
    table.add(
        "cold CLI `search " + COLD_QUERY + "` vs `grep -rli`, p50 of " + COLD_RUNS,
        "ms",
        percentile(ourTimes, 0.5),
        percentile(grepTimes, 0.5));
  }

  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static Object runProcess(List<String> command) throws Exception {
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    return process.waitFor();
  }

  @FunctionalInterface
  private interface Timed {
    Object run() throws Exception;
  }

  @FunctionalInterface
  private interface TimedVoid {
    void run() throws Exception;
  }

  private static double time(Timed call) throws Exception {
    long start = System.nanoTime();
    call.run();
    return (System.nanoTime() - start) / 1e9;
  }

  private static double time(TimedVoid call) throws Exception {
    long start = System.nanoTime();
    call.run();
    return (System.nanoTime() - start) / 1e9;
  }

  static double percentile(double[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }

  private static List<Path> corpusFiles(List<Path> corpora) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path corpus : corpora) {
      try (Stream<Path> walk = Files.walk(corpus)) {
        walk.filter(Files::isRegularFile)
            .filter(BenchmarkHarness::isText)
            .sorted()
            .forEach(files::add);
      }
    }
    return files;
  }

  private static boolean isText(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return (name.endsWith(".md") || name.endsWith(".txt"))
        && !name.equals("readme.md")
        && !name.equals("license");
  }

  private static double directoryMb(Path directory) throws IOException {
    long bytes = 0;
    try (Stream<Path> walk = Files.list(directory)) {
      for (Path file : (Iterable<Path>) walk::iterator) {
        bytes += Files.size(file);
      }
    }
    return bytes / 1048576.0;
  }

  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(path);
      }
    }
  }

  /** The harness's command-line options. */
  static final class Options {
    final List<Path> corpora = new ArrayList<>();
    Path out;
    Path cli;
    Path work;
    int runs = 5;
    int maxQueries = Integer.MAX_VALUE;
    int[] threads = {1, 2};
    boolean reuseIndexes;

    static Options parse(String[] args) {
      Options options = new Options();
      for (int i = 0; i < args.length; i++) {
        String name = args[i];
        if (name.equals("--reuse-indexes")) {
          options.reuseIndexes = true;
          continue;
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("option " + name + " needs a value");
        }
        String value = args[++i];
        switch (name) {
          case "--corpus" -> options.corpora.add(Path.of(value));
          case "--out" -> options.out = Path.of(value);
          case "--cli" -> options.cli = Path.of(value);
          case "--work" -> options.work = Path.of(value);
          case "--runs" -> options.runs = positive(name, value);
          case "--max-queries" -> options.maxQueries = positive(name, value);
          case "--threads" ->
              options.threads =
                  Arrays.stream(value.split(",")).mapToInt(t -> positive(name, t)).toArray();
          default -> throw new IllegalArgumentException("unknown option " + name);
        }
      }
      if (options.reuseIndexes && options.work == null) {
        throw new IllegalArgumentException("--reuse-indexes needs --work DIR holding the indexes");
      }
      if (options.corpora.isEmpty()) {
        throw new IllegalArgumentException("give at least one --corpus DIR");
      }
      return options;
    }

    private static int positive(String name, String value) {
      try {
        int number = Integer.parseInt(value.trim());
        if (number < 1) {
          throw new NumberFormatException();
        }
        return number;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " must be a positive whole number, got " + value);
      }
    }
  }
}
