package dev.communique.indexer.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.communique.core.DatePrecision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReaderTest {

  private static final String NBSP = "\u00A0";

  @TempDir Path dir;

  private final MarkdownReader reader = new MarkdownReader();

  @Test
  void readsWhiteHouseBriefingWithFoldedTitleAndNonBreakingSpaces() throws Exception {
    Path file =
        write(
            "press-briefings/2024-10-08-press-call.md",
            "---\n"
                + "date: '2024-10-08'\n"
                + "modified_time: 2024-10-07 15:48:02-04:00\n"
                + "published_time: 2024-10-08 05:00:00-04:00\n"
                + "source_url: https://bidenwhitehouse.archives.gov/briefing-room/press-briefings/"
                + "2024/10/08/press-call/\n"
                + "tags: press-briefings\n"
                + "title: \"White\\_House Press Call by Deputy Chief of Staff Natalie Quillian,"
                + " EPA Administrator\\\n"
                + "  \\ Michael Regan, and a Senior Administration Official Previewing the"
                + " President Trip\\\n"
                + "  \\ to\\_Wisconsin\"\n"
                + "---\n"
                + " \n"
                + "Via Teleconference\n"
                + "\n"
                + "11:34 A.M. EDT\n"
                + "\n"
                + "MR. FERNÁNDEZ HERNÁNDEZ:"
                + NBSP
                + " Hi."
                + NBSP
                + " Good morning, everyone.\n"
                + "\n"
                + "Thank you for joining today’s press call to preview President Biden’s\n"
                + "trip to Wisconsin and the Biden-Harris administration’s efforts to\n"
                + "ensure every community has access to clean, safe drinking water.\n"
                + NBSP
                + "  \n"
                + "Q    Will the President visit [Milwaukee](https://example.gov/mke)?  \n"
                + "MS. QUILLIAN:"
                + NBSP
                + " **Yes.**"
                + NBSP
                + " He will.\n"
                + "\n"
                + "\\# \\# \\#\n");

    CollectingSink sink = read(file, "wh-briefings/press-briefings/2024-10-08-press-call");

    RawRelease release = sink.clean();
    assertThat(release.title())
        .isEqualTo(
            "White House Press Call by Deputy Chief of Staff Natalie Quillian, EPA Administrator"
                + " Michael Regan, and a Senior Administration Official Previewing the President"
                + " Trip to Wisconsin");
    assertThat(release.id()).isEqualTo("wh-briefings/press-briefings/2024-10-08-press-call");
    assertThat(release.source())
        .isEqualTo(
            "https://bidenwhitehouse.archives.gov/briefing-room/press-briefings/2024/10/08/"
                + "press-call/");
    assertThat(release.location()).isEqualTo(file.toString());
    assertThat(release.fileName()).isEqualTo("2024-10-08-press-call.md");
    assertThat(release.date()).isEqualTo(LocalDate.of(2024, 10, 8));
    assertThat(release.datePrecision()).isEqualTo(DatePrecision.DAY);
    assertThat(release.type()).isEqualTo("press-briefings");
    assertThat(release.organization()).isNull();
    assertThat(release.body())
        .isEqualTo(
            "Via Teleconference\n"
                + "\n"
                + "11:34 A.M. EDT\n"
                + "\n"
                + "MR. FERNÁNDEZ HERNÁNDEZ: Hi. Good morning, everyone.\n"
                + "\n"
                + "Thank you for joining today’s press call to preview President Biden’s trip to"
                + " Wisconsin and the Biden-Harris administration’s efforts to ensure every"
                + " community has access to clean, safe drinking water.\n"
                + "\n"
                + "Q Will the President visit Milwaukee?\n"
                + "\n"
                + "MS. QUILLIAN: Yes. He will.\n"
                + "\n"
                + "# # #");
    assertThat(release.title() + release.body()).doesNotContain(NBSP);
  }

  @Test
  void removesMarkupWithoutLosingText() throws Exception {
    Path file =
        write(
            "markup.md",
            "---\n"
                + "title: Markup\n"
                + "date: '2023-11-29'\n"
                + "tags: fact-sheets\n"
                + "---\n"
                + "## Section *One*\n"
                + "\n"
                + "> Quoted **bold** and _italic_ text\n"
                + "> over two lines.\n"
                + "\n"
                + "-   First item with [a link](https://example.gov/a_(b)) and\n"
                + "    ![a chart](https://example.gov/chart.png) inside.\n"
                + "-   Second item with `inline *code*` and snake_case_name.\n"
                + "\n"
                + "1. Numbered item\n"
                + "2. Another one\n"
                + "\n"
                + "------------------------------------------------------------------------\n"
                + "\n"
                + "Hard\\\n"
                + "break and <u>underlined</u> <span style=\"x\">span</span> &amp; 5 * 3.\n"
                + "\n"
                + "| Country | Amount |\n"
                + "|---------|-------:|\n"
                + "| Chile   | $3,760 |\n"
                + "\n"
                + "<table>\n"
                + "<tr class=\"odd\">\n"
                + "<td>TCJA Extension</td>\n"
                + "<td>$21,092</td>\n"
                + "</tr>\n"
                + "</table>\n"
                + "\n"
                + "Escaped \\[brackets\\] and \\*stars\\*.\n");

    RawRelease release = read(file, "markup").clean();

    assertThat(release.body())
        .isEqualTo(
            "Section One\n"
                + "\n"
                + "Quoted bold and italic text over two lines.\n"
                + "\n"
                + "First item with a link and a chart inside.\n"
                + "\n"
                + "Second item with inline *code* and snake_case_name.\n"
                + "\n"
                + "1. Numbered item\n"
                + "\n"
                + "2. Another one\n"
                + "\n"
                + "Hard\n"
                + "break and underlined span & 5 * 3.\n"
                + "\n"
                + "Country Amount\n"
                + "\n"
                + "Chile $3,760\n"
                + "\n"
                + "TCJA Extension $21,092\n"
                + "\n"
                + "Escaped [brackets] and *stars*.");
    assertThat(release.body()).doesNotContain("https://", "<", "|", "**", "#", "---");
  }

  @Test
  void readsListTagsOptionalFieldsAndMonthPrecision() throws Exception {
    Path file =
        write(
            "statement.md",
            "---\n"
                + "title: Joint Statement\n"
                + "date: 2023-11\n"
                + "tags:\n"
                + "  - statements-releases\n"
                + "  - trade\n"
                + "organization: NATO\n"
                + "speakers: [Jens Stoltenberg, Mark Rutte]\n"
                + "topics: trade\n"
                + "---\n"
                + "\n"
                + "The allies agreed.\n");

    RawRelease release = read(file, "statement").clean();

    assertThat(release.type()).isEqualTo("statements-releases");
    assertThat(release.organization()).isEqualTo("NATO");
    assertThat(release.speakers()).containsExactly("Jens Stoltenberg", "Mark Rutte");
    assertThat(release.topics()).containsExactly("trade");
    assertThat(release.date()).isEqualTo(LocalDate.of(2023, 11, 1));
    assertThat(release.datePrecision()).isEqualTo(DatePrecision.MONTH);
    assertThat(release.source()).isEqualTo(file.toString());
    assertThat(release.body()).isEqualTo("The allies agreed.");
  }

  @Test
  void yearOnlyDateKeepsYearPrecision() throws Exception {
    Path file = write("year.md", "---\ntitle: Annual\ndate: 1946\n---\nText.\n");

    RawRelease release = read(file, "year").clean();

    assertThat(release.date()).isEqualTo(LocalDate.of(1946, 1, 1));
    assertThat(release.datePrecision()).isEqualTo(DatePrecision.YEAR);
  }

  @Test
  void fallsBackToPublishedTimeAndSpeakerField() throws Exception {
    Path file =
        write(
            "published.md",
            "---\n"
                + "title: Remarks\n"
                + "published_time: 2025-05-24 19:51:08-04:00\n"
                + "speaker: Joe Biden\n"
                + "---\n"
                + "Thank you.\n");

    RawRelease release = read(file, "published").clean();

    assertThat(release.date()).isEqualTo(LocalDate.of(2025, 5, 24));
    assertThat(release.datePrecision()).isEqualTo(DatePrecision.DAY);
    assertThat(release.speakers()).containsExactly("Joe Biden");
  }

  @Test
  void withoutFrontMatterTakesTitleFromFirstHeading() throws Exception {
    Path file =
        write(
            "plain.md",
            "Preface line.\n\n# The *Real* Title\n\nFirst paragraph\nwrapped.\n\n## Sub\n\nEnd.\n");

    RawRelease release = read(file, "plain").clean();

    assertThat(release.title()).isEqualTo("The Real Title");
    assertThat(release.body())
        .isEqualTo("Preface line.\n\nFirst paragraph wrapped.\n\nSub\n\nEnd.");
    assertThat(release.date()).isNull();
    assertThat(release.type()).isNull();
  }

  @Test
  void withoutFrontMatterOrHeadingHasNoTitle() throws Exception {
    Path file = write("untitled.md", "Just **text**.\n");

    RawRelease release = read(file, "untitled").clean();

    assertThat(release.title()).isNull();
    assertThat(release.body()).isEqualTo("Just text.");
  }

  @Test
  void stripsRepublisherFooter() throws Exception {
    Path file =
        write(
            "footer.md",
            "---\ntitle: Aid\n---\n"
                + "The ministry announced new aid for farmers in the north of the country.\n\n"
                + "It takes effect at once and runs for a full year.\n\n"
                + "/Public Release. This material from the originating organization/author(s)"
                + " might be of the point-in-time nature.\n");

    RawRelease release = read(file, "footer").clean();

    assertThat(release.body())
        .isEqualTo(
            "The ministry announced new aid for farmers in the north of the country.\n\n"
                + "It takes effect at once and runs for a full year.");
  }

  @Test
  void unclosedFrontMatterIsRefused() throws Exception {
    Path file = write("unclosed.md", "---\ntitle: Never closed\ndate: '2024-01-01'\n\nBody.\n");

    SourceException e = readFails(file);

    assertThat(e.location()).isEqualTo(file + ":1");
    assertThat(e.getMessage()).isEqualTo("front matter starting at line 1 is not closed with ---");
  }

  @Test
  void invalidYamlNamesItsLine() throws Exception {
    Path file =
        write("bad-yaml.md", "---\ntitle: ok\ntags: [unclosed\nsource_url: x\n---\nBody.\n");

    SourceException e = readFails(file);

    assertThat(e.location()).isEqualTo(file + ":4");
    assertThat(e.getMessage())
        .startsWith("front matter is not valid YAML at line 4: ")
        .contains("flow sequence")
        .endsWith("in 'source_url: x'")
        .doesNotContain("\n");
  }

  @Test
  void aliasBombFailsFast() throws Exception {
    StringBuilder yaml =
        new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char previous = 'a';
    for (char c = 'b'; c <= 'z'; c++) {
      yaml.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        yaml.append(i == 0 ? "" : ",").append('*').append(previous);
      }
      yaml.append("]\n");
      previous = c;
    }
    Path file = write("bomb.md", yaml + "title: Boom\n---\nBody.\n");

    SourceException e =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            Duration.ofSeconds(5), () -> readFails(file));

    assertThat(e.location()).isEqualTo(file + ":3");
    assertThat(e.getMessage())
        .isEqualTo("front matter uses the YAML alias *a at line 3; aliases are not supported");
  }

  @Test
  void deeplyNestedFrontMatterIsRefused() throws Exception {
    Path file =
        write(
            "deep.md",
            "---\ntitle: x\nnested: " + "[".repeat(100) + "]".repeat(100) + "\n---\nB.\n");

    SourceException e = readFails(file);

    assertThat(e.location()).isEqualTo(file + ":3");
    assertThat(e.getMessage())
        .contains("nesting depth")
        .contains("exceeds the maximum allowed (32");
  }

  @Test
  void unparseableDateIsAWarningWithItsLineAndTheReleaseIsKept() throws Exception {
    Path file =
        write("bad-date.md", "---\ntitle: Bad\ndate: '2023-13-45'\n---\nSigned on 4 May 2023.\n");

    CollectingSink sink = read(file, "bad-date");

    assertThat(sink.warnings)
        .containsExactly(
            file + ":3 unparseable date '2023-13-45' in front matter; dated from the text instead");
    RawRelease release = sink.clean();
    assertThat(release.title()).isEqualTo("Bad");
    assertThat(release.date()).isNull();
    assertThat(release.body()).isEqualTo("Signed on 4 May 2023.");
  }

  @Test
  void wordsForADateAreAWarning() throws Exception {
    Path file = write("word-date.md", "---\ntitle: Bad\ndate: yesterday\n---\nBody.\n");

    CollectingSink sink = read(file, "word-date");

    assertThat(sink.warnings)
        .containsExactly(
            file + ":3 unparseable date 'yesterday' in front matter; dated from the text instead");
    assertThat(sink.clean().date()).isNull();
  }

  @Test
  void titleWithAnEmptyBodyIsKept() throws Exception {
    Path file =
        write("empty-body.md", "---\ntitle: Nothing\n---\n \n<figure><img src=x /></figure>\n");

    RawRelease release = read(file, "empty-body").clean();

    assertThat(release.title()).isEqualTo("Nothing");
    assertThat(release.body()).isEmpty();
  }

  @Test
  void noTitleAndNoBodyIsRefused() throws Exception {
    Path file =
        write("nothing.md", "---\ndate: '2024-01-02'\n---\n \n<figure><img src=x /></figure>\n");

    SourceException e = readFails(file);

    assertThat(e.location()).isEqualTo(file.toString());
    assertThat(e.getMessage()).isEqualTo("no text: no title and no body after the front matter");
  }

  @Test
  void structuredTitleIsRefused() throws Exception {
    Path file = write("map-title.md", "---\ndate: '2024-01-02'\ntitle:\n  en: Hello\n---\nBody.\n");

    SourceException e = readFails(file);

    assertThat(e.location()).isEqualTo(file + ":3");
    assertThat(e.getMessage())
        .isEqualTo("front-matter field 'title' must be text or a list of text");
  }

  @Test
  void isTheReaderFormatsChoosesForMarkdown() {
    assertThat(new Formats().forFile("release.md.gz")).containsInstanceOf(MarkdownReader.class);
  }

  @Test
  void missingFileIsAnIoError() {
    assertThatThrownBy(() -> read(dir.resolve("missing.md"), "missing"))
        .isInstanceOf(NoSuchFileException.class);
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private CollectingSink read(Path file, String id) throws IOException, SourceException {
    CollectingSink sink = new CollectingSink();
    reader.read(new SourceFile(file, id), sink);
    return sink;
  }

  private SourceException readFails(Path file) {
    SourceException e = catchThrowableOfType(SourceException.class, () -> read(file, "failing"));
    assertThat(e).as("SourceException for %s", file).isNotNull();
    return e;
  }

  /** Collects what a reader gives. */
}
