package dev.communique.indexer.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measures metadata extraction on the third tuning sample
 * (src/test/resources/extraction-tuning3.jsonl and its plain-text fixtures), drawn like the blind
 * split (the same White House categories, UN statements across the decades, invented press-office
 * shapes) but from other documents, and labelled before the extractor ran on them. Rules may be
 * tuned on its misses, which it prints; the floors sit just under the figures reached.
 */
@Tag("shared")
class ThirdTuningEvaluationTest {

  @Test
  void extractionOnTheThirdTuningSample() throws Exception {
    LabelledSample.Scores scores =
        LabelledSample.evaluate("/extraction-tuning3.jsonl", "Extraction, third tuning sample");
    assertThat(scores.documents).isEqualTo(95);
    assertThat(scores.speakerPrecision()).isGreaterThanOrEqualTo(0.97);
    assertThat(scores.speakerRecall()).isGreaterThanOrEqualTo(0.90);
    assertThat(scores.dateAccuracy()).isGreaterThanOrEqualTo(0.99);
    assertThat(scores.organizationAccuracy()).isGreaterThanOrEqualTo(0.99);
    assertThat(scores.titleAccuracy()).isGreaterThanOrEqualTo(0.99);
  }
}
