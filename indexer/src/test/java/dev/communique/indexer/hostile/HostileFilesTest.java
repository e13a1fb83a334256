package dev.communique.indexer.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.communique.core.Communique;
import dev.communique.core.index.CommuniqueIndex;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of bad files, generated here (the big ones are never committed), indexed by a child JVM
 * with a 512 MB heap: each bad file gets a located skip or warning, every good file around them is
 * indexed, and nothing runs out of memory.
 */
class HostileFilesTest {
  @TempDir Path dir;

  private static final String GOOD =
      "Ministers Meet on %s\n\nG7\n\nTokyo, 18 April 2023. Ministers met and agreed on %s.\n";

  @Test
  void everyBadFileIsReportedAndEveryGoodOneIndexed() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    for (String topic : List.of("energy", "trade", "health")) {
      Files.writeString(corpus.resolve("good-" + topic + ".txt"), GOOD.formatted(topic, topic));
    }
    Files.writeString(corpus.resolve("empty.txt"), "");
    Files.write(corpus.resolve("binary.txt"), new byte[] {'a', 0, 1, 2, 'b'});
    Files.write(
        corpus.resolve("invalid-utf8.txt"), new byte[] {'T', 'i', '\n', '\n', (byte) 0xC3, '('});
    byte[] utf16 = "Title\n\nBody".getBytes(StandardCharsets.UTF_16LE);
    byte[] bom = new byte[utf16.length + 2];
    bom[0] = (byte) 0xFF;
    bom[1] = (byte) 0xFE;
    System.arraycopy(utf16, 0, bom, 2, utf16.length);
    Files.write(corpus.resolve("utf16-bom.txt"), bom);
    Files.write(corpus.resolve("utf16-nobom.txt"), utf16);
    try (BufferedWriter out = Files.newBufferedWriter(corpus.resolve("huge.txt"))) {
      String line = "A line of a very long file that is far too big to be one release. ".repeat(4);
      for (long written = 0; written < 100L * 1024 * 1024; written += line.length() + 1) {
        out.write(line);
        out.write('\n');
      }
    }
    Files.writeString(
        corpus.resolve("long-line.txt"),
        "Long Line Release\n\nG7\n\nTokyo, 18 April 2023. " + "word ".repeat(1_000_000) + "\n");
    Files.writeString(
        corpus.resolve("deep-yaml.md"),
        "---\ntitle: " + "[".repeat(5000) + "]".repeat(5000) + "\n---\nBody text here.\n");
    StringBuilder bomb = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'k'; c++) {
      String prev = String.valueOf((char) (c - 1));
      bomb.append(c)
          .append(": &")
          .append(c)
          .append(" [*")
          .append(prev)
          .append(",*")
          .append(prev)
          .append(",*")
          .append(prev)
          .append(",*")
          .append(prev)
          .append("]\n");
    }
    Files.writeString(
        corpus.resolve("alias-bomb.md"), bomb + "title: Bomb\n---\nBody text here.\n");
    Files.writeString(
        corpus.resolve("huge-yaml.md"),
        "---\ntitle: Huge\nnotes: \"" + "x".repeat(6_000_000) + "\"\n---\nBody text here.\n");
    Files.write(corpus.resolve("truncated.txt.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0});
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(corpus.resolve("bomb.txt.gz")), 1 << 16) {
          {
            def.setLevel(java.util.zip.Deflater.BEST_SPEED);
          }
        }) {
      byte[] zeros = new byte[1 << 20];
      java.util.Arrays.fill(zeros, (byte) 'a');
      for (int i = 0; i < 1024; i++) { // 1 GiB inflated, about 1 MB on disk
        out.write(zeros);
      }
    }
    Files.writeString(
        corpus.resolve("records.jsonl"),
        "{\"id\":\"j1\",\"title\":\"First\",\"body\":\"Alpha text\",\"date\":\"2023-01-02\"}\n"
            + "{\"id\":\"j2\",\"title\":\"Broken\",\"body\":\"oops\"\n"
            + "{\"id\":\"j3\",\"title\":\"Third\",\"body\":\"Gamma text\",\"date\":\"31/02/2023\"}\n"
            + "{\"id\":\"j4\",\"title\":\"Fourth\",\"body\":\"Delta text\",\"date\":\"1999-13-40\"}\n");
    try (BufferedWriter out = Files.newBufferedWriter(corpus.resolve("big-line.jsonl"))) {
      out.write("{\"id\":\"before-big\",\"title\":\"Before\",\"body\":\"Before text\"}\n");
      out.write("{\"id\":\"big\",\"title\":\"Big\",\"body\":\"");
      for (int i = 0; i < 50 * 1024; i++) {
        out.write("x".repeat(1024));
      }
      out.write("\"}\n");
      out.write("{\"id\":\"after-big\",\"title\":\"After\",\"body\":\"After text\"}\n");
    }
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(corpus.resolve("cut.jsonl.gz")))) {
      out.write(
          "{\"id\":\"before-cut\",\"title\":\"Kept\",\"body\":\"Kept text\"}\n"
              .getBytes(StandardCharsets.UTF_8));
      out.write("{\"id\":\"cut\",\"body\":\"".getBytes(StandardCharsets.UTF_8));
      out.write(new byte[200_000]);
    }
    byte[] whole = Files.readAllBytes(corpus.resolve("cut.jsonl.gz"));
    Files.write(corpus.resolve("cut.jsonl.gz"), java.util.Arrays.copyOf(whole, whole.length - 40));
    Files.writeString(
        corpus.resolve("page.html"),
        "<html><head><title>Page Statement</title><script>alert('head')</script></head><body>"
            + "<p onclick=\"alert('click')\">Ministers met in Paris on 3 May 2024.</p>"
            + "<script>document.write('evil')</script>"
            + "<p><a href=\"javascript:alert('link')\">Read more</a> about the meeting.</p>"
            + "</body></html>");
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("secret.txt"), GOOD.formatted("secrets", "secrets"));
    Path sub = Files.createDirectories(corpus.resolve("sub"));
    Files.createSymbolicLink(sub.resolve("loop"), corpus);
    Files.createSymbolicLink(corpus.resolve("outside-link.txt"), outside.resolve("secret.txt"));

    Files.writeString(corpus.resolve("vanishing.txt"), GOOD.formatted("vanishing", "vanishing"));
    Files.writeString(corpus.resolve("unreadable.txt"), GOOD.formatted("locked", "locked"));
    Process mkfifo = new ProcessBuilder("mkfifo", corpus.resolve("pipe.txt").toString()).start();
    assertThat(mkfifo.waitFor()).as("mkfifo").isZero();

    List<String> lines =
        ChildJvm.run(
            ReportingRun.class,
            "-Xmx512m",
            dir.resolve("index"),
            corpus,
            "gone:vanishing.txt",
            "unreadable:unreadable.txt");
    String out = String.join("\n", lines);
    System.out.println("hostile files:\n" + out);

    assertThat(lines.get(lines.size() - 1)).startsWith("DONE ");
    assertThat(out)
        .contains("SKIP " + corpus.resolve("empty.txt") + ": empty file")
        .contains("SKIP " + corpus.resolve("binary.txt") + ": binary file")
        .contains("SKIP " + corpus.resolve("invalid-utf8.txt"))
        .contains("SKIP " + corpus.resolve("utf16-bom.txt"))
        .contains("SKIP " + corpus.resolve("utf16-nobom.txt") + ": binary file")
        .contains("SKIP " + corpus.resolve("huge.txt") + ": more than 32 MiB of text")
        .contains("SKIP " + corpus.resolve("bomb.txt.gz") + ": more than 32 MiB of text")
        .contains("SKIP " + corpus.resolve("truncated.txt.gz") + ": not a valid gzip file")
        .contains(
            "SKIP "
                + corpus.resolve("big-line.jsonl")
                + ":2: a line of 52428836 characters, more than the 33554432 one record may hold;"
                + " the line is skipped")
        .contains(
            "SKIP " + corpus.resolve("cut.jsonl.gz") + ":2: not a valid gzip file after line 1")
        .contains("SKIP " + corpus.resolve("records.jsonl") + ":2: malformed JSON")
        .contains(
            "SKIP "
                + corpus.resolve("records.jsonl")
                + ":3: '31/02/2023' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)")
        .contains(
            "SKIP "
                + corpus.resolve("records.jsonl")
                + ":4: '1999-13-40' is not a valid date: Invalid value for MonthOfYear")
        .contains(
            "SKIP "
                + corpus.resolve("outside-link.txt")
                + ": a link to a file outside the indexed folder")
        .contains("IGNORE " + sub.resolve("loop") + ": link to a folder or to nothing")
        .contains(
            "IGNORE "
                + corpus.resolve("pipe.txt")
                + ": not a regular file (a pipe, socket or device); not read")
        .contains(
            "SKIP "
                + corpus.resolve("vanishing.txt")
                + ": cannot read: the file is gone (deleted or moved after the run found it)")
        .containsPattern(
            "SKIP "
                + java.util.regex.Pattern.quote(corpus.resolve("unreadable.txt").toString())
                + ": cannot read: (permission denied|Is a directory)")
        .contains("SKIP " + corpus.resolve("deep-yaml.md"))
        .contains(
            "SKIP " + corpus.resolve("alias-bomb.md") + ":3: front matter uses the YAML alias")
        .contains("SKIP " + corpus.resolve("huge-yaml.md"))
        .contains(
            "WARN "
                + corpus.resolve("long-line.txt")
                + ": body truncated from 5000021 to 2000000 characters (the limit is set by"
                + " --max-body)")
        .endsWith("DONE added=9 count=9");
    try (CommuniqueIndex index = CommuniqueIndex.openReadOnly(dir.resolve("index"))) {
      for (String topic : List.of("energy", "trade", "health")) {
        assertThat(index.get("corpus/good-" + topic)).isPresent();
      }
      assertThat(index.get("j1")).isPresent();
      assertThat(index.get("j2")).isEmpty();
      assertThat(index.get("before-big")).isPresent();
      assertThat(index.get("after-big")).isPresent();
      assertThat(index.get("big")).isEmpty();
      assertThat(index.get("before-cut")).isPresent();
      Communique page = index.get("corpus/page").orElseThrow();
      assertThat(page.body())
          .contains("Ministers met in Paris")
          .doesNotContain("alert")
          .doesNotContain("javascript")
          .doesNotContain("evil");
      assertThat(index.get("corpus/long-line").orElseThrow().body()).hasSize(2_000_000);
    }
  }
}
