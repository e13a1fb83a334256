package dev.communique.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.communique.core.index.CommuniqueBackend;
import dev.communique.core.index.CommuniqueIndex;
import dev.communique.core.schema.CommuniqueSchema;
import dev.communique.core.search.FacetField;
import dev.communique.core.search.FacetResult;
import dev.communique.core.search.KwicRequest;
import dev.communique.core.search.KwicResults;
import dev.communique.core.search.KwicSort;
import dev.communique.core.search.RankRequest;
import dev.communique.core.search.RankedDoc;
import dev.communique.core.search.Ranking;
import dev.communique.core.search.SearchFilter;
import dev.communique.core.search.SearchHit;
import dev.communique.core.search.SearchRequest;
import dev.communique.core.search.SearchResults;
import dev.communique.core.search.SimilarRequest;
import dev.communique.core.search.SortOrder;
import dev.communique.core.search.TrendCount;
import dev.communique.core.search.TrendRequest;
import dev.communique.core.search.TrendResult;
import dev.communique.core.search.WhoRequest;
import dev.communique.core.search.WhoResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.solr.client.solrj.request.FieldAnalysisRequest;
import org.apache.solr.client.solrj.response.AnalysisResponseBase;
import org.apache.solr.client.solrj.response.FieldAnalysisResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The sample corpus indexed twice, into the embedded index and into a SolrCloud collection of 2
 * shards with 2 replicas each on 2 nodes, and searched the same way on both.
 */
