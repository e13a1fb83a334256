package dev.communique.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.communique.core.index.CommuniqueBackend;
import dev.communique.core.index.CommuniqueIndex;
import dev.communique.core.search.FacetField;
import dev.communique.core.search.FacetResult;
import dev.communique.core.search.SearchHit;
import dev.communique.core.search.SearchRequest;
import dev.communique.core.search.SortOrder;
import dev.communique.core.search.ValueCount;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A 2,000-document slice of the White House corpus (files evenly spaced through the sorted list, so
 * that every kind and year is in it) indexed into the embedded index and into a 2-shard, 2-replica
 * SolrCloud collection, then searched the same way on both. Skips when {@code ../shared} is absent.
 */
@Tag("solr")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SolrWhiteHouseParityTest {

  static final int SLICE = 2000;

  private TwinIndexes twins;
  private Path slice;
  private CommuniqueBackend solr;
  private CommuniqueIndex embedded;

  @BeforeAll
  void indexBoth() throws Exception {
    Path corpus =
        Path.of(System.getProperty("communique.shared", "../shared"), "corpora", "wh-briefings");
    assumeTrue(
        Files.isDirectory(corpus),
        "skipped: the White House corpus is not at " + corpus + " (../shared is absent)");
    slice = Files.createTempDirectory("communique-wh-slice");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(p -> p.toString().endsWith(".md"))
              .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
              .sorted()
              .toList();
    }
    for (int k = 0; k < Math.min(SLICE, files.size()); k++) {
      Path file = files.get((int) ((long) k * files.size() / Math.min(SLICE, files.size())));
      Path target = slice.resolve(corpus.relativize(file).toString());
      Files.createDirectories(target.getParent());
      Files.copy(file, target);
    }
    twins = TwinIndexes.of(slice, "wh");
    solr = twins.solr;
    embedded = twins.embedded;
  }

  @AfterAll
  void stop() throws Exception {
    try {
      if (twins != null) {
        twins.close();
      }
    } finally {
      if (slice != null) {
        MatchingSet.delete(slice);
      }
    }
  }

  private List<SearchRequest> requests() throws Exception {
    List<SearchRequest> requests = new ArrayList<>();
    for (String query :
        List.of(
            "ukraine",
            "inflation",
            "\"executive order\"",
            "\"press briefing\"",
            "climat*",
            "immigra*",
            "vaccine AND booster",
            "infrastructure -bridge",
            "title:proclamation",
            "\"artificial intelligence\"",
            "china taiwan",
            "(jobs OR employment) AND report",
            "semiconductor~1",
            "\"Build Back Better\"",
            "hurricane",
            "speaker:\"Karine Jean-Pierre\"",
            "date:[2022-01-01 TO 2022-06-30]",
            "")) {
      requests.add(SearchRequest.builder(query).limit(10).build());
    }
    List<ValueCount> speakers =
        embedded
            .search(SearchRequest.builder("").limit(0).facet(FacetField.SPEAKER, 3).build())
            .facets()
            .get(0)
            .values();
    for (ValueCount speaker : speakers) {
      requests.add(SearchRequest.builder("economy").speaker(speaker.value()).build());
    }
    requests.add(
        SearchRequest.builder("ukraine")
            .from(LocalDate.of(2022, 2, 1))
            .to(LocalDate.of(2022, 12, 31))
            .build());
    requests.add(SearchRequest.builder("border").sort(SortOrder.DATE_DESC).build());
    requests.add(SearchRequest.builder("").sort(SortOrder.DATE_ASC).build());
    requests.add(SearchRequest.builder("health care").offset(10).limit(10).build());
    return requests;
  }

  @Test
  void searchesAgreeOnTotalsAndTopTenTiesAside() throws Exception {
    assertThat(solr.count()).isEqualTo(embedded.count()).isGreaterThan(1900);
    Parity.assertSearchesAgree(embedded, solr, requests());
  }

  @Test
  void didYouMeanOffersTheSameCorrections() throws Exception {
    int offered =
        Parity.assertSameSuggestions(
            embedded,
            solr,
            List.of(
                "semicondutor",
                "inflaton reduction",
                "Zelenskky",
                "humanitarain",
                "infrastucture",
                "\"supply chians\"",
                "pandemc preparedness",
                "Blinkin"));
    assertThat(offered).isGreaterThanOrEqualTo(5);
  }

  @Test
  void facetsAndNearDuplicateGroupsMatch() throws Exception {
    SearchRequest.Builder builder = SearchRequest.builder("president").limit(0);
    for (FacetField field : FacetField.values()) {
      builder.facet(field, 10);
    }
    List<FacetResult> local = embedded.search(builder.build()).facets();
    List<FacetResult> remote = solr.search(builder.build()).facets();
    for (int i = 0; i < local.size(); i++) {
      assertThat(remote.get(i).values())
          .as(local.get(i).field().label())
          .isEqualTo(local.get(i).values());
      assertThat(remote.get(i).otherCount()).isEqualTo(local.get(i).otherCount());
    }
    assertThat(Parity.groups(solr)).isEqualTo(Parity.groups(embedded));
  }

  @Test
  void snippetsHighlightTheSamePhrases() throws Exception {
    for (String query : List.of("\"executive order\"", "inflation", "ukraine")) {
      SearchRequest request = SearchRequest.builder(query).limit(5).build();
      Map<String, SearchHit> byId = new HashMap<>();
      solr.search(request).hits().forEach(h -> byId.put(h.communique().id(), h));
      for (SearchHit hit : embedded.search(request).hits()) {
        SearchHit other = byId.get(hit.communique().id());
        if (other != null) {
          assertThat(Parity.marked(other.snippets()))
              .as(query)
              .isEqualTo(Parity.marked(hit.snippets()));
        }
      }
    }
  }
}
