package dev.communique.cli;

import static dev.communique.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.communique.cli.CliRun.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code search --said-by}, {@code who} and {@code show --turns} over the indexer's three turn
 * fixtures: a press briefing, a statement and an article.
 */
class WhoSaidWhatCliTest {

  static final String BRIEFING = "turns/2024-03-05-press-briefing";

  @TempDir static Path dir;
  static String index;

  @BeforeAll
  static void indexFixtures() {
    Path fixtures =
        Path.of("").toAbsolutePath().getParent().resolve("indexer/src/test/resources/turns");
    assertThat(Files.isDirectory(fixtures)).isTrue();
    index = dir.resolve("index").toString();
    Run run = run("index", fixtures.toString(), "--index", index, "--no-progress");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("read 3, indexed 3 (added 3, updated 0)");
  }

  @Test
  void searchSaidByListsTheMatchingTurns() {
    Run run =
        run(
            "search",
            "China",
            "--said-by",
            "Janet Yellen",
            "--index",
            index,
            "--color",
            "never",
            "--markup",
            "brackets");
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .startsWith("1 hit for \"China\" (showing 1-1)")
        .contains(
            "     Janet Yellen (turn 3): Thank you. Our approach to [China] is clear. Tariffs on"
                + " steel stay where they are, and inflation is easing.\n")
        .doesNotContain("Karine Jean-Pierre (turn");
    assertThat(run("search", "China", "--said-by", "Karine Jean-Pierre", "--index", index).out())
        .startsWith("0 hits for \"China\"");
  }

  @Test
  void searchSaidByJsonAddsTurns() throws Exception {
    Run run = tariffsAskedOrSaidByYellen("--json");
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("total").asInt()).isEqualTo(1);
    assertTariffTurns(json.get("hits").get(0));
  }

  /** {@code search tariffs} in what reporters asked or Janet Yellen said, with more options. */
  private static Run tariffsAskedOrSaidByYellen(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "search",
                "tariffs",
                "--said-by",
                "(question)",
                "--said-by",
                "Janet Yellen",
                "--index",
                index));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  /** The briefing's hit for "tariffs" said by reporters and Janet Yellen, with its two turns. */
  private static void assertTariffTurns(JsonNode hit) {
    assertThat(hit.get("id").asText()).isEqualTo(BRIEFING);
    JsonNode turns = hit.get("turns");
    assertThat(turns).hasSize(2);
    assertThat(turns.get(0).get("speaker").asText()).isEqualTo("(question)");
    assertThat(turns.get(0).get("role").asText()).isEmpty();
    assertThat(turns.get(0).get("index").asInt()).isEqualTo(1);
    assertThat(turns.get(0).get("snippet").asText())
        .isEqualTo("Thank you, Karine. Are <mark>tariffs</mark> on China going to rise?");
    assertThat(turns.get(1).get("speaker").asText()).isEqualTo("Janet Yellen");
    assertThat(turns.get(1).get("index").asInt()).isEqualTo(3);
    assertThat(turns.get(1).get("end").asInt() - turns.get(1).get("start").asInt())
        .isEqualTo(
            "Thank you. Our approach to China is clear. Tariffs on steel stay where they are,"
                    .length()
                + " and inflation is easing.".length());
  }

  @Test
  void exportsOfASaidBySearchCarryTheMatchingTurns() throws Exception {
    Run jsonl = tariffsAskedOrSaidByYellen("--all", "--format", "jsonl");
    assertThat(jsonl.status()).isZero();
    assertThat(jsonl.out().lines()).hasSize(1);
    assertTariffTurns(new ObjectMapper().readTree(jsonl.out()));

    Run csv =
        run(
            "search",
            "tariffs",
            "--said-by",
            "Janet Yellen",
            "--index",
            index,
            "--all",
            "--format",
            "csv",
            "--fields",
            "id,turns",
            "--markup",
            "brackets");
    assertThat(csv.status()).isZero();
    assertThat(csv.out())
        .isEqualTo(
            "id,turns\r\n"
                + BRIEFING
                + ",\"Janet Yellen (turn 3): Thank you. Our approach to China is clear. [Tariffs] on"
                + " steel stay where they are, and inflation is easing.\"\r\n");

    Run plain = run("search", "tariffs", "--index", index, "--all", "--format", "jsonl");
    assertThat(
            new ObjectMapper().readTree(plain.out().lines().findFirst().orElseThrow()).has("turns"))
        .isFalse();
  }

  @Test
  void plainSearchJsonHasNoTurns() throws Exception {
    JsonNode json =
        new ObjectMapper().readTree(run("search", "China", "--index", index, "--json").out());
    assertThat(json.get("total").asInt()).isEqualTo(2);
    assertThat(json.get("hits").get(0).has("turns")).isFalse();
  }

  @Test
  void whoRanksPeopleAndCountsQuestionsApart() throws Exception {
    Run text = run("who", "China", "--index", index);
    assertThat(text.status()).isZero();
    assertThat(text.out())
        .isEqualTo(
            "2 people speak about \"China\" (ranked by turns)\n\n"
                + "speaker                 turns  documents\n"
                + "Janet Yellen                1          1\n"
                + "Joe Biden                   1          1\n\n"
                + "reporters' questions (question): 1 turns in 1 documents\n");
    JsonNode json =
        new ObjectMapper()
            .readTree(
                run("who", "*", "--by", "documents", "--limit", "2", "--index", index, "--json")
                    .out());
    assertThat(json.get("query").asText()).isEqualTo("*");
    assertThat(json.get("by").asText()).isEqualTo("documents");
    assertThat(json.get("people")).hasSize(2);
    assertThat(json.get("people").get(0).get("speaker").asText()).isEqualTo("Karine Jean-Pierre");
    assertThat(json.get("people").get(0).get("count").asInt()).isEqualTo(3);
    assertThat(json.get("people").get(0).get("documents").asInt()).isEqualTo(1);
    assertThat(json.get("questions").get("count").asInt()).isEqualTo(2);
    assertThat(json.get("questions").get("documents").asInt()).isEqualTo(1);
    assertThat(run("who", "China", "--index", index, "--format", "csv").out())
        .isEqualTo(
            "speaker,count,documents\r\nJanet Yellen,1,1\r\nJoe Biden,1,1\r\n(question),1,1\r\n");
    assertThat(run("who", "China", "--by", "words", "--index", index).err())
        .isEqualTo("communique: --by: unknown ranking 'words' (expected turns or documents)\n");
  }

  @Test
  void showTurnsPrintsAScript() {
    Run run = run("show", BRIEFING, "--turns", "--index", index);
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("(question) (turn 1)\nThank you, Karine. Are tariffs on China going to rise?\n\n")
        .contains(
            "Janet Yellen, Secretary (turn 5)\nWe will keep supporting Ukraine.\n\n"
                + "Karine Jean-Pierre, Press Secretary (turn 6)\nThanks, everyone.\n")
        .doesNotContain("END");
  }
}
