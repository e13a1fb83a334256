package dev.communique.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.communique.indexer.extract.SpeakerExtractor.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One small inline document for each junk speaker the White House corpus produced (issue 12): roles
 * read as names, headline fragments read as names, names quoted in reporters' questions, and
 * surnames that should resolve to one person.
 */
class SpeakerJunkRegressionTest {

  static SpeakerExtractor extractor;

  @BeforeAll
  static void load() throws Exception {
    extractor = SampleSpeakers.extractor();
  }

  private static final LocalDate BIDEN_YEARS = LocalDate.of(2022, 3, 24);

  private static List<String> names(String title, String body, LocalDate date) {
    return SampleSpeakers.names(extractor, title, body, date);
  }

  @Test
  void whiteHouseAideIsARole() {
    assertThat(
            names(
                "Remarks by President Biden in Press Conference",
                "THE PRESIDENT:  When is the next one?\n\nWHITE HOUSE AIDE:  April 1st.\n",
                BIDEN_YEARS))
        .containsExactly("Joe Biden");
  }

  @Test
  void pressCredentialingIsAHeading() {
    assertThat(
            names(
                "President Joseph R. Biden, Jr. to Award the Medal of Honor",
                "The ceremony is open press.\n\n**PRESS CREDENTIALING**:  \nReporters should"
                    + " register by noon.\n\n**WHITE HOUSE STAFF:**  Yes, here.\n",
                BIDEN_YEARS))
        .isEmpty();
  }

  @Test
  void aRankSplitAcrossLinesIsNoName() {
    assertThat(
            names(
                "Iran’s Nuclear Facilities Have Been Obliterated",
                "IDF Chief of Staff Lt. Gen. Eyal\nZamir said the strikes"
                    + " set the program back by years.",
                LocalDate.of(2025, 6, 26)))
        .containsExactly("Eyal Zamir");
  }

  @Test
  void aSpokespersonLabelAndAReportersQuestionMakeNoSpeaker() {
    assertThat(
            names(
                "Background Press Call by Senior Administration Officials on the President’s"
                    + " Upcoming Meeting",
                "NSC SPOKESPERSON:  Hey, everyone. Thanks for joining us.\n\n"
                    + "SENIOR ADMINISTRATION OFFICIAL:  Thanks. The meeting is on Wednesday.\n\n"
                    + "Q  Thanks. You mentioned what President Zelenskyy said yesterday about"
                    + " membership. Secretary Jane Doe said it is off the table.\n\n"
                    + "SENIOR ADMINISTRATION OFFICIAL:  We will not get ahead of it.\n",
                LocalDate.of(2021, 9, 1)))
        .isEmpty();
  }

  @Test
  void theDirectorLabelIsTheDirectorNamedInTheTitle() {
    assertThat(
            extractor.extract(
                "Remarks by Director Kratsios at the National Academy of Sciences",
                "THE DIRECTOR:  Thank you all for having me.\n",
                LocalDate.of(2025, 5, 19)))
        .containsExactly(new Speaker("Michael Kratsios", "Director"));
  }

  @Test
  void emeritusAfterARoleIsNoName() {
    assertThat(
            names(
                "What They Are Saying: President Biden Visits Israel",
                "**Richard Haass, President Emeritus, CFR:** “Speech by President Biden was"
                    + " strong.”\n\n**Speaker Emerita Nancy Pelosi**: “When President Biden"
                    + " affixed his signature, history was made.”\n",
                LocalDate.of(2023, 10, 18)))
        .doesNotContain("Emeritus", "When President")
        .contains("Nancy Pelosi");
  }

