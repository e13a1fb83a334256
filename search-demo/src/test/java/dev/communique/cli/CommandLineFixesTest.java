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

/** Query words starting with '-', colour, option messages, index paths and --version. */
class CommandLineFixesTest {

  @TempDir static Path dir;
  static Path index;

  @BeforeAll
  static void indexSample() {
    index = CliRun.indexSample(dir);
  }

  private static List<String> ids(String... args) throws Exception {
    // Options right after the command, so that a "--" in args still ends them.
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(1, List.of("--index", index.toString(), "--json", "--limit", "100"));
    Run run = run(all.toArray(String[]::new));
    assertThat(run.err()).isEmpty();
    List<String> ids = new ArrayList<>();
    for (JsonNode hit : new ObjectMapper().readTree(run.out()).get("hits")) {
      ids.add(hit.get("id").asText());
    }
    return ids;
  }

  @Test
  void aQueryWordMayStartWithADash() throws Exception {
    List<String> negated = ids("search", "nato", "-ukraine");
    assertThat(negated).isEqualTo(ids("search", "nato NOT ukraine"));
    assertThat(negated)
        .containsExactly(
            "releases/nato-counter-terrorism-southern-neighbourhood-2025-06-12",
            "releases/nato-western-balkans-visit-2021-06-07",
            "releases/nato-interoperability-roadmap-2019-10-24",
            "releases/nato-cyber-coalition-exercise-2020-11-20",
            "releases/nato-ai-principles-2021-10-22",
            "releases/nato-baltic-undersea-infrastructure-2024-11-28",
            "releases/germany-netherlands-interoperability-land-forces-2021-09-14",
            "releases/norway-germany-north-sea-infrastructure-2024-06-26",
            "releases/nato-arms-control-consultations-2019-08-02");
    assertThat(ids("search", "nato"))
        .hasSize(11)
        .contains("releases/nato-foreign-ministers-2023-11-29");
    // A word that starts like -h or -V is a word too, not --help or --version.
    assertThat(ids("search", "nato", "-hungary")).isEqualTo(ids("search", "nato NOT hungary"));
    assertThat(ids("search", "--", "-ukraine", "nato"))
        .containsExactlyInAnyOrderElementsOf(negated);
    // After "--" even a word starting with "--" is the query's, and the query parser judges it.
    Run afterEnd = run("search", "--index", index.toString(), "--", "--ukraine");
    assertThat(afterEnd.status()).isEqualTo(2);
    assertThat(afterEnd.err())
        .startsWith("communique: invalid query at position 1: unexpected '-'");
    Run typo = run("search", "nato", "--limt", "3", "--index", index.toString());
    assertThat(typo.status()).isEqualTo(2);
    assertThat(typo.err()).startsWith("communique: Unknown option: '--limt'\n");
  }

  @Test
  void helpSaysThatDoubleDashEndsOptions() {
    assertThat(run("search", "--help").out()).contains("'--' ends the options");
  }

