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
}
