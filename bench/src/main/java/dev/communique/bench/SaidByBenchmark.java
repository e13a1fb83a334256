package dev.communique.bench;

import dev.communique.core.index.CommuniqueIndex;
import dev.communique.core.search.SearchRequest;
import dev.communique.core.search.SearchResults;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measures searches restricted to what someone said ({@code --said-by}) warm and in process on an
 * existing index, beside the plain search of the same words measured in the same run: the first
 * page of ten hits with snippets (for said-by, every matching turn of each hit with its snippet).
 * Prints one row per query (hits, p50 and p99 of each, in milliseconds) and the pooled p50 and p99
 * over all queries.
 *
 * <p>With a second index of the same releases built without turns ({@code index --no-turns}), the
 * plain search is also timed on it, in the same run, to show what indexing turns costs a search
 * that does not ask for them.
 *
 * <p>Usage: {@code java -cp bench.jar:… dev.communique.bench.SaidByBenchmark INDEX [RUNS]
 * [INDEX_WITHOUT_TURNS]}.
 */
public final class SaidByBenchmark {

  private static final int WARMUP = 10;

  /** Speaker and query pairs over the White House corpus. */
  private static final String[][] QUERIES = {
    {"Karine Jean-Pierre", "China"},
    {"Karine Jean-Pierre", "inflation"},
    {"Karine Jean-Pierre", "\"gun violence\""},
    {"Karine Jean-Pierre", "border"},
    {"Jen Psaki", "vaccine"},
    {"Jen Psaki", "Afghanistan"},
    {"Jen Psaki", "\"Build Back Better\""},
    {"Joe Biden", "democracy"},
    {"Joe Biden", "union*"},
    {"Joe Biden", "Ukraine Putin"},
    {"Jake Sullivan", "Russia"},
    {"Jake Sullivan", "Taiwan"},
    {"John Kirby", "Houthis"},
    {"John Kirby", "Gaza hostages"},
    {"Kamala Harris", "abortion"},
    {"Janet Yellen", "inflation"},
    {"(question)", "tariffs"},
    {"(question)", "\"debt ceiling\""},
    {"(question)", "China"},
    {"(question)", "*"},
  };

  private SaidByBenchmark() {}

  /** Runs the benchmark on the index named by the first argument. */
  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: SaidByBenchmark INDEX [RUNS]");
      System.exit(2);
    }
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    try (CommuniqueIndex index = CommuniqueIndex.openReadOnly(Path.of(args[0]));
        CommuniqueIndex without =
            args.length > 2 ? CommuniqueIndex.openReadOnly(Path.of(args[2])) : null) {
      System.out.printf(
          Locale.ROOT,
          "%d communiqués in %s; %d warm-up runs, then %d timed runs of each query%n%n",
          index.count(),
          args[0],
          WARMUP,
          runs);
      System.out.printf(
          Locale.ROOT,
          "%-20s %-20s %6s %9s %9s %7s %9s %9s %12s%n",
          "said by",
          "query",
          "hits",
          "p50 ms",
          "p99 ms",
          "plain",
          "p50 ms",
          "p99 ms",
          "no-turns p50");
      List<Double> saidBy = new ArrayList<>();
      List<Double> plain = new ArrayList<>();
      List<Double> baseline = new ArrayList<>();
      for (String[] q : QUERIES) {
        SearchRequest said = SearchRequest.builder(q[1]).saidBy(q[0]).build();
        SearchRequest whole = SearchRequest.builder(q[1]).build();
        double[] a = time(index, said, runs);
        double[][] bc = interleaved(index, without, whole, runs);
        double[] b = bc[0];
        double[] c = bc[1];
        long hits = index.search(said).totalHits();
        long plainHits = index.search(whole).totalHits();
        System.out.printf(
            Locale.ROOT,
            "%-20s %-20s %6d %9.1f %9.1f %7d %9.1f %9.1f %12.1f%n",
            q[0],
            q[1],
            hits,
            percentile(a, 50),
            percentile(a, 99),
            plainHits,
            percentile(b, 50),
            percentile(b, 99),
            percentile(c, 50));
        Arrays.stream(a).forEach(saidBy::add);
        Arrays.stream(b).forEach(plain::add);
        Arrays.stream(c).forEach(baseline::add);
      }
      double[] all = saidBy.stream().mapToDouble(Double::doubleValue).toArray();
      double[] base = plain.stream().mapToDouble(Double::doubleValue).toArray();
      System.out.printf(
          Locale.ROOT,
          "%nall %d said-by queries: p50 %.1f ms, p99 %.1f ms; plain search: p50 %.1f ms, p99 %.1f"
              + " ms%n",
          QUERIES.length,
          percentile(all, 50),
          percentile(all, 99),
          percentile(base, 50),
          percentile(base, 99));
      if (without != null) {
        double[] none = baseline.stream().mapToDouble(Double::doubleValue).toArray();
        System.out.printf(
            Locale.ROOT,
            "plain search on the index without turns: p50 %.1f ms, p99 %.1f ms%n",
            percentile(none, 50),
            percentile(none, 99));
      }
    }
  }

  private static double[] time(CommuniqueIndex index, SearchRequest request, int runs)
      throws Exception {
    for (int i = 0; i < WARMUP; i++) {
      consume(index.search(request));
    }
    double[] millis = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      consume(index.search(request));
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    return millis;
  }

  /**
   * The plain search timed on the index with turns and, alternately run by run so that a change in
   * the machine's load falls on both alike, on the one without; {@code NaN} without it.
   */
  private static double[][] interleaved(
      CommuniqueIndex index, CommuniqueIndex without, SearchRequest request, int runs)
      throws Exception {
    for (int i = 0; i < WARMUP; i++) {
      consume(index.search(request));
      if (without != null) {
        consume(without.search(request));
      }
    }
    double[] with = new double[runs];
    double[] none = new double[runs];
    Arrays.fill(none, Double.NaN);
    for (int i = 0; i < runs; i++) {
      boolean withFirst = i % 2 == 0;
      if (without != null && !withFirst) {
        none[i] = once(without, request);
      }
      with[i] = once(index, request);
      if (without != null && withFirst) {
        none[i] = once(without, request);
      }
    }
    return new double[][] {with, none};
  }

  private static double once(CommuniqueIndex index, SearchRequest request) throws Exception {
    long start = System.nanoTime();
    consume(index.search(request));
    return (System.nanoTime() - start) / 1e6;
  }

  private static void consume(SearchResults results) {
    if (results.hits().size() > 10) {
      throw new IllegalStateException("more hits than asked for");
    }
  }

  private static double percentile(double[] values, int p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
  }
}
