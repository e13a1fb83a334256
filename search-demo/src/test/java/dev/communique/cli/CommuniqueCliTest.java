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

class CommuniqueCliTest {

  @TempDir static Path dir;
  static Path index;

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
    // The good file is unchanged and skipped by its checksum; the bad one is read and reported
    // again.
    assertThat(strict.out())
        .contains("read 1, indexed 0 (added 0, updated 0), duplicates merged 0, skipped 1")
        .contains("committed 1 time; unchanged sources skipped 1 (--reread reads them again)")
        .contains("    " + corpus.resolve("empty.txt") + ": empty file");
  }

  @Test
  void kwicPrintsEveryOccurrenceAlignedOnTheKeyword() {
    Run run = run("kwic", "interoperability", "--index", index.toString());
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("10 occurrences of \"interoperability\" in 9 releases");
    assertThat(lines).hasSize(12);
    assertThat(lines.get(8))
        .isEqualTo(
            "2023-11-29  Stoltenberg     Ukraine Nears NATO: Secretary…      "
                + " the next year, covering energy security, innovation and"
                + " [interoperability]. He added: \"we are now transforming NATO's comprehensive");
    int keywordColumn = lines.get(2).indexOf('[');
    assertThat(lines.subList(2, 12)).allMatch(l -> l.indexOf('[') == keywordColumn);
  }

  @Test
  void kwicJsonLinesAreOneObjectPerOccurrence() throws Exception {
    Run run =
        run(
            "kwic",
            "\"energy security\"",
            "--index",
            index.toString(),
            "--format",
            "jsonl",
            "--window",
            "3",
            "--sort",
            "doc");
    assertThat(run.status()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(6);
    JsonNode last = new ObjectMapper().readTree(lines.get(5));
    List<String> names = new java.util.ArrayList<>();
    last.fieldNames().forEachRemaining(names::add);
    assertThat(names)
        .containsExactly(
            "id", "date", "speakers", "title", "left", "keyword", "right", "start", "end");
    assertThat(last.get("id").asText()).isEqualTo("releases/nato-foreign-ministers-2023-11-29");
    assertThat(last.get("left").asText()).isEqualTo("next year, covering");
    assertThat(last.get("keyword").asText()).isEqualTo("energy security");
    assertThat(last.get("right").asText()).isEqualTo(", innovation and interoperability.");
    assertThat(last.get("start").asInt()).isEqualTo(683);
    assertThat(last.get("end").asInt()).isEqualTo(698);
    Run json =
        run(
            "kwic",
            "interoperability",
            "--index",
            index.toString(),
            "--format",
            "json",
            "--limit",
            "3");
    JsonNode object = new ObjectMapper().readTree(json.out());
    assertThat(object.get("total").asInt()).isEqualTo(10);
    assertThat(object.get("documents").asInt()).isEqualTo(9);
    assertThat(object.get("lines")).hasSize(3);
    Run csv =
        run(
            "kwic",
            "interoperability",
            "--index",
            index.toString(),
            "--format",
            "csv",
            "--sort",
            "left");
    List<org.apache.commons.csv.CSVRecord> records =
        org.apache.commons.csv.CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new java.io.StringReader(csv.out()))
            .getRecords();
    assertThat(records).hasSize(10);
    assertThat(records.get(0).get("id")).isEqualTo("releases/nato-foreign-ministers-2023-11-29");
    assertThat(records.get(0).get("right")).startsWith(". He added:");
    assertThat(records.get(9).get("id")).isEqualTo("releases/nato-ai-principles-2021-10-22");
  }

  @Test
  void kwicRejectsBadOptionsNamingThem() {
    Run window = run("kwic", "nato", "--index", index.toString(), "--window", "-1");
    assertThat(window.status()).isEqualTo(2);
    assertThat(window.err().strip())
        .isEqualTo("communique: --window: must be 0..100 words, got -1");
    Run sort = run("kwic", "nato", "--index", index.toString(), "--sort", "best");
    assertThat(sort.err().strip())
        .isEqualTo("communique: --sort: unknown order 'best' (expected date, left, right or doc)");
    Run format = run("kwic", "nato", "--index", index.toString(), "--format", "xml");
    assertThat(format.err().strip())
        .isEqualTo(
            "communique: --format: unknown format 'xml' (expected text, json, jsonl or csv)");
  }

  @Test
  void exportAllWritesEveryHitAsCsvJsonLinesAndJson() throws Exception {
    Run csv = run("search", "*", "--index", index.toString(), "--all", "--format", "csv");
    assertThat(csv.status()).isZero();
    org.apache.commons.csv.CSVParser parser =
        org.apache.commons.csv.CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new java.io.StringReader(csv.out()));
    assertThat(parser.getHeaderNames())
        .containsExactly(
            "id",
            "date",
            "datePrecision",
            "organization",
            "speakers",
            "roles",
            "title",
            "type",
            "topics",
            "source",
            "path",
            "score",
            "copies");
    List<org.apache.commons.csv.CSVRecord> records = parser.getRecords();
    assertThat(records).hasSize(44);
    assertThat(records.stream().map(r -> r.get("id")).distinct().count()).isEqualTo(44);
    assertThat(records.stream().filter(r -> r.get("path").endsWith(".txt")).count()).isEqualTo(44);
    Run jsonl = run("search", "*", "--index", index.toString(), "--all", "--format", "jsonl");
    List<String> lines = jsonl.out().lines().toList();
    assertThat(lines).hasSize(44);
    for (String line : lines) {
      assertThat(new ObjectMapper().readTree(line).get("id").asText()).startsWith("releases/");
    }
    JsonNode json =
        new ObjectMapper()
            .readTree(
                run("search", "*", "--index", index.toString(), "--all", "--format", "json").out());
    assertThat(json.get("total").asInt()).isEqualTo(44);
    assertThat(json.get("hits")).hasSize(44);
  }

  @Test
  void formatJsonIsTheJsonContractWithPath() throws Exception {
    Run flag = run("search", "interoperability", "--index", index.toString(), "--json");
    Run format = run("search", "interoperability", "--index", index.toString(), "--format", "json");
    assertThat(format.out()).isEqualTo(flag.out());
    JsonNode first = new ObjectMapper().readTree(flag.out()).get("hits").get(0);
    assertThat(first.get("path").asText()).endsWith("nato-foreign-ministers-2023-11-29.txt");
    Run fields =
        run(
            "search",
            "interoperability",
            "--index",
            index.toString(),
            "--format",
            "csv",
            "--fields",
            "id,title,body",
            "--limit",
            "1");
    assertThat(fields.out())
        .startsWith(
            "id,title,body\r\nreleases/nato-foreign-ministers-2023-11-29,Ukraine Nears NATO:");
    Run bad =
        run("search", "nato", "--index", index.toString(), "--format", "csv", "--fields", "id,x");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err().strip())
        .isEqualTo(
            "communique: --fields: unknown field 'x' (valid: id, score, title, organization,"
                + " speakers, date, datePrecision, topics, source, snippets, roles, type,"
                + " dateSource, copies, copySources, path, titleDerived, speakerResolved, body,"
                + " turns)");
    Run text = run("search", "nato", "--index", index.toString(), "--all");
    assertThat(text.err().strip())
        .isEqualTo("communique: --all: needs --format json, jsonl or csv");
  }
}
