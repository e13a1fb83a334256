package dev.communique.indexer.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measures metadata extraction on the second tuning sample
 * (src/test/resources/extraction-tuning.jsonl and its plain-text fixtures): White House categories
 * the first sample under-represents, UN General Debate statements and press-release shapes of other
 * issuers, with organisation and title labelled too. Prints the figures and misses; the floors sit
 * just under the figures reached, so they catch regressions.
 */
@Tag("shared")
class TuningEvaluationTest {

  @Test
  void extractionOnTheSecondTuningSample() throws Exception {
    LabelledSample.Scores scores =
        LabelledSample.evaluate("/extraction-tuning.jsonl", "Extraction, second tuning sample");
    assertThat(scores.documents).isEqualTo(76);
    assertThat(scores.organizationsLabelled).isEqualTo(75);
    assertThat(scores.titlesLabelled).isEqualTo(70);
    assertThat(scores.speakerPrecision()).isGreaterThanOrEqualTo(0.99);
    assertThat(scores.speakerRecall()).isGreaterThanOrEqualTo(0.97);
    assertThat(scores.dateAccuracy()).isGreaterThanOrEqualTo(1.0);
    assertThat(scores.organizationAccuracy()).isGreaterThanOrEqualTo(0.99);
    assertThat(scores.titleAccuracy()).isGreaterThanOrEqualTo(0.99);
  }
}