@Tag("solr")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SolrParityTest {

  private TwinIndexes twins;
  private CommuniqueBackend solr;
  private CommuniqueIndex embedded;

  @BeforeAll
  void indexBoth() throws Exception {
    twins = TwinIndexes.of(ProjectFolders.releases(), "releases");
    solr = twins.solr;
    embedded = twins.embedded;
  }

  @AfterAll
  void stop() throws Exception {
    if (twins != null) {
      twins.close();
    }
  }

  /** At least 25 searches of every kind: terms, phrases, wildcards, fields, filters, dates. */
  private List<SearchRequest> requests() throws Exception {
    List<SearchRequest> requests = new ArrayList<>();
    for (String query :
        List.of(
            "interoperability",
            "climate",
            "energy security",
            "\"critical minerals\"",
            "\"foreign ministers\"",
            "minister*",
            "inter*",
            "cyber AND exercise",
            "climate -arctic",
            "title:summit",
            "speaker:\"Teodor Valdane\"",
            "org:nato",
            "topic:technology",
            "(health OR food) AND security",
            "ukraine~1",
            "\"search and rescue\"",
            "kyiv",
            "date:[2021-01-01 TO 2021-12-31]",
            "")) {
      requests.add(SearchRequest.builder(query).limit(10).build());
    }
    requests.add(SearchRequest.builder("cooperation").speaker("Teodor Valdane").build());
    requests.add(SearchRequest.builder("cooperation").organization("NATO").build());
    requests.add(SearchRequest.builder("").topic("technology").build());
    requests.add(
        SearchRequest.builder("security")
            .from(LocalDate.of(2022, 1, 1))
            .to(LocalDate.of(2023, 12, 31))
            .build());
    requests.add(SearchRequest.builder("security").sort(SortOrder.DATE_DESC).build());
    requests.add(SearchRequest.builder("").sort(SortOrder.DATE_ASC).build());
    requests.add(SearchRequest.builder("interoperability").includeCopies(true).build());
    requests.add(SearchRequest.builder("energy").offset(5).limit(5).build());
    return requests;
  }

  @Test
  void countsAndNearDuplicateGroupsMatch() throws Exception {
    assertThat(solr.count()).isEqualTo(embedded.count()).isEqualTo(48);
    SearchRequest all = SearchRequest.builder("").limit(100).snippets(noSnippets()).build();
    assertThat(solr.search(all).totalHits())
        .isEqualTo(embedded.search(all).totalHits())
        .isEqualTo(44);
    assertThat(Parity.groups(solr)).isEqualTo(Parity.groups(embedded)).hasSize(4);
  }

  @Test
  void searchesAgreeOnTotalsAndTopTenTiesAside() throws Exception {
    Parity.assertSearchesAgree(embedded, solr, requests());
  }

  @Test
  void facetCountsMatch() throws Exception {
    SearchRequest.Builder builder = SearchRequest.builder("security").limit(0);
    for (FacetField field : FacetField.values()) {
      builder.facet(field, 5);
    }
    SearchRequest request = builder.build();
    List<FacetResult> local = embedded.search(request).facets();
    List<FacetResult> remote = solr.search(request).facets();
    assertThat(remote).hasSize(FacetField.values().length);
    for (int i = 0; i < local.size(); i++) {
      assertThat(remote.get(i).field()).isEqualTo(local.get(i).field());
      assertThat(remote.get(i).values())
          .as(local.get(i).field().label())
          .isEqualTo(local.get(i).values());
      assertThat(remote.get(i).otherValues()).isEqualTo(local.get(i).otherValues());
      assertThat(remote.get(i).otherCount()).isEqualTo(local.get(i).otherCount());
    }
    assertThat(local.get(0).values()).isNotEmpty();
  }

  @Test
  void snippetsHighlightTheSamePhrase() throws Exception {
    for (String query : List.of("interoperability", "\"critical minerals\"", "climate")) {
      SearchResults local = embedded.search(SearchRequest.builder(query).limit(3).build());
      // Ten from the cluster, so that a near-tie at the third place does not hide a hit.
      SearchResults remote = solr.search(SearchRequest.builder(query).limit(10).build());
      Map<String, SearchHit> byId = new HashMap<>();
      remote.hits().forEach(h -> byId.put(h.communique().id(), h));
      for (SearchHit hit : local.hits()) {
        SearchHit other = byId.get(hit.communique().id());
        assertThat(other).as(query).isNotNull();
        assertThat(Parity.marked(other.snippets()))
            .as(query)
            .isNotEmpty()
            .isEqualTo(Parity.marked(hit.snippets()));
      }
    }
  }

  @Test
  void trendsMatch() throws Exception {
    List<TrendRequest> requests =
        List.of(
            TrendRequest.builder("security").build(),
            TrendRequest.builder("").by(FacetField.MONTH).build(),
            TrendRequest.builder("cooperation").groupBy(FacetField.SPEAKER).top(3).build(),
            TrendRequest.builder("")
                .by(FacetField.MONTH)
                .groupBy(FacetField.TOPIC)
                .filter(
                    SearchFilter.builder()
                        .from(LocalDate.of(2021, 1, 1))
                        .to(LocalDate.of(2023, 6, 30))
                        .build())
                .build(),
            TrendRequest.builder("nato").groupBy(FacetField.ORGANIZATION).build());
    for (TrendRequest request : requests) {
      TrendResult local = embedded.trend(request);
      TrendResult remote = solr.trend(request);
      assertThat(remote.groups()).as(request.toString()).isEqualTo(local.groups());
      assertThat(remote.rows()).as(request.toString()).isEqualTo(local.rows()).isNotEmpty();
    }
  }

  @Test
  void keywordInContextMatches() throws Exception {
    List<KwicRequest> requests =
        List.of(
            KwicRequest.builder("\"critical minerals\"").build(),
            KwicRequest.builder("security").sort(KwicSort.LEFT).limit(25).build(),
            KwicRequest.builder("interoperab*").sort(KwicSort.DATE).window(4).build(),
            KwicRequest.builder("cooperation")
                .filter(SearchFilter.builder().organization("NATO").build())
                .sort(KwicSort.RIGHT)
                .build(),
            KwicRequest.builder("nato").saidBy(topSpeaker()).build());
    for (KwicRequest request : requests) {
      KwicResults local = embedded.kwic(request);
      KwicResults remote = solr.kwic(request);
      assertThat(remote.total()).as(request.toString()).isEqualTo(local.total()).isPositive();
      assertThat(remote.documents()).isEqualTo(local.documents());
      assertThat(remote.lines())
          .as(request.toString())
          .usingRecursiveFieldByFieldElementComparator()
          .isEqualTo(local.lines());
    }
  }

  @Test
  void whoTalksAboutAQueryMatches() throws Exception {
    for (WhoRequest request :
        List.of(
            WhoRequest.builder("security").build(),
            WhoRequest.builder("cooperation").by(WhoRequest.By.DOCUMENTS).limit(3).build())) {
      WhoResult local = embedded.who(request);
      WhoResult remote = solr.who(request);
      assertThat(remote.people())
          .as(request.toString())
          .usingRecursiveFieldByFieldElementComparator()
          .isEqualTo(local.people())
          .isNotEmpty();
      assertThat(remote.speakers()).isEqualTo(local.speakers());
      assertThat(remote.questions()).usingRecursiveComparison().isEqualTo(local.questions());
    }
  }

  @Test
  void trendsOfOccurrencesAndOfWhatPeopleSaidMatch() throws Exception {
    for (TrendRequest request :
        List.of(
            TrendRequest.builder("security").count(TrendCount.OCCURRENCES).build(),
            TrendRequest.builder("cooperation")
                .count(TrendCount.OCCURRENCES)
                .groupBy(FacetField.ORGANIZATION)
                .build(),
            TrendRequest.builder("nato").saidBy(topSpeaker()).build(),
            TrendRequest.builder("nato")
                .saidBy(topSpeaker())
                .groupBy(FacetField.SPEAKER)
                .by(FacetField.MONTH)
                .build())) {
      TrendResult local = embedded.trend(request);
      TrendResult remote = solr.trend(request);
      assertThat(remote.groups()).as(request.toString()).isEqualTo(local.groups());
      assertThat(remote.rows()).as(request.toString()).isEqualTo(local.rows()).isNotEmpty();
    }
  }

  /** The person with the most turns about NATO in the sample. */
  private String topSpeaker() throws Exception {
    return embedded.who(WhoRequest.builder("nato").build()).people().get(0).speaker();
  }

  @Test
  void solrAnalysesTextIntoTheSameTokensAsTheEmbeddedIndex() throws Exception {
    String text =
        "The Allies' interoperability, NATO's cyber-defence and the G7 \"Critical Minerals\""
            + " Action Plan: Zelenskyy met Ministers in Kyiv on 29 November 2023.";
    for (String field :
        List.of(
            CommuniqueSchema.BODY,
            CommuniqueSchema.TITLE,
            CommuniqueSchema.SPEAKER_TEXT,
            CommuniqueSchema.ORGANIZATION_TEXT)) {
      FieldAnalysisRequest request = new FieldAnalysisRequest();
      request.addFieldName(field);
      request.setFieldValue(text);
      request.setQuery("");
      FieldAnalysisResponse response;
      try (var client =
          new org.apache.solr.client.solrj.impl.Http2SolrClient.Builder(
                  twins.cloud.nodes().get(0).getBaseUrl().toString())
              .build()) {
        response = request.process(client, "releases");
      }
      List<String> solrTokens = new ArrayList<>();
      AnalysisResponseBase.AnalysisPhase last = null;
      for (AnalysisResponseBase.AnalysisPhase phase :
          response.getFieldNameAnalysis(field).getIndexPhases()) {
        last = phase;
      }
      for (AnalysisResponseBase.TokenInfo token : last.getTokens()) {
        solrTokens.add(token.getText() + "@" + token.getPosition());
      }
      List<String> ours = new ArrayList<>();
      try (var stream = CommuniqueSchema.indexAnalyzer().tokenStream(field, text)) {
        var term = stream.addAttribute(CharTermAttribute.class);
        var increment = stream.addAttribute(PositionIncrementAttribute.class);
        stream.reset();
        int position = 0;
        while (stream.incrementToken()) {
          position += increment.getPositionIncrement();
          ours.add(term + "@" + position);
        }
        stream.end();
      }
      assertThat(solrTokens).as(field).isEqualTo(ours).hasSizeGreaterThan(10);
      if (field.equals(CommuniqueSchema.BODY)) {
        // An exact copy and a stem at one position.
        assertThat(solrTokens).contains("=interoperability@3", "interoper@3");
      }
    }
  }

  @Test
  void theClauseLimitRefusesTheSameQueriesWithTheSameMessage() throws Exception {
    dev.communique.core.search.QueryLimits tight =
        dev.communique.core.search.QueryLimits.builder().maxClauses(4).build();
    embedded.setQueryLimits(tight);
    solr.setQueryLimits(tight);
    try {
      for (String query :
          List.of(
              "nato cyber exercise arctic council",
              "\"critical minerals\" OR (climate AND energy)")) {
        SearchRequest request = SearchRequest.builder(query).build();
        Throwable local =
            org.assertj.core.api.Assertions.catchThrowable(() -> embedded.search(request));
        Throwable remote =
            org.assertj.core.api.Assertions.catchThrowable(() -> solr.search(request));
        assertThat(local)
            .as(query)
            .isInstanceOf(dev.communique.core.search.QueryLimitException.class);
        assertThat(remote)
            .as(query)
            .isInstanceOf(dev.communique.core.search.QueryLimitException.class);
        assertThat(remote.getMessage())
            .as(query)
            .isEqualTo(local.getMessage())
            .startsWith("the query expands to more than 4 clauses");
      }
      SearchRequest small = SearchRequest.builder("arctic").build();
      assertThat(solr.search(small).totalHits())
          .isEqualTo(embedded.search(small).totalHits())
          .isPositive();
    } finally {
      embedded.setQueryLimits(dev.communique.core.search.QueryLimits.defaults());
      solr.setQueryLimits(dev.communique.core.search.QueryLimits.defaults());
    }
  }

  @Test
  void didYouMeanOffersTheSameCorrections() throws Exception {
    int offered =
        Parity.assertSameSuggestions(
            embedded,
            solr,
            List.of(
                "interoprability",
                "Stoltenbrg",
                "critcal",
                "humanitarain aid",
                "\"energy securty\"",
                "title:summitt",
                "cyber exercize AND nato",
                "interoperability",
                "zzzzqqqq"));
    assertThat(offered).isEqualTo(6);
    assertThat(solr.search(SearchRequest.builder("interoprability").build()).suggestion())
        .isEqualTo("interoperability");
    assertThat(solr.search(SearchRequest.builder("Stoltenbrg").build()).suggestion())
        .isEqualTo("Stoltenberg");
    assertThat(solr.search(SearchRequest.builder("cyber exercize AND nato").build()).suggestion())
        .isEqualTo("cyber exercise AND nato");
    assertThat(solr.search(SearchRequest.builder("\"energy securty\"").build()).suggestion())
        .isEqualTo("\"energy security\"");
  }

  @Test
  void similarCommuniquesMatchTiesAside() throws Exception {
    for (String id :
        List.of(
            "releases/nato-foreign-ministers-2023-11-29",
            "releases/nato-cyber-coalition-exercise-2020-11-20",
            "releases/canada-critical-minerals-partnership-2025-10-30",
            "releases/eu-gas-storage-energy-security-2022-06-27")) {
      SimilarRequest request = SimilarRequest.builder(id).limit(5).build();
      SearchResults local = embedded.similar(request);
      SearchResults remote = solr.similar(request);
      // The words are chosen by document frequencies that count replaced copies as each engine
      // holds them (see the README), so a word at the edge may be chosen on one engine only.
      assertThat(remote.totalHits()).as(id).isCloseTo(local.totalHits(), within(2L)).isPositive();
      assertThat(remote.ids()).as(id).doesNotContain(id).hasSameSizeAs(local.ids());
      assertThat(remote.ids().get(0)).as(id).isEqualTo(local.ids().get(0));
      List<String> shared = new ArrayList<>(remote.ids());
      shared.retainAll(local.ids());
      assertThat(shared)
          .as(id + ": " + local.ids() + " vs " + remote.ids())
          .hasSizeGreaterThanOrEqualTo(4);
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> solr.similar(SimilarRequest.builder("releases/none").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no communiqué with id 'releases/none'");
  }

  @Test
  void evaluationRankingsMatchTiesAside() throws Exception {
    for (RankRequest request :
        List.of(
            RankRequest.builder("interoperability of allied forces").build(),
            RankRequest.builder("What did G7 ministers say about critical minerals? (AND").build(),
            RankRequest.builder("climate adaptation in the Pacific").proximity(true).build(),
            RankRequest.builder("cyber exercise")
                .excludeId("releases/nato-cyber-coalition-exercise-2020-11-20")
                .depth(20)
                .build())) {
      Ranking local = embedded.rank(request);
      Ranking remote = solr.rank(request);
      assertThat(remote.docs()).as(request.text()).hasSameSizeAs(local.docs()).isNotEmpty();
      for (int i = 0; i < local.docs().size(); i++) {
        RankedDoc want = local.docs().get(i);
        RankedDoc got = remote.docs().get(i);
        if (!got.id().equals(want.id())) {
          assertThat(Math.abs(got.score() - want.score()) / want.score())
              .as(request.text() + " rank " + (i + 1))
              .isLessThanOrEqualTo((float) Parity.TIE);
        }
      }
      assertThat(remote.docs()).extracting(RankedDoc::id).doesNotContain(request.excludeId());
    }
    assertThat(solr.rank(RankRequest.builder("the of and").build()).docs()).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                solr.rank(
                    RankRequest.builder("x")
                        .profile(dev.communique.core.search.RankingProfile.BM25_ANSERINI)
                        .build()))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("bm25-anserini");
  }

  @Test
  void documentsReadBackWhole() throws Exception {
    String id = "releases/nato-foreign-ministers-2023-11-29";
    assertThat(solr.get(id)).isEqualTo(embedded.get(id)).isPresent();
    assertThat(solr.get("releases/no-such-release")).isEmpty();
  }

  private static dev.communique.core.highlight.SnippetOptions noSnippets() {
    return new dev.communique.core.highlight.SnippetOptions(
        0, 160, dev.communique.core.highlight.SnippetMarkup.html());
  }
}
