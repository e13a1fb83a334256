package dev.communique.indexer.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.communique.core.Turn;
import dev.communique.core.highlight.SnippetMarkup;
import dev.communique.core.highlight.SnippetOptions;
import dev.communique.core.index.CommuniqueIndex;
import dev.communique.core.search.SearchHit;
import dev.communique.core.search.SearchRequest;
import dev.communique.core.search.SearchResults;
import dev.communique.core.search.TurnHit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks mechanically, over three months of White House press briefings and remarks, that every
 * snippet a search restricted to one speaker returns lies in that speaker's words in the source
 * file: the snippet's text is found in the Markdown file, and the last transcript label before it
 * (read here with a pattern of this test's own, not the indexer's) names the speaker.
 */
@Tag("shared")
class SaidByCorrectnessTest {

  /** A label at a line start in the source: "MS. JEAN-PIERRE:", "THE PRESIDENT:", "Q". */
  private static final Pattern LABEL =
      Pattern.compile("^[ \\u00A0*_]*(Q\\b|[A-Z][A-Z.'’\\- \\u00A0]{1,60}(?:\\([^)]*\\))?[*_]*:)");

  @TempDir static Path dir;
  static CommuniqueIndex index;

  @BeforeAll
  static void indexSubset() throws Exception {
    Path wh = SharedData.whiteHouse();
    index = CommuniqueIndex.open(dir);
    List<Path> months = new ArrayList<>();
    for (String month : List.of("2023-01", "2023-02", "2023-03")) {
      months.add(wh.resolve("press-briefings").resolve(month));
      months.add(wh.resolve("speeches-remarks").resolve(month));
    }
    SharedData.indexer(index).index(months);
    index.commit();
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  /** Checks every snippet of a said-by search; returns how many were checked. */
  private static int check(String speaker, String query, Pattern names) throws Exception {
    SearchResults results =
        index.search(
            SearchRequest.builder(query)
                .saidBy(speaker)
                .limit(200)
                .snippets(new SnippetOptions(2, 120, SnippetMarkup.none()))
                .build());
    assertThat(results.totalHits()).as("%s on %s", speaker, query).isPositive();
    int checked = 0;
    List<String> failures = new ArrayList<>();
    for (SearchHit hit : results.hits()) {
      assertThat(hit.turns()).as(hit.communique().id()).isNotEmpty();
      Source source = new Source(Path.of(hit.communique().path()));
      for (TurnHit turn : hit.turns()) {
        assertThat(turn.speaker()).isEqualTo(speaker);
        String text = Source.letters(turn.snippet());
        if (text.isEmpty()) {
          failures.add(hit.communique().id() + " turn " + turn.index() + ": empty snippet");
          continue;
        }
        int at = source.text.indexOf(text);
        if (at < 0) {
          failures.add(hit.communique().id() + " turn " + turn.index() + ": not found: " + text);
          continue;
        }
        // The same words may occur twice (a reporter repeats an answer): any occurrence will do.
        List<String> under = new ArrayList<>();
        // A release without labels is one turn of its issuer, whom its title names.
        if (source.labels.isEmpty()) {
          if (!names.matcher(source.title.toUpperCase(java.util.Locale.ROOT)).find()) {
            failures.add(hit.communique().id() + ": no labels, title " + source.title);
          }
          checked++;
          continue;
        }
        while (at >= 0 && !names.matcher(source.labelBefore(at)).find()) {
          under.add(source.labelBefore(at));
          at = source.text.indexOf(text, at + 1);
        }
        if (at < 0) {
          failures.add(hit.communique().id() + " turn " + turn.index() + ": under " + under);
        }
        checked++;
      }
    }
    System.out.printf(
        "said-by %s on %s: %d hits, %d turn snippets checked against the source files%n",
        speaker, query, results.totalHits(), checked);
    assertThat(failures).as("%s on %s", speaker, query).isEmpty();
    return checked;
  }

  @Test
  void pressSecretarysSnippetsAreHers() throws Exception {
    assertThat(check("Karine Jean-Pierre", "China", Pattern.compile("JEAN-PIERRE")))
        .isGreaterThan(50);
    assertThat(check("Karine Jean-Pierre", "inflation", Pattern.compile("JEAN-PIERRE")))
        .isGreaterThan(20);
  }

  @Test
  void officialsSnippetsAreTheirs() throws Exception {
    assertThat(check("John Kirby", "Ukraine", Pattern.compile("KIRBY"))).isGreaterThan(20);
    assertThat(check("Joe Biden", "inflation", Pattern.compile("THE PRESIDENT|BIDEN")))
        .isGreaterThan(10);
  }

  @Test
  void reportersQuestionsAreQuestions() throws Exception {
    assertThat(check(Turn.QUESTION, "balloon", Pattern.compile("^Q$"))).isGreaterThan(20);
  }

  /**
   * A source file as its letters and digits only, lower case (so that Markdown escapes, emphasis
   * and white space never hide a snippet), and where its labels are.
   */
  private static final class Source {
    final String text;
    final String title;
    final List<int[]> labels = new ArrayList<>(); // {offset, index into names}
    final List<String> names = new ArrayList<>();

    Source(Path file) throws Exception {
      List<String> lines = Files.readAllLines(file);
      int first = 0;
      if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
        first = 1;
        while (first < lines.size() && !lines.get(first).strip().equals("---")) {
          first++;
        }
        first++;
      }
      StringBuilder out = new StringBuilder();
      this.title = lines.stream().filter(l -> l.startsWith("title:")).findFirst().orElse("");
      for (int i = first; i < lines.size(); i++) {
        String line = lines.get(i);
        var m = LABEL.matcher(line);
        if (m.lookingAt()) {
          labels.add(new int[] {out.length(), names.size()});
          names.add(m.group(1).replace('\u00A0', ' ').replaceAll("[*_:]", "").strip());
        }
        out.append(letters(line.replaceAll("<[^>]+>", "")));
      }
      this.text = out.toString();
    }

    static String letters(String text) {
      StringBuilder out = new StringBuilder();
      text.codePoints()
          .filter(Character::isLetterOrDigit)
          .map(Character::toLowerCase)
          .forEach(out::appendCodePoint);
      return out.toString();
    }

    String labelBefore(int offset) {
      String found = "(none)";
      for (int[] label : labels) {
        if (label[0] > offset) {
          break;
        }
        found = names.get(label[1]);
      }
      return found;
    }
  }
}
