package dev.communique.indexer.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.communique.core.DatePrecision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvManifestReaderTest {

  private static final String HEADER =
      "file,ISO Code,Country,Session,Year,Name of Person Speaking,Post\r\n";

  private static final ColumnMapping UNGDC =
      ColumnMapping.parse(
          "speaker=\"Name of Person Speaking\", organization=Country, date=Year, role=Post,"
              + " title=\"{Country}: UN General Debate, {Year}\", type='general-debate'");

  @TempDir Path root;

  private Path corpus;

  private final CsvManifestReader reader = new CsvManifestReader();

  @BeforeEach
  void writeCorpus() throws IOException {
    corpus = root.resolve("ungdc");
    text("TXT/Session 01 - 1946/ARG_01_1946.txt", "At the resumption of the first session...\n");
    text("TXT/Session 02 - 1947/CSK_02_1947.txt", "The Czechoslovak delegation...\n");
    text("TXT/Session 03 - 1948/FRA_03_1948.txt", "La délégation française...\n");
    Files.writeString(root.resolve("escape.txt"), "outside the corpus\n");
  }

  @Test
  void readsRowsWithYearPrecisionAndSkipsBadRowsWithTheirLines() throws Exception {
    Path manifest =
        manifest(
            HEADER
                + "TXT/Session 01 - 1946/ARG_01_1946.txt,ARG,Argentina,01,1946,Mr. Arce,\r\n"
                + "TXT/Session 02 - 1947/CSK_02_1947.txt,CSK,,02,1947,,\r\n"
                + "TXT/Session 02 - 1947/missing.txt,BEL,Belgium,02,1947,Mr. Spaak,\r\n"
                + "../escape.txt,XXX,Nowhere,01,1946,Mr. Escape,\r\n"
                + "TXT/Session 03 - 1948/FRA_03_1948.txt,FRA,France,03,19x6,M. Schuman,\r\n"
                + root.resolve("escape.txt")
                + ",ABS,Absolute,01,1946,Mr. Abs,\r\n"
                + "TXT/Session 01 - 1946/ARG_01_1946.txt,ARG,Argentina,01,1946,Mr. Arce,\r\n"
                + "TXT/Session 03 - 1948/FRA_03_1948.txt,FRA,France,03\r\n");
    CollectingSink skips = new CollectingSink();

    List<ManifestEntry> entries = reader.entries(manifest, UNGDC, skips);

    assertThat(skips.skips)
        .containsExactly(
            manifest + ":4 file 'TXT/Session 02 - 1947/missing.txt' not found",
            manifest + ":5 file path '../escape.txt' leads outside the manifest's folder",
            manifest
                + ":6 unparseable date '19x6' (date=\"Year\"; expected YYYY, YYYY-MM or"
                + " YYYY-MM-DD)",
            manifest
                + ":7 file path '"
                + root.resolve("escape.txt")
                + "' is absolute; it must be relative to the manifest's folder",
            manifest
                + ":8 duplicate id 'ungdc/TXT/Session_01_-_1946/ARG_01_1946' (first at line 2)",
            manifest + ":9 row has 4 fields but the header has 7");
    assertThat(skips.releases).isEmpty();
    assertThat(entries).hasSize(2);

    ManifestEntry argentina = entries.get(0);
    assertThat(argentina.location()).isEqualTo(manifest + ":2");
    assertThat(argentina.file()).isEqualTo(corpus.resolve("TXT/Session 01 - 1946/ARG_01_1946.txt"));
    RawRelease metadata = argentina.metadata();
    assertThat(metadata.id()).isEqualTo("ungdc/TXT/Session_01_-_1946/ARG_01_1946");
    assertThat(metadata.source())
        .isEqualTo(corpus.resolve("TXT/Session 01 - 1946/ARG_01_1946.txt").toString());
    assertThat(metadata.title()).isEqualTo("Argentina: UN General Debate, 1946");
    assertThat(metadata.organization()).isEqualTo("Argentina");
    assertThat(metadata.speakers()).containsExactly("Mr. Arce");
    assertThat(metadata.roles()).isEmpty();
    assertThat(metadata.date()).isEqualTo(LocalDate.of(1946, 1, 1));
    assertThat(metadata.datePrecision()).isEqualTo(DatePrecision.YEAR);
    assertThat(metadata.type()).isEqualTo("general-debate");
    assertThat(metadata.fileName()).isEqualTo("ARG_01_1946.txt");
    assertThat(metadata.body()).isEmpty();

    RawRelease czechoslovakia = entries.get(1).metadata();
    assertThat(czechoslovakia.id()).isEqualTo("ungdc/TXT/Session_02_-_1947/CSK_02_1947");
    assertThat(czechoslovakia.speakers()).isEmpty();
    assertThat(czechoslovakia.organization()).isNull();
    assertThat(czechoslovakia.title()).isNull();
    assertThat(czechoslovakia.datePrecision()).isEqualTo(DatePrecision.YEAR);
  }

  @Test
  void readTurnsAnEntryIntoAReleaseWithItsText() throws Exception {
    text(
        "TXT/Session 01 - 1946/ARG_01_1946.txt",
        "At the resumption of the first session of the General Assembly, the Argentine"
            + " delegation wishes to speak.\n\n"
            + "/Public Release. This material from the originating organization/author(s)"
            + " might be of the point-in-time nature.\n");
    Path manifest =
        manifest(
            HEADER + "TXT/Session 01 - 1946/ARG_01_1946.txt,ARG,Argentina,01,1946,Mr. Arce,\r\n");
    CollectingSink sink = new CollectingSink();

    List<ManifestEntry> entries = reader.entries(manifest, UNGDC, sink);
    reader.read(entries.get(0), sink);

    assertThat(sink.skips).isEmpty();
    RawRelease release = sink.only();
    assertThat(release.id()).isEqualTo("ungdc/TXT/Session_01_-_1946/ARG_01_1946");
    assertThat(release.location()).isEqualTo(manifest + ":2");
    assertThat(release.speakers()).containsExactly("Mr. Arce");
    assertThat(release.datePrecision()).isEqualTo(DatePrecision.YEAR);
    assertThat(release.body())
        .isEqualTo(
            "At the resumption of the first session of the General Assembly, the Argentine"
                + " delegation wishes to speak.");
  }

  @Test
  void readSkipsAFileThatVanishedOrIsEmptyAfterListing() throws Exception {
    Path manifest =
        manifest(
            HEADER
                + "TXT/Session 01 - 1946/ARG_01_1946.txt,ARG,Argentina,01,1946,Mr. Arce,\r\n"
                + "TXT/Session 02 - 1947/CSK_02_1947.txt,CSK,,02,1947,,\r\n");
    CollectingSink sink = new CollectingSink();
    List<ManifestEntry> entries = reader.entries(manifest, UNGDC, sink);
    Path argentina = corpus.resolve("TXT/Session 01 - 1946/ARG_01_1946.txt");
    Path czechoslovakia = corpus.resolve("TXT/Session 02 - 1947/CSK_02_1947.txt");
    Files.delete(argentina);
    Files.writeString(czechoslovakia, "  \n");

    reader.read(entries.get(0), sink);
    reader.read(entries.get(1), sink);

    assertThat(sink.releases).isEmpty();
    assertThat(sink.skips).hasSize(2);
    assertThat(sink.skips.get(0)).isEqualTo(manifest + ":2 text file " + argentina + " not found");
    assertThat(sink.skips.get(1))
        .startsWith(manifest + ":3 text file " + czechoslovakia + ": ")
        .contains("empty");
  }

  @Test
  void entriesCanBeReadInParallel() throws Exception {
    StringBuilder rows = new StringBuilder(HEADER);
    for (int i = 0; i < 40; i++) {
      String name = String.format("TXT/Session 10 - 1955/C%02d_10_1955.txt", i);
      text(name, "Statement number " + i + ".\n");
      rows.append(name).append(",C").append(i).append(",Country ").append(i);
      rows.append(",10,1955-09,Speaker ").append(i).append(",Minister\r\n");
    }
    Path manifest = manifest(rows.toString());
    CollectingSink sink = new CollectingSink();
    List<ManifestEntry> entries = reader.entries(manifest, UNGDC, sink);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> tasks = new ArrayList<>();
      for (ManifestEntry entry : entries) {
        tasks.add(
            pool.submit(
                () -> {
                  reader.read(entry, sink);
                  return null;
                }));
      }
      for (Future<?> task : tasks) {
        task.get();
      }
    } finally {
      pool.shutdown();
    }

    assertThat(sink.skips).isEmpty();
    assertThat(sink.releases).hasSize(40);
    List<RawRelease> sorted = new ArrayList<>(sink.releases);
    sorted.sort(Comparator.comparing(RawRelease::id));
    RawRelease first = sorted.get(0);
    assertThat(first.id()).isEqualTo("ungdc/TXT/Session_10_-_1955/C00_10_1955");
    assertThat(first.body()).isEqualTo("Statement number 0.");
    assertThat(first.roles()).containsExactly("Minister");
    assertThat(first.date()).isEqualTo(LocalDate.of(1955, 9, 1));
    assertThat(first.datePrecision()).isEqualTo(DatePrecision.MONTH);
    assertThat(sorted.get(39).location()).isEqualTo(manifest + ":41");
  }

  @Test
  void handlesByteOrderMarkQuotedNewlinesBlankLinesAndMappedIdAndSource() throws Exception {
    text("texts/one.txt", "One.\n");
    text("texts/two.txt", "Two.\n");
    Path manifest = corpus.resolve("manifest.csv");
    Files.write(
        manifest,
        ("\uFEFFpath,Doc Id,Heading,When,Url\n"
                + "texts/one.txt,D-1,\"A heading\nover two lines\",2001-09-11,"
                + "https://example.org/1\n"
                + "\n"
                + "texts/two.txt,D-2,Second,2001-09,\n")
            .getBytes(StandardCharsets.UTF_8));
    ColumnMapping mapping =
        ColumnMapping.parse("id=\"Doc Id\", title=Heading, date=When, source=Url");
    CollectingSink sink = new CollectingSink();

    List<ManifestEntry> entries = reader.entries(manifest, mapping, sink);

    assertThat(sink.skips).isEmpty();
    assertThat(entries).hasSize(2);
    RawRelease one = entries.get(0).metadata();
    assertThat(one.id()).isEqualTo("D-1");
    assertThat(one.title()).isEqualTo("A heading\nover two lines");
    assertThat(one.source()).isEqualTo("https://example.org/1");
    assertThat(one.date()).isEqualTo(LocalDate.of(2001, 9, 11));
    assertThat(one.datePrecision()).isEqualTo(DatePrecision.DAY);
    RawRelease two = entries.get(1).metadata();
    assertThat(entries.get(1).location()).isEqualTo(manifest + ":5");
    assertThat(two.source()).isEqualTo(corpus.resolve("texts/two.txt").toString());
    assertThat(two.datePrecision()).isEqualTo(DatePrecision.MONTH);
  }

  @Test
  void refusesASymbolicLinkOutOfTheFolder() throws Exception {
    Path link = corpus.resolve("TXT/link.txt");
    try {
      Files.createSymbolicLink(link, root.resolve("escape.txt"));
    } catch (UnsupportedOperationException | IOException e) {
      Assumptions.abort("symbolic links are not supported here: " + e);
    }
    Path manifest = manifest(HEADER + "TXT/link.txt,LNK,Link,01,1946,Mr. Link,\r\n");
    CollectingSink skips = new CollectingSink();

    List<ManifestEntry> entries = reader.entries(manifest, UNGDC, skips);

    assertThat(entries).isEmpty();
    assertThat(skips.skips)
        .containsExactly(
            manifest
                + ":2 file path 'TXT/link.txt' leads outside the manifest's folder through a"
                + " symbolic link");
  }

  @Test
  void headerWithoutMappedColumnsFailsTheWholeManifest() throws Exception {
    Path manifest = manifest("file,Nation,Year\nTXT/a.txt,Chile,2001\n");

    SourceException e =
        catchThrowableOfType(
            SourceException.class, () -> reader.entries(manifest, UNGDC, new CollectingSink()));

    assertThat(e).isNotNull();
    assertThat(e.location()).isEqualTo(manifest + ":1");
    assertThat(e.getMessage())
        .isEqualTo(
            "mapped columns 'Country' (for title), 'Name of Person Speaking' (for speaker),"
                + " 'Post' (for role) are not in the manifest header; the header has: file,"
                + " Nation, Year");
  }

  @Test
  void malformedCsvFailsTheWholeManifest() throws Exception {
    Path manifest =
        manifest(HEADER + "\"TXT/Session 01 - 1946/ARG_01_1946.txt,ARG,Argentina,01,1946,,\r\n");

    SourceException e =
        catchThrowableOfType(
            SourceException.class, () -> reader.entries(manifest, UNGDC, new CollectingSink()));

    assertThat(e).isNotNull();
    assertThat(e.location()).isEqualTo(manifest + ":2");
    assertThat(e.getMessage()).startsWith("malformed CSV: ").contains("EOF reached");
  }

  @Test
  void readAllReadsEveryRowInOrder() throws Exception {
    Path manifest =
        manifest(
            HEADER
                + "TXT/Session 01 - 1946/ARG_01_1946.txt,ARG,Argentina,01,1946,Mr. Arce,\r\n"
                + "TXT/Session 09 - 1954/nope.txt,NOP,Nope,09,1954,,\r\n"
                + "TXT/Session 03 - 1948/FRA_03_1948.txt,FRA,France,03,1948-12-10,M. Schuman,"
                + "Ministre des Affaires étrangères\r\n");
    CollectingSink sink = new CollectingSink();

    reader.readAll(manifest, UNGDC, sink);

    assertThat(sink.skips)
        .containsExactly(manifest + ":3 file 'TXT/Session 09 - 1954/nope.txt' not found");
    assertThat(sink.releases)
        .extracting(RawRelease::organization)
        .containsExactly("Argentina", "France");
    RawRelease france = sink.releases.get(1);
    assertThat(france.date()).isEqualTo(LocalDate.of(1948, 12, 10));
    assertThat(france.datePrecision()).isEqualTo(DatePrecision.DAY);
    assertThat(france.roles()).containsExactly("Ministre des Affaires étrangères");
    assertThat(france.body()).isEqualTo("La délégation française...");
  }

  private void text(String relative, String content) throws IOException {
    Path file = corpus.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  private Path manifest(String content) throws IOException {
    Path manifest = corpus.resolve("manifest.csv");
    Files.writeString(manifest, content, StandardCharsets.UTF_8);
    return manifest;
  }
}
