package dev.communique.indexer.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measures metadata extraction against the hand-labelled sample of both corpora
 * (src/test/resources/extraction-sample.jsonl): speaker precision and recall, exact-date accuracy,
 * and topic precision and recall. Prints the figures and holds the targets.
 */
@Tag("shared")
class ExtractionEvaluationTest {

  @Test
  void extractionMeetsItsTargetsOnTheLabelledSample() throws Exception {
    LabelledSample.Scores scores =
        LabelledSample.evaluate("/extraction-sample.jsonl", "Extraction, tuning sample");
    assertThat(scores.documents).isGreaterThanOrEqualTo(150);
    assertThat(scores.speakerPrecision()).isGreaterThanOrEqualTo(0.95);
    assertThat(scores.speakerRecall()).isGreaterThanOrEqualTo(0.90);
    assertThat(scores.dateAccuracy()).isGreaterThanOrEqualTo(0.99);
  }
}