  @Test
  void headlineFragmentsAreNotNames() {
    assertThat(names("Readout of Peace Talks in Geneva", "Delegations met today.", null)).isEmpty();
    assertThat(
            names(
                "Press Gaggle by President Trump Aboard Air Force One En Route Miami, Florida",
                "Aboard Air Force One.",
                LocalDate.of(2025, 1, 25)))
        .containsExactly("Donald Trump");
    assertThat(
            names(
                "On-the-Record Press Call by National Security Advisor Jake Sullivan Previewing"
                    + " the National Security Strategy",
                "Thanks, everybody.",
                LocalDate.of(2022, 10, 12)))
        .containsExactly("Jake Sullivan");
    assertThat(
            names(
                "Statement from Vice President Kamala Harris One Year After the Lewiston"
                    + " Shootings",
                "One year ago, a gunman killed eighteen people.",
                LocalDate.of(2024, 10, 25)))
        .containsExactly("Kamala Harris");
    assertThat(
            names(
                "Remarks by President Biden, Former President Obama at the Unveiling of Official"
                    + " Obama White House Portraits",
                "Welcome back home.",
                LocalDate.of(2022, 9, 7)))
        .doesNotContain("Official Obama");
  }

  @Test
  void aDoctorsLabelResolvesThroughTheRegistry() {
    String body =
        "DR. FAUCI:  Thank you very much, Dr. Walensky.\n\nDR. WALENSKY:  Thank you.\n\n"
            + "MR. FRIEDLANDER:  Next question.\n";
    List<Speaker> speakers =
        extractor.extract("Press Briefing by the COVID-19 Response Team", body, BIDEN_YEARS);
    assertThat(speakers)
        .extracting(Speaker::name)
        .containsExactly("Anthony Fauci", "Rochelle Walensky", "Friedlander");
    assertThat(speakers).extracting(Speaker::resolved).containsExactly(true, true, false);
  }

  @Test
  void aBareSurnameResolvesToTheRegistrysPerson() {
    assertThat(
            names(
                "Remarks by President Biden and President Yoon of the Republic of Korea",
                "Thank you.",
                LocalDate.of(2022, 5, 21)))
        .containsExactly("Joe Biden", "Yoon Suk Yeol");
    assertThat(
            names(
                "Readout of President Biden’s Meeting",
                "PRESIDENT XI:  We meet again.\n\nPRIME MINISTER ALBANESE:  Thank you.\n",
                LocalDate.of(2023, 11, 15)))
        .contains("Xi Jinping", "Anthony Albanese");
  }

  @Test
  void anAnnouncementInTheFirstSentenceNamesItsSpeaker() {
    assertThat(
            extractor.extract(
                "",
                "Chairman Alan Greenspan announced today that the Federal Open Market Committee"
                    + " decided to raise its target for the federal funds rate.",
                LocalDate.of(1999, 6, 30)))
        .containsExactly(new Speaker("Alan Greenspan", "Chairman"));
  }

  @Test
  void aNumberOfYearsAfterANameIsNoPartOfIt() {
    assertThat(
            names(
                "Statement from Vice President Kamala Harris Two Years After the Uvalde Shooting",
                "Two years ago, a gunman took the lives of nineteen children and two teachers.",
                LocalDate.of(2024, 5, 24)))
        .containsExactly("Kamala Harris");
    assertThat(
            names(
                "Statement From Vice President Kamala Harris Warning Against Price Gouging",
                "Families should never be taken advantage of in a crisis.",
                LocalDate.of(2024, 10, 8)))
        .containsExactly("Kamala Harris");
  }

  @Test
  void aPossessiveAfterANameIsNoPartOfIt() {
    assertThat(
            names(
                "Readout of Deputy Secretary Don Graves’ Meeting with Governor Pedro Pierluisi",
                "Deputy Secretary Graves met with the Governor today.",
                BIDEN_YEARS))
        .containsExactly("Don Graves");
  }

  @Test
  void aContractionBeforeAFullerMentionIsNoGivenName() {
    assertThat(
            names(
                "Press Briefing by the Response Team",
                "MR. FENTON:  Hi, I’m Bob Fenton, the National Response Coordinator.\n",
                BIDEN_YEARS))
        .containsExactly("Bob Fenton");
  }

  @Test
  void anUpperCaseLabelWithAnApostropheKeepsTheCapitalAfterIt() {
    assertThat(
            names(
                "Remarks at the Correspondents’ Dinner",
                "MS. O’DONNELL:  We try.  (Laughter.)\n\nMR. D’ARCY:  Thank you all.\n",
                BIDEN_YEARS))
        .containsExactly("O’Donnell", "D’Arcy");
  }
}
