package dev.communique.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.communique.core.Turn;
import dev.communique.core.highlight.SnippetMarkup;
import dev.communique.core.highlight.SnippetOptions;
import dev.communique.core.index.CommuniqueIndex;
import dev.communique.core.search.FacetField;
import dev.communique.core.search.KwicRequest;
import dev.communique.core.search.KwicResults;
import dev.communique.core.search.SearchFilter;
import dev.communique.core.search.SearchHit;
import dev.communique.core.search.SearchRequest;
import dev.communique.core.search.SearchResults;
import dev.communique.core.search.TrendRequest;
import dev.communique.core.search.TrendResult;
import dev.communique.core.search.TurnHit;
import dev.communique.core.search.WhoRequest;
import dev.communique.core.search.WhoResult;
import dev.communique.indexer.extract.Vocabulary;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who said what over three small releases in test resources: a press briefing (labelled turns and
 * reporters' questions), a statement (one turn of its issuer) and an article (attributed quotes).
 */
class WhoSaidWhatTest {

  static final String BRIEFING = "turns/2024-03-05-press-briefing";
  static final String STATEMENT = "turns/2024-03-06-statement";
  static final String ARTICLE = "turns/2024-03-07-article";

  @TempDir static Path dir;
  static CommuniqueIndex index;

  @BeforeAll
  static void indexFixtures() throws Exception {
    index = CommuniqueIndex.open(dir.resolve("index"));
    Path fixtures = Path.of(WhoSaidWhatTest.class.getResource("/turns").toURI());
    IndexingReport report =
        Indexer.builder(index)
            .vocabulary(Vocabulary.load(SampleCorpus.vocabulary()))
            .build()
            .index(List.of(fixtures));
    assertThat(report.indexed()).isEqualTo(3);
    index.commit();
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static SearchResults saidBy(String query, String... names) throws Exception {
    return index.search(
        SearchRequest.builder(query)
            .saidBy(names)
            .snippets(new SnippetOptions(2, 160, SnippetMarkup.brackets()))
            .build());
  }

  @Test
  void transcriptTurnsAreLabelledTurnsWithResolvedSpeakers() throws Exception {
    List<Turn> turns = index.get(BRIEFING).orElseThrow().turns();
    assertThat(turns)
        .extracting(Turn::speaker)
        .containsExactly(
            "Karine Jean-Pierre",
            Turn.QUESTION,
            "Karine Jean-Pierre",
            "Janet Yellen",
            Turn.QUESTION,
            "Janet Yellen",
            "Karine Jean-Pierre");
    String body = index.get(BRIEFING).orElseThrow().body();
    assertThat(turns.get(1).text(body))
        .isEqualTo("Thank you, Karine. Are tariffs on China going to rise?");
    assertThat(turns.get(6).text(body)).isEqualTo("Thanks, everyone.");
    assertThat(turns).extracting(Turn::index).containsExactly(0, 1, 2, 3, 4, 5, 6);
  }

  @Test
  void statementIsOneTurnOfItsIssuerAndArticleQuotesAreTurnsOfTheirSpeakers() throws Exception {
    assertThat(index.get(STATEMENT).orElseThrow().turns())
        .extracting(Turn::speaker, Turn::index)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Joe Biden", 0));
    var article = index.get(ARTICLE).orElseThrow();
    assertThat(article.turns())
        .extracting(Turn::speaker)
        .containsExactly("Pete Buttigieg", "Jane Alderton");
    assertThat(article.turns().get(0).text(article.body()))
        .isEqualTo("These grants will rebuild bridges that families cross every day,");
  }

  @Test
  void aSpeakerWhoNeverSaysTheTermIsNoHitEvenWhenTheReleaseHasIt() throws Exception {
    assertThat(index.search(SearchRequest.builder("China").build()).ids())
        .containsExactlyInAnyOrder(BRIEFING, STATEMENT);
    assertThat(saidBy("China", "Karine Jean-Pierre").totalHits()).isZero();
    assertThat(saidBy("announced", "Pete Buttigieg").totalHits()).isZero();
  }

  @Test
  void saidByListsEveryMatchingTurnWithItsSnippet() throws Exception {
    SearchResults results = saidBy("China", "Janet Yellen", "Joe Biden");
    assertThat(results.ids()).containsExactlyInAnyOrder(BRIEFING, STATEMENT);
    SearchHit briefing =
        results.hits().stream().filter(h -> h.communique().id().equals(BRIEFING)).findFirst().get();
    assertThat(briefing.turns()).extracting(TurnHit::index).containsExactly(3);
    TurnHit turn = briefing.turns().get(0);
    assertThat(turn.speaker()).isEqualTo("Janet Yellen");
    assertThat(turn.snippet())
        .isEqualTo(
            "Thank you. Our approach to [China] is clear. Tariffs on steel stay where they are,"
                + " and inflation is easing.");
    String body = briefing.communique().body();
    assertThat(body.substring(turn.start(), turn.end())).startsWith("Thank you. Our approach");

    SearchResults inflation = saidBy("inflation OR tariffs", "Karine Jean-Pierre", "Janet Yellen");
    assertThat(inflation.hits()).hasSize(1);
    assertThat(inflation.hits().get(0).turns())
        .extracting(TurnHit::speaker, TurnHit::index)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Karine Jean-Pierre", 0),
            org.assertj.core.groups.Tuple.tuple("Janet Yellen", 3));
  }

  @Test
  void reportersQuestionsAreSearchableOnTheirOwn() throws Exception {
    SearchResults asked = saidBy("tariffs", Turn.QUESTION);
    assertThat(asked.ids()).containsExactly(BRIEFING);
    assertThat(asked.hits().get(0).turns()).extracting(TurnHit::index).containsExactly(1);
    assertThat(asked.hits().get(0).turns().get(0).snippet())
        .isEqualTo("Thank you, Karine. Are [tariffs] on China going to rise?");
    assertThat(saidBy("tarif*", Turn.QUESTION).hits().get(0).turns().get(0).snippet())
        .isEqualTo("Thank you, Karine. Are [tariffs] on China going to rise?");
    assertThat(saidBy("ukrain~1 OR body:tariffs", Turn.QUESTION).hits().get(0).turns())
        .extracting(TurnHit::index)
        .containsExactly(1, 4);
    assertThat(saidBy("Ukraine", Turn.QUESTION).hits().get(0).turns())
        .extracting(TurnHit::index)
        .containsExactly(4);
  }

  @Test
  void aliasesAndCaseFindTheSameSpeaker() throws Exception {
    assertThat(saidBy("bridges", "pete buttigieg").ids()).containsExactly(ARTICLE);
  }

  @Test
  void whoCountsTurnsPerPersonAndQuestionsApart() throws Exception {
    WhoResult china = index.who(WhoRequest.builder("China").build());
    assertThat(china.people())
        .extracting(c -> c.speaker() + " " + c.count() + "/" + c.documents())
        .containsExactly("Janet Yellen 1/1", "Joe Biden 1/1");
    assertThat(china.questions().count()).isEqualTo(1);
    assertThat(china.questions().documents()).isEqualTo(1);

    WhoResult everything = index.who(WhoRequest.builder("*").by(WhoRequest.By.DOCUMENTS).build());
    assertThat(everything.people())
        .extracting(c -> c.speaker() + " " + c.count() + "/" + c.documents())
        .containsExactly(
            "Karine Jean-Pierre 3/1",
            "Janet Yellen 2/1",
            "Jane Alderton 1/1",
            "Joe Biden 1/1",
            "Pete Buttigieg 1/1");
    assertThat(everything.questions().count()).isEqualTo(2);

    WhoResult filtered =
        index.who(
            WhoRequest.builder("China")
                .filter(SearchFilter.builder().type("statements-releases").build())
                .build());
    assertThat(filtered.people()).extracting(c -> c.speaker()).containsExactly("Joe Biden");
    assertThat(filtered.questions().count()).isZero();
  }

  @Test
  void turnsNeverShowUpAsReleases() throws Exception {
    assertThat(index.count()).isEqualTo(3);
    SearchResults all =
        index.search(
            SearchRequest.builder("*")
                .filter(SearchFilter.builder().includeCopies(true).build())
                .limit(100)
                .build());
    assertThat(all.totalHits()).isEqualTo(3);
    assertThat(all.ids()).containsExactlyInAnyOrder(BRIEFING, STATEMENT, ARTICLE);
  }

  @Test
  void kwicSaidByShowsOnlyTheirOccurrences() throws Exception {
    KwicResults yellen =
        index.kwic(KwicRequest.builder("China").saidBy("Janet Yellen").window(3).build());
    assertThat(yellen.total()).isEqualTo(1);
    assertThat(yellen.documents()).isEqualTo(1);
    assertThat(yellen.lines().get(0).id()).isEqualTo(BRIEFING);
    assertThat(yellen.lines().get(0).left() + " [" + yellen.lines().get(0).keyword() + "]")
        .isEqualTo("Our approach to [China]");
    assertThat(
            index.kwic(KwicRequest.builder("China").saidBy("Karine Jean-Pierre").build()).total())
        .isZero();
    assertThat(index.kwic(KwicRequest.builder("China").build()).total()).isEqualTo(3);
  }

  @Test
  void trendSaidByCountsReleasesOrTurnsPerSpeaker() throws Exception {
    TrendResult releases = index.trend(TrendRequest.builder("China").saidBy(Turn.QUESTION).build());
    assertThat(releases.rows())
        .extracting(r -> r.period() + " " + r.count() + "/" + r.total())
        .containsExactly("2024 1/3");

    TrendResult turns =
        index.trend(
            TrendRequest.builder("China OR Ukraine")
                .saidBy("Janet Yellen", "Karine Jean-Pierre")
                .groupBy(FacetField.SPEAKER)
                .build());
    assertThat(turns.countsTurns()).isTrue();
    assertThat(turns.rows())
        .extracting(r -> r.group() + " " + r.count() + "/" + r.total())
        .containsExactly("Janet Yellen 2/2");
  }
}
