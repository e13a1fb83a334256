package dev.communique.cli;

import static dev.communique.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.communique.cli.CliRun.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code search --facets}, {@code values}, filter-value hints and {@code similar}. */
class FacetsValuesSimilarCliTest {

  private static final String NL = System.lineSeparator();
  private static final String SUDAN = "releases/eu-sudan-humanitarian-aid-2025-04-15";

  @TempDir static Path dir;
  static String index;

  @BeforeAll
  static void indexSample() {
    index = CliRun.indexSample(dir).toString();
  }

  @Test
  void facetsArePrintedAsAlignedTablesAfterTheHits() {
    Run run =
        run(
            "search",
            "nato",
            "--index",
            index,
            "--limit",
            "0",
            "--facets",
            "speaker,year",
            "--facet-limit",
            "2");
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .isEqualTo(
            String.join(
                    "\n",
                    "11 hits for \"nato\" (none on this page)",
                    "",
                    "speaker",
                    "  Teodor Valdane       7",
                    "  Ingrid Solheim-Berg  2",
                    "  … and 8 more values (9)",
                    "",
                    "year",
                    "  2021  3",
                    "  2019  2",
                    "  … and 5 more values (6)",
                    "",
                    "")
                .replace("\n", NL));
  }

  @Test
  void jsonAddsFacetsAndWhatWasLeftOut() throws Exception {
    Run run =
        run(
            "search",
            "--org",
            "NATO",
            "--index",
            index,
            "--json",
            "--limit",
            "1",
            "--facets",
            "topic",
            "--facet-limit",
            "1");
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("total").asInt()).isEqualTo(9);
    assertThat(json.get("hits")).hasSize(1);
    assertThat(json.get("facets").toString())
        .isEqualTo("{\"topic\":[{\"value\":\"nato\",\"count\":8}]}");
    assertThat(json.get("facetsOther").toString())
        .isEqualTo("{\"topic\":{\"values\":11,\"count\":11}}");
  }

  @Test
  void anUnknownFacetIsAUsageError() {
    Run run = run("search", "nato", "--index", index, "--facets", "speaker,spkr");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "communique: --facets: unknown facet 'spkr' (expected year, month, organization,"
                + " speaker, role, topic, type)"
                + NL);
  }

  @Test
  void valuesAsJsonTextAndCsv() {
    Run json = run("values", "topic", "--prefix", "F", "--format", "json", "--index", index);
    assertThat(json.status()).isZero();
    assertThat(json.out())
        .isEqualTo(
            "{\"field\":\"topic\",\"values\":[{\"value\":\"food-security\",\"count\":4}]}" + NL);
    Run text = run("values", "speaker", "--limit", "2", "--index", index);
    assertThat(text.out())
        .isEqualTo(
            "Teodor Valdane    7"
                + NL
                + "Hélène Marchetti  4"
                + NL
                + "38 speaker values (36 not shown)"
                + NL);
    Run csv = run("values", "org", "--limit", "1", "--format", "csv", "--index", index);
    assertThat(csv.out()).isEqualTo("value,count\r\nNATO,9\r\n");
    Run bad = run("values", "colour", "--index", index);
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).startsWith("communique: FIELD: unknown facet 'colour'");
  }

  @Test
  void aTopicThatMatchesNothingGetsADidYouMean() {
    Run run = run("search", "--topic", "climate", "--index", index);
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("0 hits for everything" + NL);
    assertThat(run.err())
        .isEqualTo("communique: no topic 'climate'; did you mean climate-change?" + NL);
    Run known = run("search", "zebra", "--topic", "climate-change", "--index", index);
    assertThat(known.out()).startsWith("0 hits");
    assertThat(known.err()).isEmpty();
  }

  @Test
  void similarPrintsNeighboursAndSharesTheSearchJson() throws Exception {
    Run text = run("similar", SUDAN, "--limit", "2", "--passages", "0", "--index", index);
    assertThat(text.status()).isZero();
    assertThat(text.out())
        .startsWith("42 releases like " + SUDAN + " (showing 1-2)" + NL + NL)
        .contains("  1. 2020-10-20  United Nations")
        .contains("     releases/un-central-sahel-humanitarian-2020-10-20  score ")
        .contains("  2. 2023-10-26  Government of Norway  · Ingrid Solheim-Berg")
        .doesNotContain("  3. ");
    Run json = run("similar", SUDAN, "--limit", "2", "--json", "--index", index);
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertThat(root.get("similarTo").asText()).isEqualTo(SUDAN);
    assertThat(root.get("query").asText()).isEmpty();
    assertThat(root.get("total").asInt()).isEqualTo(42);
    assertThat(root.get("hits").get(1).get("id").asText())
        .isEqualTo("releases/norway-ukraine-winter-humanitarian-2023-10-26");
    assertThat(root.get("hits").get(0).get("snippets").get(0).asText()).contains("<mark>");
  }

  @Test
  void similarToAnUnknownIdIsOneLine() {
    Run run = run("similar", "releases/nope", "--index", index);
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("communique: no communiqué with id 'releases/nope'" + NL);
  }
}
