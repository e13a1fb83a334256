package dev.communique.indexer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunAndEvaluatorTest {

  @Test
  void writtenScoresKeepTheRunOrderThroughTies() throws Exception {
    TrecRun run =
        TrecRun.builder()
            .add("7", List.of("a", "b", "c", "d"), List.of(3.14159f, 2.5f, 2.5f, 2.49999f))
            .build();
    StringWriter out = new StringWriter();
    run.write(out, "tag");
    assertThat(out.toString())
        .isEqualTo(
            "7 Q0 a 1 3.141600 tag\n"
                + "7 Q0 b 2 2.500000 tag\n"
                + "7 Q0 c 3 2.499999 tag\n"
                + "7 Q0 d 4 2.499998 tag\n");
    assertThat(Evaluator.ranked(run.entries("7"))).containsExactly("a", "b", "c", "d");
  }

  @Test
  void trecEvalBreaksEqualScoresByDescendingIdAndCutsAtItsDepth() {
    List<TrecRun.Entry> entries =
        List.of(
            new TrecRun.Entry("a", "1.000000"),
            new TrecRun.Entry("c", "1.000000"),
            new TrecRun.Entry("b", "1.000000"),
            new TrecRun.Entry("z", "2.000000"));
    assertThat(Evaluator.ranked(entries)).containsExactly("z", "c", "b", "a");
  }

  @Test
  void judgedTopicsMissingFromTheRunScoreZeroAndTopicsWithoutRelevantAreLeftOut() {
    Map<String, Map<String, Integer>> judged = new LinkedHashMap<>();
    judged.put("1", Map.of("a", 1));
    judged.put("2", Map.of("x", 1));
    judged.put("3", Map.of("a", 0));
    Qrels qrels = new Qrels(judged, List.of());
    TrecRun run =
        TrecRun.builder()
            .add("1", List.of("b", "a"), List.of(2f, 1f))
            .add("3", List.of("a"), List.of(1f))
            .add("9", List.of("a"), List.of(1f))
            .build();
    Metric mrr = Metric.parse("mrr");
    Evaluation evaluation = new Evaluator().evaluate(run, qrels, List.of(mrr));
    assertThat(evaluation.topics()).containsExactly("1", "2");
    assertThat(evaluation.value("1", mrr)).isEqualTo(0.5);
    assertThat(evaluation.value("2", mrr)).isZero();
    assertThat(evaluation.mean(mrr)).isEqualTo(0.25);
  }
}
