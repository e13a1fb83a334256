package dev.communique.indexer.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain-text shapes press offices use, read from the fixtures in {@code plain-text/}. */
class PlainTextReaderTest {
  private static final Path FIXTURES = Path.of("src/test/resources/plain-text");

  private final PlainTextReader reader = new PlainTextReader();

  @TempDir Path dir;

  @Test
  void referenceNumberBoilerplateAndIssuingUnitBeforeADateline() throws Exception {
    RawRelease release = read("isaf-release-20110920.txt");

    assertThat(release.title()).isNull();
    assertThat(release.organization()).isEqualTo("ISAF Joint Command");
    assertThat(release.body())
        .startsWith(
            "KABUL, Afghanistan (Sept. 20, 2011)\n\nAfghan National Security Forces, supported by"
                + " coalition troops, opened a new district police headquarters in Nahr-e Saraj"
                + " today,")
        .endsWith("will be turned into a girls' school.")
        .doesNotContain("2011-09-CA-041")
        .doesNotContain("Immediate")
        .doesNotContain("Media contact");
  }

  @Test
  void hardWrappedStatementWithoutATitleIsJoinedIntoSentences() throws Exception {
    RawRelease release = read("fomc-statement-20240131.txt");

    assertThat(release.title()).isNull();
    assertThat(release.organization()).isNull();
    assertThat(release.body())
        .startsWith(
            "The Federal Open Market Committee decided today to maintain the target range for the"
                + " federal funds rate, noting that inflation has eased over the past year but"
                + " remains elevated.\n\nRecent indicators")
        .doesNotContain("range\nfor");
    assertThat(release.body().split("\n\n")).hasSize(3);
  }

  @Test
  void embargoLineIsBoilerplateAndTheHeadlineIsTheTitle() throws Exception {
    RawRelease release = read("embargoed-headline.txt");

    assertThat(release.title())
        .isEqualTo("Experts Urge Faster Action on Glacier Monitoring in High Mountain Regions");
    assertThat(release.organization()).isNull();
    assertThat(release.body())
        .startsWith("GENEVA — March 21, 2024 — A panel of hydrologists meeting in Geneva called on")
        .endsWith("\"Every season without data is a season of guesswork,\" the panel chair said.")
        .doesNotContain("Embargoed")
        .doesNotContain("Notes to editors");
  }

  @Test
  void issuingUnitWithSubUnitHeadlineAndDatelineLine() throws Exception {
    RawRelease release = read("state-department-release.txt");

    assertThat(release.title()).isEqualTo("Deputy Secretary Travels to the Pacific Islands Forum");
    assertThat(release.organization()).isEqualTo("U.S. Department of State");
    assertThat(release.body())
        .startsWith("WASHINGTON, D.C. — Sept. 3, 2019\n\nThe Deputy Secretary will lead")
        .endsWith("exchange programme.")
        .doesNotContain("Spokesperson")
        .doesNotContain("-30-")
        .doesNotContain("further information");
  }

  @Test
  void releaseNumberAndEndsMarker() throws Exception {
    RawRelease release = read("release-number-ends.txt");

    assertThat(release.title())
        .isEqualTo("Wildlife Service Reopens Coastal Refuge After Storm Repairs");
    assertThat(release.body())
        .startsWith("PORT ANGELES, Wash. (Oct. 4, 2022) – The coastal wildlife refuge reopened")
        .endsWith("while dune grasses recover.");
  }

  @Test
  void aTitleWithNoBodyIsKept() throws Exception {
    RawRelease release = read("title-only.txt");

    assertThat(release.title()).isEqualTo("Statement on the Anniversary of the Harbour Accord");
    assertThat(release.body()).isEmpty();
  }

  @Test
  void theSampleShapeStillGivesTitleOrganizationAndBody() throws Exception {
    Path file =
        write(
            "sample.txt",
            "Ministers Agree New Rules\n\nEuropean Union\n\nLuxembourg, 27 June 2022 — Ministers"
                + " agreed.\n\nSecond paragraph.\n");

    RawRelease release = read(file);

    assertThat(release.title()).isEqualTo("Ministers Agree New Rules");
    assertThat(release.organization()).isEqualTo("European Union");
    assertThat(release.body())
        .isEqualTo("Luxembourg, 27 June 2022 — Ministers agreed.\n\nSecond paragraph.");
  }

  @Test
  void anIssuerNameAboveItsReleaseNumberIsTheOrganizationNotTheTitle() throws Exception {
    Path file =
        write(
            "alliance.txt",
            "NATO\nPress Release (2018) 121\nIssued on 04 Oct. 2018\n\n"
                + "Defence Ministers agree steps\n\nAllies agreed today to act.\n");

    RawRelease release = read(file);

    assertThat(release.title()).isEqualTo("Defence Ministers agree steps");
    assertThat(release.organization()).isEqualTo("NATO");
    assertThat(release.body()).isEqualTo("04 Oct. 2018\n\nAllies agreed today to act.");
  }

  @Test
  void issuingBodyAndUnitLinesAboveTheHeadlineAreNotTheTitle() throws Exception {
    Path file =
        write(
            "department.txt",
            "MINISTRY OF COASTAL AFFAIRS\nPress Center\n\n"
                + "Ministry Sanctions Illegal Fishing Fleet\n\n"
                + "PORTVILLE -- The ministry fined six vessels today.\n");

    RawRelease release = read(file);

    assertThat(release.title()).isEqualTo("Ministry Sanctions Illegal Fishing Fleet");
    assertThat(release.organization()).isEqualTo("MINISTRY OF COASTAL AFFAIRS");
    assertThat(release.body()).isEqualTo("PORTVILLE -- The ministry fined six vessels today.");
  }

  @Test
  void anIssuerLineAboveTheHeadlineInOneBlock() throws Exception {
    Path file =
        write(
            "police.txt",
            "Harbour District Police\nAppeal for witnesses after collision\n\n"
                + "Officers are appealing for witnesses.\n");

    RawRelease release = read(file);

    assertThat(release.title()).isEqualTo("Appeal for witnesses after collision");
    assertThat(release.organization()).isEqualTo("Harbour District Police");
  }

  @Test
  void onlyBoilerplateIsRefused() throws Exception {
    Path file = write("boilerplate.txt", "FOR IMMEDIATE RELEASE\nRelease No. 12-345\n");

    SourceException e =
        catchThrowableOfType(SourceException.class, () -> reader.read(source(file), sink()));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).isEqualTo("no text: only header boilerplate");
  }

  @Test
  void theFileIsRecordedByItsRealPath() throws Exception {
    Path file = write("real.txt", "Title\n\nBody text.\n");
    Path link = dir.resolve("link.txt");
    Files.createSymbolicLink(link, file);

    assertThat(read(link).path()).isEqualTo(file.toRealPath().toString());
  }

  private RawRelease read(String fixture) throws IOException, SourceException {
    return read(FIXTURES.resolve(fixture));
  }

  private RawRelease read(Path file) throws IOException, SourceException {
    CollectingSink sink = sink();
    reader.read(source(file), sink);
    return sink.clean();
  }

  private static SourceFile source(Path file) {
    return new SourceFile(file, "plain-text/" + file.getFileName());
  }

  private static CollectingSink sink() {
    return new CollectingSink();
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
