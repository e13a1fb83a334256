package dev.communique.solr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.communique.core.index.CommuniqueIndex;
import dev.communique.core.search.SearchRequest;
import dev.communique.core.search.SearchResults;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the parity tests compare the embedded index's answers with the cluster's. */
final class Parity {

  /**
   * Scores this close (relative) are ties: the statistics of copies replaced by the near-duplicate
   * pass differ between the engines (see the README), by far less than this.
   */
  static final double TIE = 0.03;

  private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>");

  private Parity() {}

  /**
   * The same ids in the same order, except that two hits whose embedded scores are within {@link
   * #TIE} of each other may trade places.
   */
  static void assertSameRankingTiesAside(
      CommuniqueIndex embedded, SearchRequest request, SearchResults local, SearchResults remote)
      throws Exception {
    SearchResults deeper =
        embedded.search(request.toBuilder().offset(0).limit(request.offset() + 30).build());
    Map<String, Float> scores = new HashMap<>();
    deeper.hits().forEach(h -> scores.put(h.communique().id(), h.score()));
    for (int i = 0; i < local.hits().size(); i++) {
      String expected = local.hits().get(i).communique().id();
      String actual = remote.hits().get(i).communique().id();
      if (expected.equals(actual)) {
        continue;
      }
      float want = local.hits().get(i).score();
      Float got = scores.get(actual);
      assertThat(got).as(request + " rank " + (i + 1) + ": " + actual).isNotNull();
      assertThat((double) Math.abs(got - want) / Math.max(want, 1e-6f))
          .as(request + " rank " + (i + 1) + ": " + actual + " instead of " + expected)
          .isLessThanOrEqualTo(TIE);
    }
  }

  /**
   * Each search gives the same total, the same number of hits, and the same hits in the same order:
   * ties aside when ranked by relevance, exactly when sorted by date.
   */
  static void assertSearchesAgree(
      CommuniqueIndex embedded,
      dev.communique.core.index.CommuniqueBackend solr,
      List<SearchRequest> requests)
      throws Exception {
    assertThat(requests).hasSizeGreaterThanOrEqualTo(25);
    for (SearchRequest request : requests) {
      SearchResults local = embedded.search(request);
      SearchResults remote = solr.search(request);
      assertThat(remote.totalHits()).as(request.toString()).isEqualTo(local.totalHits());
      assertThat(remote.hits()).as(request.toString()).hasSameSizeAs(local.hits());
      if (request.sort() == dev.communique.core.search.SortOrder.RELEVANCE) {
        assertSameRankingTiesAside(embedded, request, local, remote);
      } else {
        assertThat(remote.ids()).as(request.toString()).isEqualTo(local.ids());
      }
    }
  }

  /** Each canonical communiqué with copies, and the sorted sources of its copies. */
  /**
   * Asserts that both engines offer the same "did you mean" for each query, and returns how many
   * queries got one.
   */
  static int assertSameSuggestions(
      dev.communique.core.index.CommuniqueBackend embedded,
      dev.communique.core.index.CommuniqueBackend solr,
      List<String> queries)
      throws Exception {
    int offered = 0;
    for (String query : queries) {
      dev.communique.core.search.SearchRequest request =
          dev.communique.core.search.SearchRequest.builder(query).build();
      String local = embedded.search(request).suggestion();
      org.assertj.core.api.Assertions.assertThat(solr.search(request).suggestion())
          .as(query)
          .isEqualTo(local);
      offered += local.isEmpty() ? 0 : 1;
    }
    return offered;
  }

  static Map<String, List<String>> groups(dev.communique.core.index.CommuniqueBackend backend)
      throws Exception {
    Map<String, List<String>> groups = new HashMap<>();
    backend.export(
        SearchRequest.builder("").includeCopies(true).build(),
        hit -> {
          if (hit.copies() > 0) {
            groups.put(hit.communique().id(), hit.copySources().stream().sorted().toList());
          }
        });
    return groups;
  }

  /** The distinct highlighted phrases, lower-cased, sorted. */
  static List<String> marked(List<String> snippets) {
    List<String> phrases = new ArrayList<>();
    for (String snippet : snippets) {
      Matcher m = MARK.matcher(snippet);
      while (m.find()) {
        String phrase = m.group(1).toLowerCase(Locale.ROOT);
        if (!phrases.contains(phrase)) {
          phrases.add(phrase);
        }
      }
    }
    java.util.Collections.sort(phrases);
    return phrases;
  }
}
