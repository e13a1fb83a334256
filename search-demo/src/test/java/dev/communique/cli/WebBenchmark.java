package dev.communique.cli;

import dev.communique.core.highlight.SnippetMarkup;
import dev.communique.core.highlight.SnippetOptions;
import dev.communique.core.index.CommuniqueBackend;
import dev.communique.core.index.CommuniqueIndex;
import dev.communique.core.search.FacetField;
import dev.communique.core.search.SearchRequest;
import dev.communique.indexer.extract.QueryVocabularies;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measures the web page over an index, warm, in one run: the in-process search the page's first
 * request asks for, the same request through {@code /api/search} over HTTP, and the time from
 * opening the page in headless Chromium to its results being rendered. Prints a table. Run with
 *
 * <pre>
 * mvn -B -ntp -q -pl search-demo exec:java@web-benchmark -Dexec.args="--index DIR [--rounds N] [--pages N]"
 * </pre>
 *
 * <p>The queries are the topics of the communiqué test collection ({@code
 * data/eval/communique-topics.tsv}), written for the White House corpus. A program: one run, on one
 * thread.
 */
public final class WebBenchmark {

  private static final List<FacetField> FACETS =
      List.of(
          FacetField.YEAR,
          FacetField.ORGANIZATION,
          FacetField.SPEAKER,
          FacetField.TOPIC,
          FacetField.TYPE);

  private WebBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path index = null;
    int rounds = 5;
    int pages = 50;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--index" -> index = Path.of(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--pages" -> pages = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
      }
    }
    if (index == null) {
      throw new IllegalArgumentException(
          "--index DIR is required (build it with communique index)");
    }
    List<String> queries = topics();
    Path scratch = Files.createTempDirectory("communique-web-bench");
    try (CommuniqueBackend backend =
            CommuniqueIndex.openReadOnly(index, QueryVocabularies.bundled());
        WebServer server =
            WebServer.start(
                Workspace.current(),
                backend,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                4)) {
      // Warm both paths before measuring.
      for (int r = 0; r < 2; r++) {
        for (String q : queries) {
          backend.search(request(q));
          api(server.address(), q, null);
        }
      }
      // What the server's own Server-Timing header says each answer took.
      List<Double> serverTimes = new ArrayList<>();
      List<Double> inProcess = new ArrayList<>();
      List<Double> overHttp = new ArrayList<>();
      for (int r = 0; r < rounds; r++) {
        for (String q : queries) {
          boolean apiFirst = (r + q.length()) % 2 == 0;
          if (apiFirst) {
            overHttp.add(time(() -> api(server.address(), q, serverTimes)));
          }
          inProcess.add(time(() -> backend.search(request(q))));
          if (!apiFirst) {
            overHttp.add(time(() -> api(server.address(), q, serverTimes)));
          }
        }
      }
      List<Double> renders = new ArrayList<>();
      try (BrowserSession browser = BrowserSession.start(scratch)) {
        for (int i = 0; i < Math.min(pages, queries.size()) + 5; i++) {
          String q = queries.get(i % queries.size());
          browser.open(server.address() + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
          double ms =
              ((Number)
                      browser.script(
                          "return performance.getEntriesByName('communique-rendered')[0]"
                              + ".startTime;"))
                  .doubleValue();
          if (i >= 5) {
            renders.add(ms);
          }
        }
      }
      System.out.printf(
          Locale.ROOT,
          "index: %s (%d communiqués); %d queries x %d rounds; %d page loads%n%n",
          index,
          backend.count(),
          queries.size(),
          rounds,
          renders.size());
      System.out.printf(
          Locale.ROOT,
          "| %-52s | %8s | %8s | %8s | %8s |%n",
          "measure (ms)",
          "p50",
          "p90",
          "p99",
          "mean");
      System.out.println("|" + "-".repeat(54) + "|" + "----------|".repeat(4));
      row("in-process search (CommuniqueIndex.search)", inProcess);
      row("GET /api/search over HTTP (same request)", overHttp);
      row("  of which in the server (its Server-Timing header)", serverTimes);
      row("page: navigation start to results rendered", renders);
      System.out.printf(
          Locale.ROOT,
          "%nAPI p50 minus in-process p50: %.2f ms%n",
          percentile(overHttp, 50) - percentile(inProcess, 50));
    }
  }

  /** The request the page's first search makes: a page of 10, two passages, five facets. */
  private static SearchRequest request(String q) {
    SearchRequest.Builder b =
        SearchRequest.builder(q)
            .limit(10)
            .offset(0)
            .snippets(new SnippetOptions(2, 160, SnippetMarkup.html()));
    FACETS.forEach(f -> b.facet(f, 8));
    return b.build();
  }

  /**
   * GETs the page's first search request and reads the whole answer, over a kept-alive connection
   * ({@link java.net.HttpURLConnection}, the JDK's plainest client).
   */
  private static void api(URI page, String q, List<Double> serverTimes) throws IOException {
    URI uri =
        page.resolve(
            "api/search?q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8)
                + "&sort=relevance&limit=10&offset=0&passages=2&facets="
                + "year,organization,speaker,topic,type&facet-limit=8&markup=html");
    java.net.HttpURLConnection c = (java.net.HttpURLConnection) uri.toURL().openConnection();
    int status = c.getResponseCode();
    byte[] body;
    // Read whole and closed, so that the connection is kept alive for the next request.
    try (java.io.InputStream in = status == 200 ? c.getInputStream() : c.getErrorStream()) {
      body = in.readAllBytes();
    }
    if (status != 200) {
      throw new IllegalStateException(q + ": " + new String(body, StandardCharsets.UTF_8));
    }
    if (serverTimes != null) {
      String timing = c.getHeaderField("Server-Timing");
      serverTimes.add(Double.parseDouble(timing.substring(timing.indexOf('=') + 1)));
    }
  }

  private interface Work {
    void run() throws Exception;
  }

  private static double time(Work work) throws Exception {
    long start = System.nanoTime();
    work.run();
    return (System.nanoTime() - start) / 1e6;
  }

  private static List<String> topics() throws IOException {
    Path file = Workspace.current().home().resolve("data/eval/communique-topics.tsv");
    List<String> queries = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      String[] cells = line.split("\t");
      if (cells.length >= 2 && !line.startsWith("#")) {
        queries.add(cells[1].strip());
      }
    }
    return queries;
  }

  private static void row(String name, List<Double> values) {
    System.out.printf(
        Locale.ROOT,
        "| %-52s | %8.2f | %8.2f | %8.2f | %8.2f |%n",
        name,
        percentile(values, 50),
        percentile(values, 90),
        percentile(values, 99),
        values.stream().mapToDouble(Double::doubleValue).average().orElse(0));
  }

  private static double percentile(List<Double> values, int p) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    int at = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(at, sorted.length - 1))];
  }
}
