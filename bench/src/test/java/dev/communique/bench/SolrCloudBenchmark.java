package dev.communique.bench;

import dev.communique.core.highlight.SnippetMarkup;
import dev.communique.core.highlight.SnippetOptions;
import dev.communique.core.index.CommuniqueBackend;
import dev.communique.core.index.CommuniqueIndex;
import dev.communique.core.search.QueryVocabulary;
import dev.communique.core.search.SearchRequest;
import dev.communique.indexer.Indexer;
import dev.communique.solr.SolrProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * Indexing throughput and query latency of a 2-node SolrCloud collection (2 shards, 2 replicas, on
 * this machine) beside the embedded index, measured in the same run over the same slice of a corpus
 * and the harness's query set. Both run the same indexer; only the backend differs. The cluster
 * shares the machine with the client, so read the figures as overhead, not as scale.
 *
 * <pre>
 * mvn -B -ntp -q -pl bench exec:java@solr-benchmark -Dexec.args="--corpus ../shared/corpora/wh-briefings --docs 2000"
 * </pre>
 */
public final class SolrCloudBenchmark {

  private SolrCloudBenchmark() {}

  /** Runs the benchmark and prints its table as Markdown. */
  public static void main(String[] args) throws Exception {
    Path corpus = Path.of("../shared/corpora/wh-briefings");
    int docs = 2000;
    int runs = 5;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--corpus" -> corpus = Path.of(args[i + 1]);
        case "--docs" -> docs = Integer.parseInt(args[i + 1]);
        case "--runs" -> runs = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Path work = Files.createTempDirectory("communique-solr-bench");
    Path slice = slice(corpus, work.resolve("slice"), docs);
    Path warm = slice(corpus, work.resolve("warm"), 200);
    ResultTable table = new ResultTable();
    MiniSolrCloudCluster cluster =
        new MiniSolrCloudCluster.Builder(2, Files.createDirectory(work.resolve("cloud"))).build();
    try {
      String urls =
          String.join(
              ",",
              cluster.getJettySolrRunners().stream()
                  .map(JettySolrRunner::getBaseUrl)
                  .map(Object::toString)
                  .toList());
      SolrProvider provider = new SolrProvider();
      provider.setup(urls, "warm", 2, 2, QueryVocabulary.empty());
      provider.setup(urls, "bench", 2, 2, QueryVocabulary.empty());
      try (CommuniqueBackend solrWarm = provider.connect(urls, "warm", QueryVocabulary.empty());
          CommuniqueIndex embeddedWarm = CommuniqueIndex.open(work.resolve("warm-index"))) {
        index(solrWarm, warm);
        index(embeddedWarm, warm);
      }
      int files = count(slice);
      double embeddedSeconds;
      double solrSeconds;
      Path embeddedPath = work.resolve("index");
      try (CommuniqueIndex embedded = CommuniqueIndex.open(embeddedPath)) {
        embeddedSeconds = index(embedded, slice);
      }
      try (CommuniqueBackend solr = provider.connect(urls, "bench", QueryVocabulary.empty())) {
        solrSeconds = index(solr, slice);
      }
      table.add(
          "indexing " + files + " files, 2 threads, docs/s",
          "docs/s",
          files / solrSeconds,
          files / embeddedSeconds);
      List<BenchQuery> queries = BenchQuery.bundled();
      SnippetOptions snippets = new SnippetOptions(3, 160, SnippetMarkup.html());
      List<SearchRequest> requests = new ArrayList<>();
      for (BenchQuery query : queries) {
        requests.add(BenchmarkHarness.request(query, snippets));
      }
      double[] solrTimes = new double[runs * requests.size()];
      double[] embeddedTimes = new double[solrTimes.length];
      try (CommuniqueIndex embedded = CommuniqueIndex.openReadOnly(embeddedPath);
          CommuniqueBackend solr = provider.connect(urls, "bench", QueryVocabulary.empty())) {
        for (int round = -1; round < runs; round++) {
          for (int q = 0; q < requests.size(); q++) {
            SearchRequest request = requests.get(q);
            long start = System.nanoTime();
            solr.search(request);
            double solrMs = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            embedded.search(request);
            double embeddedMs = (System.nanoTime() - start) / 1e6;
            if (round >= 0) {
              solrTimes[round * requests.size() + q] = solrMs;
              embeddedTimes[round * requests.size() + q] = embeddedMs;
            }
          }
        }
      }
      Arrays.sort(solrTimes);
      Arrays.sort(embeddedTimes);
      for (double p : new double[] {0.5, 0.99}) {
        table.add(
            requests.size() + " queries, top 10 + 3 passages, warm, p" + Math.round(p * 100),
            "ms",
            BenchmarkHarness.percentile(solrTimes, p),
            BenchmarkHarness.percentile(embeddedTimes, p));
      }
    } finally {
      cluster.shutdown();
      BenchmarkHarness.deleteTree(work);
    }
    System.out.println();
    System.out.println(
        "SolrCloud (2 nodes, 2 shards x 2 replicas, this machine) as \"ours\", the embedded index as"
            + " the baseline:");
    System.out.println(table.markdown());
    // Solr's client and server threads linger after the cluster stops; the table is all we need.
    System.exit(0);
  }

  private static double index(CommuniqueBackend backend, Path files) throws Exception {
    long start = System.nanoTime();
    Indexer.builder(backend).threads(2).build().index(List.of(files));
    return (System.nanoTime() - start) / 1e9;
  }

  private static int count(Path dir) throws Exception {
    try (Stream<Path> walk = Files.walk(dir)) {
      return (int) walk.filter(Files::isRegularFile).count();
    }
  }

  /**
   * Markdown files evenly spaced through the corpus, so that every kind and year is in the slice.
   */
  private static Path slice(Path corpus, Path target, int size) throws Exception {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".md"))
              .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
              .sorted()
              .toList();
    }
    int count = Math.min(size, files.size());
    for (int k = 0; k < count; k++) {
      Path file = files.get((int) ((long) k * files.size() / count));
      Path copy = target.resolve(corpus.relativize(file).toString());
      Files.createDirectories(copy.getParent());
      Files.copy(file, copy);
    }
    return target;
  }
}