  @Test
  void colorOptionDecidesTheDefaultSnippetMarkup() {
    String[] query = {"search", "interoperability", "--index", index.toString(), "--limit", "1"};
    assertThat(run(append(query, "--color", "always")).out())
        .contains("\u001b[1;33minteroperability\u001b[0m");
    assertThat(run(append(query, "--color", "never")).out())
        .contains("[interoperability]")
        .doesNotContain("\u001b[");
    // Not a console under the test runner: auto means no colour.
    assertThat(run(query).out()).contains("[interoperability]").doesNotContain("\u001b[");
    Run bad = run(append(query, "--color", "sometimes"));
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err())
        .startsWith(
            "communique: Invalid value for option '--color': expected auto, always or never,"
                + " not 'sometimes'");
  }

  @Test
  void optionMessagesNameTheOption() {
    String[] query = {"search", "nato", "--index", index.toString()};
    assertThat(error(append(query, "--passage-length", "0")))
        .isEqualTo("communique: --passage-length must be at least 20, not 0");
    assertThat(error(append(query, "--sort", "score")))
        .isEqualTo("communique: --sort must be relevance, date or date-asc, not 'score'");
    assertThat(error(append(query, "--limit", "-1")))
        .isEqualTo("communique: --limit must be between 0 and 10000, not -1");
    assertThat(error(append(query, "--offset", "2147483647")))
        .isEqualTo(
            "communique: --offset plus --limit must be at most 100000 (use --all to export every"
                + " hit), not 2147483657");
    assertThat(error(append(query, "--passages", "-2")))
        .isEqualTo("communique: --passages must be at least 0, not -2");
    assertThat(error(append(query, "--markup", "bold")))
        .isEqualTo("communique: --markup must be ansi, brackets, html or none, not 'bold'");
    assertThat(error(append(query, "--to", "2023-1")))
        .isEqualTo(
            "communique: --to: '2023-1' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD,"
                + " with a 2-digit month and day, e.g. 2023-01-05)");
    Run badQueryDate = run("search", "date:2023-1", "--index", index.toString());
    assertThat(badQueryDate.status()).isEqualTo(2);
    assertThat(badQueryDate.err().lines().findFirst().orElseThrow())
        .startsWith("communique: invalid query at position 5: '2023-1' is not a date");
  }

  private static String error(String... args) {
    Run run = run(args);
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().count()).isEqualTo(1);
    return run.err().strip();
  }

  @Test
  void indexingAMissingPathFailsWithoutCreatingAnIndex() {
    Path missing = dir.resolve("no-such-folder");
    Path target = dir.resolve("never-created");
    Run run = run("index", missing.toString(), "--index", target.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("communique: no such file or directory: " + missing + "\n");
    assertThat(target).doesNotExist();
  }

  @Test
  void indexingIntoAFileSaysWhatIsWrong() throws Exception {
    Path file = Files.writeString(dir.resolve("notes.md"), "not an index");
    Run run = run("index", "--index", file.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo("communique: --index " + file + " is a file; it must name an index directory\n");
    assertThat(Files.readString(file)).isEqualTo("not an index");
  }

  @Test
  void versionNamesProjectLuceneAndSchema() {
    Run run = run("--version");
    assertThat(run.status()).isZero();
    assertThat(run.out().strip())
        .matches(
            "communique \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(Lucene 9\\.12\\.3, index schema "
                + dev.communique.core.schema.CommuniqueSchema.VERSION
                + "\\)");
  }

  private static String[] append(String[] args, String... more) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  @Test
  void anOutputThatFailsIsAnErrorNotSilence() {
    java.io.StringWriter err = new java.io.StringWriter();
    java.io.PrintWriter broken =
        new java.io.PrintWriter(
            new java.io.Writer() {
              @Override
              public void write(char[] chars, int offset, int length) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
              }

              @Override
              public void flush() {}

              @Override
              public void close() {}
            });
    int status =
        CommuniqueCli.run(
            new String[] {
              "search", "nato", "--index", index.toString(), "--all", "--format", "csv"
            },
            broken,
            new java.io.PrintWriter(err));
    assertThat(status).isEqualTo(1);
    assertThat(err.toString().strip())
        .isEqualTo("communique: could not write the output (a closed pipe or a full disk)");
  }

  @Test
  void optionsThatWouldBeIgnoredAreRefused() throws Exception {
    String at = index.toString();
    assertThat(error("trend", "nato", "--top", "2", "--index", at))
        .isEqualTo("communique: --top: needs --group (it keeps the K biggest groups)");
    assertThat(error("trend", "--count", "occurrences", "--index", at))
        .isEqualTo(
            "communique: --count occurrences: needs a query with words to count (or use --count"
                + " documents)");
    assertThat(error("search", "nato", "--format", "csv", "--facets", "year", "--index", at))
        .isEqualTo(
            "communique: --facets: shown with text output or --json, not with --all, --fields,"
                + " jsonl or csv");
    assertThat(error("search", "nato", "--all", "--format", "jsonl", "--explain", "--index", at))
        .isEqualTo(
            "communique: --explain: shown with text output or --json, not with --all, --fields,"
                + " jsonl or csv");
    Path chart = dir.resolve("empty.svg");
    Run empty =
        run("trend", "zzzqqqxx", "--group", "speaker", "--svg", chart.toString(), "--index", at);
    assertThat(empty.status()).isZero();
    assertThat(Files.readString(chart)).contains("<svg").contains("zzzqqqxx");
  }
}
