package dev.communique.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommuniqueCliTest {

  @TempDir static Path dir;
  static Path index;

  /** One run's exit status and output. */
  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = CommuniqueCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(status, out.toString(), err.toString());
  }

  @BeforeAll
  static void indexSample() {
    index = dir.resolve("index");
    Run run = run("index", "--index", index.toString());
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains(
            "read 48, indexed 48 (added 48, updated 0), duplicates merged 4, skipped 0, ignored 0");
  }

  @Test
  void searchPrintsRankedHighlightedHits() {
    Run run = run("search", "interoperability", "--index", index.toString(), "--limit", "2");
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("9 hits for \"interoperability\" (showing 1-2)")
        .contains("  1. 2023-11-29  NATO  · Jens Stoltenberg\n")
        .contains("     Ukraine Nears NATO: Secretary General Concludes Ministers' Meet\n")
        .contains("innovation and [interoperability].")
        .contains(
            "  2. 2021-09-14  Government of Germany  · Matthias Feldkirch, Joost van Rijckevorsel")
        .doesNotContain("  3. ");
  }

  @Test
  void phraseQueriesAreEchoedOnce() {
    Run run = run("search", "\"energy security\"", "--index", index.toString(), "--limit", "1");
    assertThat(run.out()).startsWith("3 hits for \"energy security\" (showing 1-1)");
  }

  @Test
  void jsonIsTheStableContract() throws Exception {
    Run run =
        run("search", "interoperability", "--index", index.toString(), "--json", "--org", "NATO");
    assertThat(run.status()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("query").asText()).isEqualTo("interoperability");
    assertThat(json.get("total").asInt()).isEqualTo(4);
    JsonNode first = json.get("hits").get(0);
    assertThat(first.get("id").asText()).isEqualTo("releases/nato-foreign-ministers-2023-11-29");
    assertThat(first.get("date").asText()).isEqualTo("2023-11-29");
    assertThat(first.get("datePrecision").asText()).isEqualTo("day");
    assertThat(first.get("organization").asText()).isEqualTo("NATO");
    assertThat(first.get("speakers").get(0).asText()).isEqualTo("Jens Stoltenberg");
    assertThat(first.get("topics").get(0).asText()).isEqualTo("ukraine");
    assertThat(first.get("score").asDouble()).isPositive();
    assertThat(first.get("source").asText()).endsWith("nato-foreign-ministers-2023-11-29.txt");
    assertThat(first.get("snippets").get(0).asText()).contains("<mark>interoperability</mark>");
    assertThat(json.get("hits")).hasSize(4);
  }

  @Test
  void filtersAndDateSort() throws Exception {
    Run run =
        run(
            "search",
            "--index",
            index.toString(),
            "--json",
            "--speaker",
            "Solheim-Berg",
            "--from",
            "2022",
            "--to",
            "2023-12",
            "--sort",
            "date");
    JsonNode hits = new ObjectMapper().readTree(run.out()).get("hits");
    assertThat(hits).hasSize(2);
    assertThat(hits.get(0).get("id").asText())
        .isEqualTo("releases/norway-ukraine-winter-humanitarian-2023-10-26");
    assertThat(hits.get(1).get("id").asText())
        .isEqualTo("releases/nato-high-north-visit-2022-09-08");
  }

  @Test
  void badQueryIsOneLineAndExitsTwo() {
    Run run = run("search", "nato AND", "--index", index.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().findFirst().orElse(""))
        .isEqualTo(
            "communique: invalid query at position 8: the query ends where a term was expected");
  }

  @Test
  void badDateAndMissingIndexAreOneLine() {
    Run date = run("search", "nato", "--index", index.toString(), "--from", "2023-13-01");
    assertThat(date.status()).isEqualTo(2);
    assertThat(date.err().strip())
        .isEqualTo(
            "communique: --from: '2023-13-01' is not a valid date: Invalid value for MonthOfYear"
                + " (valid values 1 - 12): 13");
    Run missing = run("search", "nato", "--index", dir.resolve("nowhere").toString());
    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.err().lines().count()).isEqualTo(1);
    assertThat(missing.err()).startsWith("communique: no index at ");
  }

  @Test
  void verboseAddsTheStackTrace() {
    Run run = run("--verbose", "search", "nato AND", "--index", index.toString());
    assertThat(run.err()).contains("InvalidQueryException").contains("\tat ");
  }

  @Test
  void skipsAreListedAndStrictFails() throws Exception {
    Path corpus = java.nio.file.Files.createDirectories(dir.resolve("bad-corpus"));
    java.nio.file.Files.writeString(
        corpus.resolve("ok.txt"), "Title\n\nG7\n\nTokyo, 18 April 2023. Ministers met.\n");
    java.nio.file.Files.writeString(corpus.resolve("empty.txt"), "");
    String other = dir.resolve("strict-index").toString();
    Run lenient = run("index", corpus.toString(), "--index", other);
    assertThat(lenient.status()).isZero();
    assertThat(lenient.out())
        .contains(
            "read 2, indexed 1 (added 1, updated 0), duplicates merged 0, skipped 1, ignored 0")
        .contains("    " + corpus.resolve("empty.txt") + ": empty file");
    Run strict = run("index", corpus.toString(), "--index", other, "--strict");
    assertThat(strict.status()).isEqualTo(3);
    assertThat(strict.out()).contains("indexed 1 (added 0, updated 1)");
  }
}
