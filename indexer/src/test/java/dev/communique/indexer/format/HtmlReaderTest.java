package dev.communique.indexer.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.communique.core.DatePrecision;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReaderTest {

  private static final String PAGE =
      """
      <!DOCTYPE html>
      <html lang="en">
      <head>
        <meta charset="utf-8">
        <title>Statement | Ministry of Foreign Affairs</title>
        <meta property="og:title" content="Statement on the\u00A0Ceasefire">
        <meta property="og:site_name" content="Ministry of Foreign Affairs">
        <meta property="article:published_time" content="2024-03-05T10:15:00-05:00">
        <meta property="og:url" content="https://example.gov/og-url">
        <link rel="canonical" href="https://example.gov/statements/ceasefire">
        <style>p { color: red; }</style>
        <script>var tracking = "SCRIPT TEXT";</script>
      </head>
      <body>
        <div class="cookie">We use cookies. Accept?</div>
        <header><a href="/">Home</a><nav><ul><li>News</li><li>About</li></ul></nav></header>
        <nav class="breadcrumb">Home / Statements</nav>
        <main>
          <article>
            <h1>Statement on the Ceasefire</h1>
            <p>The Ministry <b>welcomes</b> the
               ceasefire agreed&nbsp;today.</p>
            <p>It calls on all parties<br>to respect it.</p>
            <ul><li>First point.</li><li>Second point.</li></ul>
            <blockquote>Peace is possible.</blockquote>
            <div>A closing line in a div.</div>
            <div class="share">Share on X</div>
            <form><input name="q"><button>Search</button></form>
            <script>document.write("INLINE SCRIPT")</script>
          </article>
          <aside>Related: other statements</aside>
        </main>
        <footer>Copyright 2024. Privacy policy.</footer>
      </body>
      </html>
      """;

  @TempDir Path dir;

  private final HtmlReader reader = new HtmlReader();

  @Test
  void readsMetadataAndMainTextWithoutPageFurniture() throws Exception {
    Path file = write("ceasefire.html", PAGE);

    RawRelease release = read(file, "mfa/ceasefire").clean();

    assertThat(release.id()).isEqualTo("mfa/ceasefire");
    assertThat(release.title()).isEqualTo("Statement on the Ceasefire");
    assertThat(release.organization()).isEqualTo("Ministry of Foreign Affairs");
    assertThat(release.source()).isEqualTo("https://example.gov/statements/ceasefire");
    assertThat(release.location()).isEqualTo(file.toString());
    assertThat(release.fileName()).isEqualTo("ceasefire.html");
    assertThat(release.date()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(release.datePrecision()).isEqualTo(DatePrecision.DAY);
    assertThat(release.body())
        .isEqualTo(
            "The Ministry welcomes the ceasefire agreed today.\n"
                + "\n"
                + "It calls on all parties\n"
                + "to respect it.\n"
                + "\n"
                + "First point.\n"
                + "\n"
                + "Second point.\n"
                + "\n"
                + "Peace is possible.\n"
                + "\n"
                + "A closing line in a div.");
    assertThat(release.body())
        .doesNotContain(
            "cookies",
            "News",
            "Home",
            "Share",
            "Search",
            "SCRIPT",
            "Related",
            "Copyright",
            "\u00A0");
  }

  @Test
  void fallsBackToHeadingBodyNameDateAndPath() throws Exception {
    Path file =
        write(
            "readout.html",
            """
            <html><head>
              <title>Site title</title>
              <meta name="author" content="Office of the Spokesperson">
              <meta name="date" content="2023-11">
            </head><body>
              <div class="menu">Menu entries</div>
              <h1>Readout of the Meeting</h1>
              <p>The Secretary met the Foreign Minister.</p>
            </body></html>
            """);

    RawRelease release = read(file, "readout").clean();

    assertThat(release.title()).isEqualTo("Readout of the Meeting");
    assertThat(release.organization()).isEqualTo("Office of the Spokesperson");
    assertThat(release.source()).isEqualTo(file.toString());
    assertThat(release.date()).isEqualTo(LocalDate.of(2023, 11, 1));
    assertThat(release.datePrecision()).isEqualTo(DatePrecision.MONTH);
    assertThat(release.body()).isEqualTo("The Secretary met the Foreign Minister.");
  }

  @Test
  void usesTitleElementAndSkipsAnUnparseableDateForTimeElement() throws Exception {
    Path file =
        write(
            "notice.htm",
            """
            <html><head>
              <title>  Annual   Notice </title>
              <meta name="dcterms.date" content="sometime in spring">
              <meta property="og:url" content="https://example.org/notice">
            </head><body>
              <div role="main">
                <p>Posted <time datetime="1999">in 1999</time>.</p>
                <p>Second paragraph.</p>
              </div>
            </body></html>
            """);

    RawRelease release = read(file, "notice").clean();

    assertThat(release.title()).isEqualTo("Annual Notice");
    assertThat(release.source()).isEqualTo("https://example.org/notice");
    assertThat(release.date()).isEqualTo(LocalDate.of(1999, 1, 1));
    assertThat(release.datePrecision()).isEqualTo(DatePrecision.YEAR);
    assertThat(release.organization()).isNull();
    assertThat(release.body()).isEqualTo("Posted in 1999.\n\nSecond paragraph.");
  }

  @Test
  void tableCellsStayApartAndRepublisherFooterIsRemoved() throws Exception {
    Path file =
        write(
            "table.html",
            """
            <html><body><article>
              <p>The budget for the year was agreed by the council after a long debate.</p>
              <table><tr><td>Defence</td><td>$297</td></tr>
                <tr><td>Health</td><td>$130</td></tr></table>
              <p>/Public Release. This material from the originating organization/author(s) might
              be of the point-in-time nature, and edited for clarity.</p>
            </article></body></html>
            """);

    RawRelease release = read(file, "table").clean();

    assertThat(release.body())
        .isEqualTo(
            "The budget for the year was agreed by the council after a long debate.\n"
                + "\n"
                + "Defence $297\n"
                + "\n"
                + "Health $130");
  }

  @Test
  void readsGzipCompressedPages() throws Exception {
    Path file = dir.resolve("ceasefire.html.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(PAGE.getBytes(StandardCharsets.UTF_8));
    }

    RawRelease release = read(file, "gz").clean();

    assertThat(release.fileName()).isEqualTo("ceasefire.html");
    assertThat(release.title()).isEqualTo("Statement on the Ceasefire");
    assertThat(release.body()).startsWith("The Ministry welcomes the ceasefire agreed today.");
  }

  @Test
  void pageWithATitleAndNoTextIsKept() throws Exception {
    Path file =
        write(
            "empty.html",
            "<html><head><title>Empty</title></head><body><nav>Home</nav>"
                + "<footer>Contact</footer></body></html>");

    RawRelease release = read(file, "empty").clean();

    assertThat(release.title()).isEqualTo("Empty");
    assertThat(release.body()).isEmpty();
  }

  @Test
  void pageWithoutTitleOrTextIsRefused() throws Exception {
    Path file = write("blank.html", "<html><body><nav>Home</nav></body></html>");

    SourceException e = readFails(file);

    assertThat(e.location()).isEqualTo(file.toString());
    assertThat(e.getMessage()).isEqualTo("no text in the page: no title and no body");
  }

  @Test
  void pageInLatin1IsRefusedByTextFiles() throws Exception {
    Path file = dir.resolve("latin1.html");
    Files.write(
        file, "<html><body><p>Déclaration</p></body></html>".getBytes(StandardCharsets.ISO_8859_1));

    SourceException e = readFails(file);

    assertThat(e.location()).startsWith(file.toString());
    assertThat(e.getMessage()).contains("not valid UTF-8");
  }

  @Test
  void isTheReaderFormatsChoosesForHtml() {
    assertThat(new Formats().forFile("page.htm")).containsInstanceOf(HtmlReader.class);
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
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
