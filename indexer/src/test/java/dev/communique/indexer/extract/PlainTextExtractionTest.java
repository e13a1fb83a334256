package dev.communique.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.communique.core.Communique;
import dev.communique.core.DateSource;
import dev.communique.indexer.format.CollectingSink;
import dev.communique.indexer.format.PlainTextReader;
import dev.communique.indexer.format.RawRelease;
import dev.communique.indexer.format.SourceFile;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Organisation, date and title of the plain-text shapes in {@code plain-text/}, through the bundled
 * vocabulary: each case failed before the plain-text parser and name resolution.
 */
class PlainTextExtractionTest {
  private static final Path FIXTURES = Path.of("src/test/resources/plain-text");

  private final MetadataExtractor extractor = new MetadataExtractor(Vocabulary.bundled());

  @Test
  void referenceNumberShapeKeepsItsUnitDatelineAndADerivedTitle() throws Exception {
    Communique c = extract("isaf-release-20110920.txt");

    assertThat(c.organization()).isEqualTo("ISAF Joint Command");
    assertThat(c.date()).isEqualTo(LocalDate.of(2011, 9, 20));
    assertThat(c.dateSource()).isEqualTo(DateSource.DATELINE);
    assertThat(c.title())
        .isEqualTo(
            "Afghan National Security Forces, supported by coalition troops, opened a new district"
                + " police headquarters in Nahr-e…");
    assertThat(c.titleDerived()).isTrue();
  }

  @Test
  void attributionSentenceGivesTheOrganizationThroughItsAlias() throws Exception {
    Communique c = extract("fomc-chairman-19980929.txt");

    assertThat(c.organization()).isEqualTo("Federal Reserve");
    // the earlier action mentioned in the prose (March 25, 1997) is not the release date
    assertThat(c.date()).isEqualTo(LocalDate.of(1998, 9, 29));
    assertThat(c.dateSource()).isEqualTo(DateSource.FILE_NAME);
  }

  @Test
  void laterMeetingInTheProseNeverBeatsTheFileName() throws Exception {
    Communique c = extract("fomc-statement-20240131.txt");

    assertThat(c.date()).isEqualTo(LocalDate.of(2024, 1, 31));
    assertThat(c.dateSource()).isEqualTo(DateSource.FILE_NAME);
    assertThat(c.organization()).isEqualTo("Federal Reserve");
    assertThat(c.title())
        .isEqualTo(
            "The Federal Open Market Committee decided today to maintain the target range for the"
                + " federal funds rate, noting that…");
    assertThat(c.titleDerived()).isTrue();
  }

  @Test
  void alliesAgreedGivesNato() throws Exception {
    Communique c = extract("nato-allies-agreed-2023-07-12.txt");

    assertThat(c.organization()).isEqualTo("NATO");
    assertThat(c.date()).isEqualTo(LocalDate.of(2023, 7, 12));
    assertThat(c.dateSource()).isEqualTo(DateSource.FILE_NAME);
  }

  @Test
  void headerShapesResolveTheirOrganizationAndDateline() throws Exception {
    Communique state = extract("state-department-release.txt");
    assertThat(state.organization()).isEqualTo("U.S. Department of State");
    assertThat(state.date()).isEqualTo(LocalDate.of(2019, 9, 3));
    assertThat(state.dateSource()).isEqualTo(DateSource.DATELINE);
    assertThat(state.titleDerived()).isFalse();

    Communique embargoed = extract("embargoed-headline.txt");
    assertThat(embargoed.date()).isEqualTo(LocalDate.of(2024, 3, 21));
    assertThat(embargoed.dateSource()).isEqualTo(DateSource.DATELINE);
    assertThat(embargoed.title())
        .isEqualTo("Experts Urge Faster Action on Glacier Monitoring in High Mountain Regions");

    Communique refuge = extract("release-number-ends.txt");
    assertThat(refuge.date()).isEqualTo(LocalDate.of(2022, 10, 4));
    assertThat(refuge.dateSource()).isEqualTo(DateSource.DATELINE);
  }

  @Test
  void statedOrganizationsResolveThroughTheirAliases() {
    OrganizationDirectory orgs = Vocabulary.bundled().organizations();

    assertThat(orgs.resolve("FOMC")).isEqualTo("Federal Reserve");
    assertThat(orgs.resolve("the State Department")).isEqualTo("U.S. Department of State");
    assertThat(orgs.resolve("North Atlantic Treaty Organization")).isEqualTo("NATO");
    assertThat(orgs.resolve("Government of Kenya")).isEqualTo("Government of Kenya");
    SpeakerRules rules = Vocabulary.bundled().speakers().rules();
    java.util.function.Predicate<String> person = p -> rules.role.matcher(p).find();
    assertThat(orgs.actingIn("The ministers met in Rome.", person)).isEmpty();
    assertThat(orgs.actingIn("He said WHO officials were there.", person)).isEmpty();
    // an unlisted body opening the sentence counts; a person named by a role does not
    assertThat(orgs.actingIn("The Harrow Valley Regional Council voted today.", person))
        .contains("Harrow Valley Regional Council");
    assertThat(orgs.actingIn("Police Chief Maria Lopez said the road is open.", person)).isEmpty();
    assertThat(orgs.actingIn("Bank of England Governor Andrew Bailey said rates hold.", person))
        .isEmpty();
    assertThat(orgs.actingIn("City Manager Jane Roe announced the budget.", person)).isEmpty();
  }

  @Test
  void aShoutedNameAboveTheHeadlineIsTheIssuerAndTheEmbargoGivesTheDate() throws Exception {
    Communique c = extract("shouted-issuer-embargo.txt");

    assertThat(c.organization()).isEqualTo("GREEN VALLEY TRUST");
    assertThat(c.title()).isEqualTo("Trust opens a new wetland reserve");
    // the embargo's date, not the opening (27 September) in the prose
    assertThat(c.date()).isEqualTo(LocalDate.of(2024, 9, 3));
  }

  @Test
  void aKickerNamingTheDocumentIsNoHeadlineButNamesItsSpeaker() throws Exception {
    Communique c = extract("kicker-statement.txt");

    assertThat(c.title()).isEqualTo("Aid for families displaced by the floods");
    assertThat(c.speakers()).containsExactly("Maria Olsen");
  }

  @Test
  void aDecisionNumberIsNoHeadlineAndADayFirstNumericDateIsTheDate() throws Exception {
    Communique c = extract("decision-notice-numeric-date.txt");

    assertThat(c.organization()).isEqualTo("ENERGY BOARD");
    assertThat(c.title()).isEqualTo("Board approves revised network tariffs");
    assertThat(c.date()).isEqualTo(LocalDate.of(2014, 5, 22));
  }

  @Test
  void aCompanyActingInTheFirstSentenceAfterASlashDatelineIsTheIssuer() throws Exception {
    Communique c = extract("company-slash-dateline.txt");

    assertThat(c.organization()).isEqualTo("Acme Foods ASA");
    assertThat(c.title()).isEqualTo("Acme Foods ASA to acquire a bakery chain");
    assertThat(c.date()).isEqualTo(LocalDate.of(2021, 6, 28));
  }

  private Communique extract(String fixture) throws Exception {
    Path file = FIXTURES.resolve(fixture);
    CollectingSink sink = new CollectingSink();
    new PlainTextReader().read(new SourceFile(file, "plain-text/" + fixture), sink);
    RawRelease raw = sink.clean();
    return extractor.extract(raw, false);
  }
}
