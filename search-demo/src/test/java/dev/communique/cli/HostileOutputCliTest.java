package dev.communique.cli;

import static dev.communique.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.communique.cli.CliRun.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Releases written to attack whoever reads the output: formulas for spreadsheets, markup and
 * scripts for browsers; and queries past the limits set on the command line.
 */
class HostileOutputCliTest {
  @TempDir static Path dir;
  static Path index;

  @BeforeAll
  static void indexHostileReleases() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("hostile"));
    Files.writeString(
        corpus.resolve("formula.txt"),
        "=HYPERLINK(\"http://attacker.example/\",\"Click\")\n\nG7\n\n"
            + "Tokyo, 18 April 2023. Ministers discussed spreadsheets and formulas.\n");
    Files.writeString(
        corpus.resolve("script.txt"),
        "Statement on Web Safety\n\nG7\n\n"
            + "Tokyo, 19 April 2023. Ministers warned about <script>alert('x')</script> in pages,"
            + " about <img src=x onerror=alert(1)> tags and <a href=\"javascript:alert(2)\">links"
            + "</a> that run scripts.\n");
    index = dir.resolve("index");
    Run run = run("index", corpus.toString(), "--index", index.toString());
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("read 2, indexed 2 (added 2, updated 0)");
  }

  @Test
  void keywordInContextAndExportsEscapeTheDocumentsMarkupToo() {
    Run kwic = run("kwic", "scripts", "--index", index.toString(), "--markup", "html");
    assertThat(kwic.status()).isZero();
    assertThat(kwic.out())
        .contains("<mark>scripts</mark>")
        .contains("&lt;")
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("<a href");
    Run export =
        run(
            "search",
            "scripts",
            "--index",
            index.toString(),
            "--all",
            "--format",
            "jsonl",
            "--fields",
            "id,snippets",
            "--markup",
            "html");
    assertThat(export.status()).isZero();
    assertThat(export.out())
        .contains("<mark>scripts</mark>")
        .contains("&lt;")
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("<a href");
  }

  @Test
  void csvCellsNeverStartAFormula() throws Exception {
    Run csv =
        run(
            "search",
            "spreadsheets",
            "--index",
            index.toString(),
            "--format",
            "csv",
            "--fields",
            "id,title");
    assertThat(csv.status()).isZero();
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new java.io.StringReader(csv.out()))
            .getRecords();
    assertThat(records).hasSize(1);
    assertThat(records.get(0).get("title"))
        .isEqualTo("'=HYPERLINK(\"http://attacker.example/\",\"Click\")");
  }

  @Test
  void spreadsheetSafeMarksEveryFormulaStart() {
    assertThat(SpreadsheetSafe.cell("=1+2")).isEqualTo("'=1+2");
    assertThat(SpreadsheetSafe.cell("+1")).isEqualTo("'+1");
    assertThat(SpreadsheetSafe.cell("-1")).isEqualTo("'-1");
    assertThat(SpreadsheetSafe.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(SpreadsheetSafe.cell("\tx")).isEqualTo("'\tx");
    assertThat(SpreadsheetSafe.cell("\rx")).isEqualTo("'\rx");
    assertThat(SpreadsheetSafe.cell("NATO")).isEqualTo("NATO");
    assertThat(SpreadsheetSafe.cell("")).isEqualTo("");
  }

  @Test
  void htmlSnippetsEscapeTheDocumentsMarkup() {
    Run html = run("search", "scripts", "--index", index.toString(), "--markup", "html", "--json");
    assertThat(html.status()).isZero();
    String out = html.out();
    assertThat(out)
        .contains("&lt;<mark>script</mark>&gt;alert(&#39;x&#39;)&lt;&#x2F;<mark>script</mark>&gt;")
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .contains("&lt;a href=&quot;javascript:alert(2)&quot;&gt;");
    assertThat(out).doesNotContain("<script").doesNotContain("<img").doesNotContain("<a href");
    Run text = run("search", "scripts", "--index", index.toString(), "--markup", "html");
    assertThat(text.status()).isZero();
    assertThat(text.out())
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("<a href");
  }

  @Test
  void queriesPastTheLimitsFailWithOneLine() {
    Run clauses = run("search", "a b c d e f", "--index", index.toString(), "--max-clauses", "3");
    assertThat(clauses.status()).isEqualTo(ErrorReporter.FAILURE);
    assertThat(clauses.err())
        .isEqualTo(
            "communique: the query expands to more than 3 clauses; use fewer words or"
                + " alternatives, and more letters before '*' or '~' (the limit is set by"
                + " --max-clauses)\n");
    Run deep = run("search", "(".repeat(40) + "g7" + ")".repeat(40), "--index", index.toString());
    assertThat(deep.err())
        .isEqualTo(
            "communique: the query nests parentheses 40 deep; the limit is 32 (set by"
                + " --max-nesting)\n");
    Run shallow =
        run("search", "((g7) OR (nato))", "--index", index.toString(), "--max-nesting", "1");
    assertThat(shallow.err())
        .isEqualTo(
            "communique: the query nests parentheses 2 deep; the limit is 1 (set by"
                + " --max-nesting)\n");
    Run nested = run("search", "((g7) OR (nato))", "--index", index.toString());
    assertThat(nested.status()).isZero();
    Run length = run("search", "g7 nato", "--index", index.toString(), "--max-query-length", "5");
    assertThat(length.status()).isEqualTo(ErrorReporter.FAILURE);
    assertThat(length.err())
        .isEqualTo(
            "communique: the query is 7 characters long; the limit is 5 (set by"
                + " --max-query-length)\n");
    Run badTimeout = run("search", "g7", "--index", index.toString(), "--timeout", "0");
    assertThat(badTimeout.status()).isEqualTo(ErrorReporter.USAGE);
    assertThat(badTimeout.err())
        .isEqualTo(
            "communique: --timeout must be a number of seconds above 0, at most 86400; got 0.0\n");
  }
}
