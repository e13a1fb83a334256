package dev.communique.bench;

import dev.communique.core.highlight.SnippetMarkup;
import dev.communique.core.highlight.SnippetOptions;
import dev.communique.core.index.CommuniqueIndex;
import dev.communique.core.search.FacetField;
import dev.communique.core.search.KwicRequest;
import dev.communique.core.search.SearchRequest;
import dev.communique.core.search.SimilarRequest;
import dev.communique.core.search.TrendRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * Measures the research operations (facets, keyword in context, trends, similar, search) warm and
 * in process on an existing index, beside a raw-Lucene baseline measured in the same run: a plain
 * {@link IndexSearcher} over the same index, parsing the same words against the body with Lucene's
 * {@link EnglishAnalyzer}, doing the least the operation needs: the top ten highlighted by the
 * {@link UnifiedHighlighter} for search, a visit of every match for facets and trends (plus loading
 * each stored body for keyword in context), and Lucene's own {@link MoreLikeThis} for similar.
 * Prints one table row per operation: p50 and p90 in milliseconds, the baseline's p50, and the
 * ratio.
 *
 * <p>Usage: {@code java -cp bench.jar:… dev.communique.bench.ResearchBenchmark INDEX [RUNS]}.
 */
public final class ResearchBenchmark {

  private static final int WARMUP = 20;

  private final int runs;
  private final List<String> rows = new ArrayList<>();

  private ResearchBenchmark(int runs) {
    this.runs = runs;
  }

  /** Runs the benchmark on the index named by the first argument. */
  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: ResearchBenchmark INDEX [RUNS]");
      System.exit(2);
    }
    Path path = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    new ResearchBenchmark(runs).run(path);
  }

  private void run(Path path) throws Exception {
    try (CommuniqueIndex index = CommuniqueIndex.openReadOnly(path);
        DirectoryReader reader = DirectoryReader.open(FSDirectory.open(path))) {
      IndexSearcher raw = new IndexSearcher(reader);
      QueryParser parser = new QueryParser("body", new EnglishAnalyzer());
      SnippetOptions noSnippets = new SnippetOptions(0, 160, SnippetMarkup.html());
      String similarTo =
          index
              .search(SearchRequest.builder("\"climate resilience\"").limit(1).build())
              .ids()
              .get(0);
      System.out.printf(
          Locale.ROOT,
          "%d communiqués in %s; %d warm-up runs, then %d timed runs each%n%n",
          index.count(),
          path,
          WARMUP,
          runs);
      System.out.printf(
          Locale.ROOT,
          "%-58s %9s %9s %13s %7s%n",
          "operation",
          "p50 ms",
          "p90 ms",
          "raw Lucene ms",
          "ratio");

      Query president = parser.parse("president");
      UnifiedHighlighter highlighter =
          UnifiedHighlighter.builder(raw, new EnglishAnalyzer()).withMaxLength(1_000_000).build();
      time(
          "search 'president', 10 hits, 2 snippets",
          () -> index.search(SearchRequest.builder("president").build()),
          () -> highlighter.highlight("body", president, raw.search(president, 10), 2));
      time(
          "facets speaker,year,topic,organization over 'president'",
          () ->
              index.search(
                  SearchRequest.builder("president")
                      .limit(0)
                      .facet(FacetField.SPEAKER, 10)
                      .facet(FacetField.YEAR, 10)
                      .facet(FacetField.TOPIC, 10)
                      .facet(FacetField.ORGANIZATION, 10)
                      .build()),
          () -> visitMatches(raw, president, false));
      Query interop = parser.parse("interoperability");
      time(
          "kwic 'interoperability', every line",
          () -> index.kwic(KwicRequest.builder("interoperability").build()),
          () -> visitMatches(raw, interop, true));
      Query economy = parser.parse("economy");
      time(
          "kwic 'economy', every line",
          () -> index.kwic(KwicRequest.builder("economy").build()),
          () -> visitMatches(raw, economy, true));
      time(
          "kwic 'economy', first 100 lines by date",
          () -> index.kwic(KwicRequest.builder("economy").limit(100).build()),
          () -> visitMatches(raw, economy, false));
      Query ukraine = parser.parse("ukraine");
      time(
          "trend 'ukraine' by month, grouped by speaker",
          () ->
              index.trend(
                  TrendRequest.builder("ukraine")
                      .by(FacetField.MONTH)
                      .groupBy(FacetField.SPEAKER)
                      .build()),
          () -> visitMatches(raw, ukraine, false));
      time(
          "trend 'ukraine' by year",
          () -> index.trend(TrendRequest.builder("ukraine").build()),
          () -> visitMatches(raw, ukraine, false));
      MoreLikeThis mlt = new MoreLikeThis(reader);
      mlt.setAnalyzer(new EnglishAnalyzer());
      mlt.setFieldNames(new String[] {"title", "body"});
      int likeDoc = raw.search(new TermQuery(new Term("id", similarTo)), 1).scoreDocs[0].doc;
      time(
          "similar, 10 hits, no snippets",
          () ->
              index.similar(
                  SimilarRequest.builder(similarTo).limit(10).snippets(noSnippets).build()),
          () -> raw.search(mlt.like(likeDoc), 10));
      time(
          "similar, 10 hits, 1 snippet",
          () ->
              index.similar(
                  SimilarRequest.builder(similarTo)
                      .limit(10)
                      .snippets(new SnippetOptions(1, 160, SnippetMarkup.html()))
                      .build()),
          () -> raw.search(mlt.like(likeDoc), 10));
      rows.forEach(System.out::println);
    }
  }

  /**
   * The least any operation over every match must do: visit each matching document, and for keyword
   * in context also load its stored fields.
   */
  private static int visitMatches(IndexSearcher searcher, Query query, boolean loadStored)
      throws Exception {
    Weight weight =
        searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    int visited = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      StoredFields stored = leaf.reader().storedFields();
      DocIdSetIterator docs = scorer.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (loadStored) {
          visited += stored.document(doc).get("body").length() > 0 ? 1 : 0;
        } else {
          visited++;
        }
      }
    }
    return visited;
  }

  @FunctionalInterface
  private interface Call {
    Object run() throws Exception;
  }

  private void time(String name, Call ours, Call baseline) throws Exception {
    double[] ourTimes = measure(ours);
    double[] baseTimes = measure(baseline);
    double p50 = percentile(ourTimes, 0.5);
    double base = percentile(baseTimes, 0.5);
    rows.add(
        String.format(
            Locale.ROOT,
            "%-58s %9.1f %9.1f %13.1f %6.1fx",
            name,
            p50,
            percentile(ourTimes, 0.9),
            base,
            base > 0 ? p50 / base : 0));
  }

  private double[] measure(Call call) throws Exception {
    for (int i = 0; i < WARMUP; i++) {
      call.run();
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      call.run();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    return ms;
  }

  private static double percentile(double[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
  }
}
