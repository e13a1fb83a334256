package dev.communique.indexer.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each measure on a hand-made topic. Judged: d1 grade 2, d2 and d4 grade 1 (three relevant), d3
 * grade 0. Ranked: d3, d1, d5 (unjudged), d2; d4 is not retrieved.
 */
class MetricTest {

  private static final Map<String, Integer> JUDGED = Map.of("d1", 2, "d2", 1, "d3", 0, "d4", 1);
  private static final List<String> RANKED = List.of("d3", "d1", "d5", "d2");

  private static double value(String metric) {
    return Metric.parse(metric).of(RANKED, JUDGED);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  @Test
  void precisionCountsRelevantDocumentsOverTheCutoff() {
    assertThat(value("p@2")).isEqualTo(0.5);
    assertThat(value("p@10")).isEqualTo(0.2);
  }

  @Test
  void recallCountsRelevantDocumentsOverAllRelevantOnes() {
    assertThat(value("recall@2")).isEqualTo(1.0 / 3);
    assertThat(value("recall@4")).isEqualTo(2.0 / 3);
  }

  @Test
  void averagePrecisionDividesByAllRelevantIncludingUnretrieved() {
    // relevant at ranks 2 (precision 1/2) and 4 (precision 2/4); three relevant in all
    assertThat(value("map")).isCloseTo((0.5 + 0.5) / 3, within(1e-12));
  }

  @Test
  void reciprocalRankIsOfTheFirstRelevant() {
    assertThat(value("mrr")).isEqualTo(0.5);
    assertThat(Metric.parse("mrr").of(List.of("d3", "d5"), JUDGED)).isZero();
  }

  @Test
  void ndcgUsesGradedGainsAndTheIdealOfAllJudgedGains() {
    // DCG@3 = 2/log2(3); ideal gains 2, 1, 1 → 2/1 + 1/log2(3) + 1/log2(4)
    double expected = (2 / log2(3)) / (2 + 1 / log2(3) + 0.5);
    assertThat(value("ndcg@3")).isCloseTo(expected, within(1e-12));
    assertThat(value("ndcg@3")).isCloseTo(0.40303, within(1e-5));
    assertThat(value("ndcg@1")).isZero();
  }

  @Test
  void aTopicWithoutRelevantDocumentsScoresZero() {
    assertThat(Metric.parse("ndcg@10").of(RANKED, Map.of("d3", 0))).isZero();
  }

  @Test
  void namesParseAndBadOnesAreExplained() {
    assertThat(Metric.parseList("NDCG@10, map,recall@100,p@10,mrr").stream().map(Metric::name))
        .containsExactly("ndcg@10", "map", "recall@100", "p@10", "mrr");
    assertThatThrownBy(() -> Metric.parse("ndcg@x"))
        .hasMessage("unknown metric 'ndcg@x'; expected ndcg@K, map, recall@K, p@K or mrr");
  }
}
