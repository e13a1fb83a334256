package dev.communique.core.search;

import dev.communique.core.index.CommuniqueIndex;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Measures warm, in-process latency of facets and "more like this" on an existing index; not a
 * test. Run with the index path and a communiqué id: {@code java -cp … FacetsSimilarSpeed DIR ID}.
 */
final class FacetsSimilarSpeed {
  private FacetsSimilarSpeed() {}

  public static void main(String[] args) throws Exception {
    try (CommuniqueIndex index = CommuniqueIndex.openReadOnly(Path.of(args[0]))) {
      for (String query : new String[] {"*", "president"}) {
        SearchRequest request =
            SearchRequest.builder(query)
                .limit(0)
                .facet(FacetField.SPEAKER, 10)
                .facet(FacetField.YEAR, 10)
                .facet(FacetField.TOPIC, 10)
                .facet(FacetField.ORGANIZATION, 10)
                .build();
        SearchRequest plain = request.toBuilder().build();
        SearchRequest countOnly = SearchRequest.builder(query).limit(0).build();
        report("facets  '" + query + "'", () -> index.search(plain));
        report("count   '" + query + "'", () -> index.search(countOnly));
      }
      SimilarRequest similar = SimilarRequest.builder(args[1]).limit(10).build();
      report("similar, 10 hits with snippets", () -> index.similar(similar));
      SimilarRequest bare =
          SimilarRequest.builder(args[1])
              .limit(10)
              .snippets(
                  new dev.communique.core.highlight.SnippetOptions(
                      0, 160, dev.communique.core.highlight.SnippetMarkup.html()))
              .build();
      report("similar, 10 hits without snippets", () -> index.similar(bare));
      SearchRequest words = SearchRequest.builder("climate resilience adaptation").build();
      report("search, 10 hits with snippets (for comparison)", () -> index.search(words));
      SimilarRequest count = SimilarRequest.builder(args[1]).limit(0).build();
      report("similar, count only", () -> index.similar(count));
      System.out.println(index.similar(similar).ids());
    }
  }

  private interface Call {
    Object run() throws Exception;
  }

  private static void report(String name, Call call) throws Exception {
    for (int i = 0; i < 30; i++) {
      call.run();
    }
    int runs = 50;
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      call.run();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    System.out.printf(
        Locale.ROOT,
        "%-60s p50 %6.1f ms  p90 %6.1f ms  (n=%d, after 30 warm-up runs)%n",
        name,
        ms[runs / 2],
        ms[runs * 9 / 10],
        runs);
  }
}
