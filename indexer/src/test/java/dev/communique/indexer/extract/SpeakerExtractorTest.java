package dev.communique.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.communique.indexer.extract.SpeakerExtractor.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SpeakerExtractorTest {

  static SpeakerExtractor extractor;

  @BeforeAll
  static void load() throws Exception {
    extractor = SampleSpeakers.extractor();
  }

  private static List<String> names(String title, String body, LocalDate date) {
    return SampleSpeakers.names(extractor, title, body, date);
  }

  @Test
  void titlesNameTheSpeakers() {
    assertThat(
            names(
                "Remarks by President\u00a0Biden and NATO Secretary General Jens Stoltenberg During\u00a0Greeting",
                "Thank you.",
                LocalDate.of(2021, 6, 14)))
        .containsExactly("Joe Biden", "Jens Stoltenberg");
    assertThat(names("Statement from Press Secretary Karine Jean-Pierre on the Floods", "x", null))
        .containsExactly("Karine Jean-Pierre");
    assertThat(
            names(
                "Readout of President Biden’s Call with Prime Minister Kishida of Japan",
                "The President spoke today.",
                LocalDate.of(2022, 1, 21)))
        .containsExactly("Joe Biden");
    assertThat(names("Statement by the Press Secretary on Travel", "x", LocalDate.of(2021, 3, 1)))
        .containsExactly("Jen Psaki");
  }

  @Test
  void transcriptLabelsResolveThroughTheRegistryAndTheDate() {
    String body =
        "SECRETARY GENERAL STOLTENBERG:  Mr. President, welcome.\n\n"
            + "THE PRESIDENT:  Thank you.\n\nQ  Is it true?\n\nMS. JEAN-PIERRE:  Go ahead.\n";
    assertThat(names("Press Gaggle", body, LocalDate.of(2023, 7, 11)))
        .containsExactly("Jens Stoltenberg", "Joe Biden", "Karine Jean-Pierre");
    assertThat(names("Remarks", "THE PRESIDENT:  Hello.", LocalDate.of(2025, 3, 1)))
        .containsExactly("Donald Trump");
  }

  @Test
  void attributionInProseWithTitleVariants() {
    String body =
        "Speaking after the meeting, Secretary General Jens Stoltenberg announced that Allies agreed."
            + " Ukraine's Foreign Minister Dmytro Kuleba attended. Mr Stoltenberg underlined the"
            + " progress. \"We stand together,\" said Foreign Minister Ingrid Solheim-Berg.";
    List<Speaker> speakers = extractor.extract("Ministers Meet", body, LocalDate.of(2023, 11, 29));
    assertThat(speakers)
        .containsExactly(
            new Speaker("Jens Stoltenberg", "Secretary General"),
            new Speaker("Ingrid Solheim-Berg", "Foreign Minister"));
  }

  @Test
  void actionsAreNotSpeech() {
    assertThat(
            names(
                "FACT SHEET: New Actions on Housing",
                "Today, President Biden announced new actions to lower costs. The plan builds on"
                    + " earlier steps.",
                LocalDate.of(2023, 5, 2)))
        .isEmpty();
  }

  @Test
  void signatureUnderAProclamation() {
    assertThat(
            names(
                "A Proclamation on World Trade Week, 2025",
                "NOW, THEREFORE, I, DONALD J. TRUMP, President of the United States...\n\n"
                    + "IN WITNESS WHEREOF, I have hereunto set my hand.\n\nDONALD J. TRUMP\n",
                LocalDate.of(2025, 5, 19)))
        .containsExactly("Donald Trump");
  }

  @Test
  void namesAreNormalised() {
    assertThat(extractor.names().stripInitials("Mr. Antony J. Blinken Jr."))
        .isEqualTo("Antony Blinken");
    assertThat(NameReader.titleCase("JEAN-PIERRE")).isEqualTo("Jean-Pierre");
  }

  @Test
  void aRoleSetOffByCommasStillIntroducesTheSpeaker() {
    String body =
        "Speaking after the meeting, the Secretary General, Jens Stoltenberg, stated\n"
            + "that the initiative \"is about readiness\".";
    assertThat(names("Defence Ministers agree steps", body, null))
        .containsExactly("Jens Stoltenberg");
    // An apposition without a verb of speech makes no speaker.
    assertThat(names("Visit", "The host, Mayor Ana Ruiz, welcomed the guests.", null)).isEmpty();
  }

  @Test
  void theRoleAloneMeansThePersonTheReleaseGaveItTo() {
    String body =
        "Ambassador Lukas Brandt today presented his letters of credence. In brief remarks, the\n"
            + "Ambassador said he looked forward to deepening trade.";
    assertThat(names("Credentials", body, null)).containsExactly("Lukas Brandt");
    // Two ambassadors named before: "the Ambassador" could be either, so neither is taken.
    String two =
        "Ambassador Lukas Brandt met Ambassador Mira Olsen today. The Ambassador said the talks"
            + " went well.";
    assertThat(names("Meeting", two, null)).isEmpty();
  }

  @Test
  void aParticipleOfSpeechAttributesToTheSubjectOfItsSentence() {
    String body =
        "Vice-Chancellor Robert Ashdown congratulated Professor Hana Lindqvist, noting that\n"
            + "the medal had not been awarded here in forty years.";
    assertThat(names("Award", body, null)).containsExactly("Robert Ashdown");
  }

  @Test
  void initialsThatAreTheWholeGivenNameStay() {
    assertThat(
            names(
                "Investment",
                "\u201cThis is historic,\u201d said TSMC Chairman and CEO C.C. Wei at the event.",
                null))
        .containsExactly("C.C. Wei");
  }

  @Test
  void aShoutedHeadlineNamesItsSpeaker() {
    assertThat(names("STATEMENT BY SPOKESPERSON ANNA KOVACH", "We call for access.", null))
        .containsExactly("Anna Kovach");
  }

  @Test
  void theWeOfAJointStatementNamesItsAuthors() {
    String russia =
        "We, President of the United States of America Joseph R. Biden and\n"
            + "President of the Russian Federation Vladimir Putin, note the progress made.";
    assertThat(names("Joint Statement on Strategic Stability", russia, LocalDate.of(2021, 6, 16)))
        .containsExactly("Joe Biden", "Vladimir Putin");
    String israel =
        "Today, we \u2014 President Macron of France, Chancellor Scholz of Germany,\n"
            + "Prime Minister Meloni of Italy, Prime Minister Sunak of the United\n"
            + "Kingdom, and President Biden of the United States \u2014 express our support.";
    assertThat(names("Joint Statement on Israel", israel, LocalDate.of(2023, 10, 9)))
        .containsExactly(
            "Emmanuel Macron", "Olaf Scholz", "Giorgia Meloni", "Rishi Sunak", "Joe Biden");
    // A "we" that names nobody by a role names no author.
    assertThat(names("Statement", "We, the undersigned, call for calm.", null)).isEmpty();
  }

  @Test
  void peopleTheSpeakersOfABackgroundCallTalkAboutAreNoSpeakers() {
    String call =
        "MODERATOR:  Thanks, everyone. This call is on background.\n\n"
            + "SENIOR ADMINISTRATION OFFICIAL:  Thanks. Ambassador Lukas Brandt met the team today,"
            + " and the Ambassador said the talks went well. President Alvarez stated that the"
            + " border stays open.\n\n"
            + "Q  Thank you. What did the President say about trade?\n\n"
            + "SENIOR ADMINISTRATION OFFICIAL:  He noted the progress.\n";
    assertThat(names("Background Press Call on the Talks", call, LocalDate.of(2023, 5, 1)))
        .isEmpty();
    // A list of news outlets with their headlines is no transcript: the prose still counts.
    String coverage =
        "President Alvarez stated that the plant will open.\n\n"
            + "AP: Plant to open\nCNN: A plant opens\nTIME: The plant\nUSA TODAY: Opening\n";
    assertThat(names("Coverage", coverage, null)).containsExactly("Alvarez");
  }

  @Test
  void aTitleCasedLineIsNoHolderOfTheRoleTheProseRefersTo() {
    String body =
        "***President Biden Will Call for a Junk Fee Prevention Act***\n\n"
            + "Since the President urged agencies to focus on junk fees, they have acted.";
    assertThat(names("FACT SHEET: New Progress", body, LocalDate.of(2023, 2, 1))).isEmpty();
  }

  @Test
  void aJointListNamesOnlyPeopleNotOffices() {
    String body =
        "We \u2014 Deputy Secretary Cyber and Infrastructure Security Hamish Hansford\n"
            + "of Australia\u2019s Department of Home Affairs, and Deputy National Security\n"
            + "Advisor Anne Neuberger of the United States \u2013 met in Tokyo.";
    assertThat(names("Joint Statement of the Cyber Group", body, LocalDate.of(2023, 12, 15)))
        .containsExactly("Anne Neuberger");
  }

  @Test
  void aMonthThatIsAGivenNameStaysInTheName() {
    assertThat(
            names(
                "Coverage",
                "**Rep. August Pfluger:** \u201cWe all want the same thing.\u201d",
                LocalDate.of(2025, 3, 20)))
        .containsExactly("August Pfluger");
    // A month between a role and a name is still no name: "on Monday" words are skipped.
    assertThat(
            names(
                "Visit",
                "Speaking in August, Secretary General Jens Stoltenberg said the Allies agreed.",
                null))
        .containsExactly("Jens Stoltenberg");
  }

  @Test
  void quotesSignedOnTheirOwnLineAndOtherPressOfficeShapes() {
    String signed =
        "\"This is an agreement for the next thirty years.\"\n-- Viktor Danek, Minister of Trade\n\n"
            + "\"It gives our companies confidence.\"\n- Ingeborg Lie, Minister of Business";
    assertThat(names("Agreement signed", signed, null))
        .containsExactly("Viktor Danek", "Ingeborg Lie");
    String belowABlankLine =
        "\u201cThese criminals will be brought to justice.\u201d\n\n"
            + "-Karoline Leavitt, White House Press Secretary";
    assertThat(names("Statement from the White House", belowABlankLine, LocalDate.of(2025, 6, 7)))
        .containsExactly("Karoline Leavitt");
    // a list item after a quote is no signature
    String listed =
        "\"We are ready.\"\n- Minister Jane Doe will attend the opening of the new port.";
    assertThat(names("Port opening", listed, null)).isEmpty();
    String authors =
        "We, Astrid Lindqvist, President of the Northern Seas Commission, Pavel\n"
            + "Horak, Minister of Transport, and Elin Sverdrup, Minister of Fisheries, met today.";
    assertThat(names("Joint Statement on shipping", authors, null))
        .containsExactly("Astrid Lindqvist", "Pavel Horak", "Elin Sverdrup");
    String according =
        "Around 90,000 hectares were recovered, according to the report's lead author, Dr. Mei-Lin"
            + " Tsao, but this is a fraction of what is lost.";
    assertThat(names("Report", according, null)).containsExactly("Mei-Lin Tsao");
    String thanked =
        "Chief Nursing Officer Aoife Ryan thanked patients for their understanding and said the\n"
            + "outbreak was contained.";
    assertThat(names("Visiting restrictions", thanked, null)).containsExactly("Aoife Ryan");
    String attributable =
        "Statement attributable to the Ministry's spokesperson, Colonel Anders Vik:\n\n"
            + "\"This morning a helicopter made a precautionary landing.\"";
    assertThat(names("Statement", attributable, null)).containsExactly("Anders Vik");
    String longLabel =
        "**Dana Rao, General Counsel & Chief Trust Officer, Adobe:** \u201cIt is great news.\u201d";
    assertThat(names("What they are saying", longLabel, null)).containsExactly("Dana Rao");
    // a long label naming the person by the last role: the role's person, not its first words
    String ranking =
        "**Ranking Member, House Armed Services Committee, Washington Congressman Adam Smith:**"
            + " \u201cThe address made it clear.\u201d\n\n"
            + "**Latino Community Foundation, a network of donors across the state:** \u201cWe"
            + " welcome it.\u201d";
    assertThat(names("Leaders applaud", ranking, null)).containsExactly("Adam Smith");
  }

  @Test
  void aPresidentialMessageIsThePresidentsWithoutAnI() {
    assertThat(
            names(
                "Presidential Message on the Anniversary of the Battle",
                "Today we remember the soldiers who fought there.",
                LocalDate.of(2025, 7, 5)))
        .containsExactly("Donald Trump");
  }
}
