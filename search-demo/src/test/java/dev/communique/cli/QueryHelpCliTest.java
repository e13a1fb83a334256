package dev.communique.cli;

import static dev.communique.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.communique.cli.CliRun.Run;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Carets and hints, did you mean, synonyms, --explain and show, through the command line. */
class QueryHelpCliTest {

  private static final String NL = System.lineSeparator();
  private static final String SEED = "releases/nato-foreign-ministers-2023-11-29";

  @TempDir static Path dir;
  static String index;

  @BeforeAll
  static void indexSample() {
    index = CliRun.indexSample(dir).toString();
  }

  @Test
  void badQueryShowsACaretAndAHint() {
    Run run = run("search", "\"energy security AND", "--index", index);
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "communique: invalid query at position 0: a quoted phrase is not closed"
                + NL
                + "  \"energy security AND"
                + NL
                + "  ^"
                + NL
                + "hint: close the phrase with a second \""
                + NL);
    Run field = run("search", "ukraine AND spaeker:biden", "--index", index);
    assertThat(field.err().lines().toList())
        .containsExactly(
            "communique: invalid query at position 12: unknown field 'spaeker' (fields: title,"
                + " body, speaker, org, role, topic, type, date, id, source, path)",
            "  ukraine AND spaeker:biden",
            "              ^",
            "hint: did you mean 'speaker:'? (to search the word itself, write spaeker\\:)");
    Run paren = run("search", "(nato OR g7", "--index", index);
    assertThat(paren.err().lines().skip(2).toList())
        .containsExactly("             ^", "hint: add a ')' to close the '(' at position 0");
  }

  @Test
  void mistypedCommandSuggestsTheNearestOne() {
    Run run = run("serach", "x");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("communique: unknown command 'serach'; did you mean search?" + NL);
    assertThat(run("frobnicate").err())
        .isEqualTo(
            "communique: unknown command 'frobnicate' (commands: index, search, values, similar, kwic, trend, show, who, shell, eval, solr, serve, help)"
                + NL);
  }

  @Test
  void misspelledQuerySuggestsACorrection() throws Exception {
    Run text = run("search", "interoprability", "--index", index);
    assertThat(text.status()).isZero();
    assertThat(text.out())
        .isEqualTo(
            "0 hits for \"interoprability\"" + NL + "did you mean \"interoperability\"?" + NL);
    Run json = run("search", "interoprability", "--index", index, "--json");
    JsonNode tree = new ObjectMapper().readTree(json.out());
    assertThat(tree.get("suggestion").asText()).isEqualTo("interoperability");
    assertThat(tree.get("total").asInt()).isZero();
    JsonNode none =
        new ObjectMapper().readTree(run("search", "nato", "--index", index, "--json").out());
    assertThat(none.has("suggestion")).isFalse();
  }

  @Test
  void kievFindsTheKyivReleasesAndHighlightsKyiv() {
    Run run = run("search", "Kiev", "--index", index, "--passages", "1", "--sort", "date");
    assertThat(run.out())
        .startsWith("2 hits for \"Kiev\" (showing 1-2)")
        .contains(SEED + "  score")
        .contains("releases/norway-ukraine-winter-humanitarian-2023-10-26  score")
        .contains("who visited [Kyiv] and Kharkiv")
        .doesNotContain("did you mean");
  }

  @Test
  void explainShowsTermFieldAndScore() throws Exception {
    Run run = run("search", "interoperability", "--index", index, "--limit", "1", "--explain");
    assertThat(run.out())
        .contains("     " + SEED + "  score 0.964" + NL + "       0.964 = sum of:" + NL)
        .contains("body \"interoper\" (stem): BM25 freq=2 idf=");
    JsonNode hit =
        new ObjectMapper()
            .readTree(
                run(
                        "search",
                        "interoperability",
                        "--index",
                        index,
                        "--limit",
                        "1",
                        "--explain",
                        "--json")
                    .out())
            .get("hits")
            .get(0);
    assertThat(hit.get("explanation").asText()).startsWith("0.964 = sum of:\n");
    JsonNode plain =
        new ObjectMapper()
            .readTree(
                run("search", "interoperability", "--index", index, "--limit", "1", "--json").out())
            .get("hits")
            .get(0);
    assertThat(plain.has("explanation")).isFalse();
  }

  @Test
  void showPrintsTheWholeCommunique() throws Exception {
    Run run = run("show", SEED, "--index", index);
    assertThat(run.status()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.subList(0, 8))
        .containsExactly(
            "Ukraine Nears NATO: Secretary General Concludes Ministers' Meet",
            "",
            "id:           " + SEED,
            "date:         2023-11-29 (day precision, from dateline)",
            "organization: NATO",
            "speakers:     Jens Stoltenberg",
            "roles:        Secretary General",
            "topics:       ukraine, nato, russia");
    assertThat(run.out()).contains("make their forces fully interoperable with ours");
    Run copy =
        run("show", "releases/un-grain-shipments-food-security-2022-08-19", "--index", index);
    assertThat(copy.out())
        .contains("copies:       1" + NL + "              ")
        .contains("un-grain-shipments-food-security-2022-08-19-republished.txt");
    JsonNode json =
        new ObjectMapper().readTree(run("show", SEED, "--index", index, "--json").out());
    assertThat(json.get("title").asText())
        .isEqualTo("Ukraine Nears NATO: Secretary General Concludes Ministers' Meet");
    assertThat(json.get("date").asText()).isEqualTo("2023-11-29");
    assertThat(json.get("speakers").get(0).asText()).isEqualTo("Jens Stoltenberg");
    assertThat(json.get("body").asText()).startsWith("NATO Foreign Ministers concluded");
  }

  @Test
  void unknownIdIsOneLineWithTheNearestId() {
    Run run = run("show", "releases/nato-foreign-ministers-2023-11-2", "--index", index);
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "communique: no communiqué with id 'releases/nato-foreign-ministers-2023-11-2'; did you"
                + " mean "
                + SEED
                + "?"
                + NL);
  }
}
