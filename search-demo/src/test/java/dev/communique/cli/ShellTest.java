package dev.communique.cli;

import static dev.communique.cli.CliRun.shell;
import static org.assertj.core.api.Assertions.assertThat;

import dev.communique.cli.CliRun.Run;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code communique shell} over piped input, and its completion. */
class ShellTest {

  @TempDir static Path dir;
  static Path index;

  @BeforeAll
  static void indexSample() {
    index = CliRun.indexSample(dir);
  }

  @Test
  void runsSeveralCommandsOnTheShellsIndexAndStopsAtExit() {
    Run run =
        shell(
            String.join(
                "\n",
                "search interoperability --limit 1",
                "",
                "# a comment",
                "search '\"energy security\"' --limit 1 --sort date",
                "exit",
                "search never-run"),
            "shell",
            "--index",
            index.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .startsWith("9 hits for \"interoperability\" (showing 1-1)\n\n")
        .contains("  1. 2023-11-29  NATO  · Jens Stoltenberg\n")
        .contains("3 hits for \"energy security\" (showing 1-1)\n")
        .doesNotContain("never-run")
        .doesNotContain("communique>");
  }

  @Test
  void optionsOfOneLineDoNotLeakIntoTheNext() {
    Run run =
        shell(
            "search interoperability --org NATO --limit 1\nsearch interoperability --limit 1\n",
            "shell",
            "--index",
            index.toString());
    assertThat(run.out())
        .startsWith("4 hits for \"interoperability\" (showing 1-1)")
        .contains("9 hits for \"interoperability\" (showing 1-1)");
  }

  @Test
  void anErrorLineIsOneLineAndTheLoopGoesOn() {
    Run run =
        shell(
            "search \"nato AND\"\nsearch interoperability --limit 1 --sort score\n"
                + "shell\nsearch interoperability --limit 1\n",
            "shell",
            "--index",
            index.toString());
    assertThat(run.err().lines().toList())
        .containsExactly(
            "communique: invalid query at position 8: the query ends where a term was expected",
            "  nato AND",
            "          ^",
            "hint: add a term after AND, or remove it",
            "communique: --sort must be relevance, date or date-asc, not 'score'",
            "communique: already in the shell");
    assertThat(run.out()).startsWith("9 hits for \"interoperability\" (showing 1-1)");
    assertThat(run.status()).isZero();
  }

  @Test
  void theLastCommandsStatusIsTheShells() {
    Run run =
        shell(
            "search interoperability --limit 0\nsearch 'nato AND'",
            "shell",
            "--index",
            dir.resolve("nowhere").toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err().lines().toList())
        .hasSize(2)
        .allSatisfy(line -> assertThat(line).startsWith("communique: no index at "));
  }

  @Test
  void completesCommandsOptionsValuesAndQueryFields() {
    ShellCompleter completer =
        new ShellCompleter(
            new CommuniqueCli()
                .commandLine(
                    new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));
    assertThat(complete(completer, "sea")).containsExactly("search");
    assertThat(complete(completer, "ex")).containsExactly("exit");
    assertThat(complete(completer, "search spe")).containsExactly("speaker:");
    assertThat(complete(completer, "search nato +da")).containsExactly("+date:");
    assertThat(complete(completer, "search --li")).containsExactly("--limit");
    assertThat(complete(completer, "search --sort date"))
        .containsExactlyInAnyOrder("date", "date-asc");
    assertThat(complete(completer, "search nato --sort "))
        .containsExactlyInAnyOrder("relevance", "date", "date-asc");
    assertThat(complete(completer, "search nato --color n")).containsExactly("never");
    assertThat(complete(completer, "search --speaker spe")).isEmpty();
    assertThat(complete(completer, "search --col")).containsExactly("--collection", "--color");
  }

  private static List<String> complete(ShellCompleter completer, String line) {
    List<Candidate> candidates = new ArrayList<>();
    completer.complete(
        null,
        new DefaultParser().parse(line, line.length(), Parser.ParseContext.COMPLETE),
        candidates);
    return candidates.stream().map(Candidate::value).toList();
  }
}
