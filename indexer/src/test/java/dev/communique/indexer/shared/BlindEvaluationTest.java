package dev.communique.indexer.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measures metadata extraction on the blind test split (src/test/resources/extraction-blind.jsonl
 * and its fixtures): documents labelled by reading them before the extractor's output on them was
 * seen, and never used to tune the rules. It prints the figures beside the tuning sample's and
 * writes the misses to target/extraction-blind-misses.txt, to be read only once rules are frozen.
 */
@Tag("shared")
class BlindEvaluationTest {

  @Test
  void extractionOnTheBlindSplit() throws Exception {
    LabelledSample.Scores scores =
        LabelledSample.evaluateBlind("/extraction-blind.jsonl", "Extraction, blind split");
    assertThat(scores.documents).isGreaterThanOrEqualTo(150).isEqualTo(162);
    // Floors just under the figures last measured (README "How good it is"), below the issue's
    // targets; they catch regressions, and move only with rules tuned elsewhere. The fourth round
    // (tuned on the third tuning sample) raised recall 0.747 -> 0.763 and lowered precision
    // 0.933 -> 0.922, so the precision floor went down with it.
    assertThat(scores.speakerPrecision()).isGreaterThanOrEqualTo(0.92);
    assertThat(scores.speakerRecall()).isGreaterThanOrEqualTo(0.76);
    assertThat(scores.dateAccuracy()).isGreaterThanOrEqualTo(0.98);
    assertThat(scores.organizationAccuracy()).isGreaterThanOrEqualTo(0.83);
    assertThat(scores.titleAccuracy()).isGreaterThanOrEqualTo(0.93);
  }
}
