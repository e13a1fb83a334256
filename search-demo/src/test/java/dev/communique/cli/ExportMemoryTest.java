package dev.communique.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.communique.core.Communique;
import dev.communique.core.index.CommuniqueIndex;
import java.io.BufferedReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code search --all} streams: 100,000 communiqués of about 500 characters each (some 50 MB of
 * text, more than the heap once loaded) are exported by a separate JVM limited to a 64 MB heap, and
 * every hit arrives exactly once in output that parses.
 */
class ExportMemoryTest {

  private static final int COUNT = 100_000;
  private static final String[] WORDS = {
    "ministers", "agreed", "energy", "security", "storage", "allies", "cooperation", "summit",
    "partners", "trade", "climate", "defence", "council", "statement", "readout", "briefing"
  };

  @TempDir static Path dir;
  static Path index;

  @BeforeAll
  static void build() throws Exception {
    index = dir.resolve("index");
    try (CommuniqueIndex writable = CommuniqueIndex.open(index)) {
      LocalDate day = LocalDate.of(2020, 1, 1);
      for (int i = 0; i < COUNT; i++) {
        StringBuilder body = new StringBuilder("Common statement number ").append(i).append(':');
        for (int w = 0; body.length() < 500; w++) {
          body.append(' ').append(WORDS[(i * 7 + w * 3 + w / 5) % WORDS.length]);
        }
        writable.upsert(
            Communique.builder(String.format("synthetic/%06d", i))
                .title("Synthetic \"release\", number " + i)
                .date(day.plusDays(i / 100))
                .body(body.toString())
                .build());
      }
      writable.commit();
    }
  }

  private static Path export(String name, String... args) throws Exception {
    Path out = dir.resolve(name);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx64m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(CommuniqueCli.class.getName());
    command.addAll(List.of(args));
    command.addAll(List.of("--index", index.toString()));
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(dir.resolve(name + ".err").toFile())
            .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(Files.readString(dir.resolve(name + ".err"))).isZero();
    return out;
  }

  @Test
  void csvOfEveryHitWithBodiesUnderA64MegabyteHeap() throws Exception {
    Path out =
        export(
            "all.csv",
            "search",
            "*",
            "--all",
            "--format",
            "csv",
            "--sort",
            "date-asc",
            "--fields",
            "id,date,title,body");
    long records = 0;
    String previous = null;
    try (Reader reader = Files.newBufferedReader(out, StandardCharsets.UTF_8);
        CSVParser parser =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
      assertThat(parser.getHeaderNames()).containsExactly("id", "date", "title", "body");
      for (CSVRecord record : parser) {
        assertThat(record.get("body")).startsWith("Common statement number ");
        if (previous != null) {
          assertThat(record.get("date")).isGreaterThanOrEqualTo(previous);
        }
        previous = record.get("date");
        records++;
      }
    }
    assertThat(records).isEqualTo(COUNT);
  }

  @Test
  void jsonLinesOfEveryHit() throws Exception {
    Path out = export("all.jsonl", "search", "*", "--all", "--format", "jsonl");
    ObjectMapper json = new ObjectMapper();
    long lines = 0;
    try (BufferedReader reader = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        JsonNode hit = json.readTree(line);
        assertThat(hit.get("id").asText()).startsWith("synthetic/");
        lines++;
      }
    }
    assertThat(lines).isEqualTo(COUNT);
  }
}
