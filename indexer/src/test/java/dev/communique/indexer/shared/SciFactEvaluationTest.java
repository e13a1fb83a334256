package dev.communique.indexer.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.communique.core.index.CommuniqueIndex;
import dev.communique.core.search.Feedback;
import dev.communique.core.search.QueryVocabulary;
import dev.communique.core.search.RankRequest;
import dev.communique.core.search.RankingProfile;
import dev.communique.indexer.eval.Evaluation;
import dev.communique.indexer.eval.Evaluator;
import dev.communique.indexer.eval.Metric;
import dev.communique.indexer.eval.Qrels;
import dev.communique.indexer.eval.RunMaker;
import dev.communique.indexer.eval.TopicFile;
import dev.communique.indexer.eval.TrecRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * BEIR SciFact, indexed once: the {@code bm25-anserini} profile reproduces Anserini's published
 * BM25 flat baseline to four decimals, and the default profile scores what it was recorded to.
 */
@Tag("shared")
class SciFactEvaluationTest {

  @TempDir static Path dir;
  static CommuniqueIndex index;
  static Path scifact;

  static final List<Metric> METRICS = Metric.parseList("ndcg@10,recall@100,recall@1000,map");

  @BeforeAll
  static void indexCorpus() throws Exception {
    scifact = SharedData.root().resolve("eval").resolve("scifact");
    assumeTrue(
        Files.isRegularFile(scifact.resolve("corpus.jsonl")),
        "skipped: no SciFact collection at " + scifact.toAbsolutePath().normalize());
    index =
        CommuniqueIndex.open(
            dir.resolve("index"), QueryVocabulary.empty(), Set.of(RankingProfile.BM25_ANSERINI));
    SharedData.indexer(index).index(List.of(scifact.resolve("corpus.jsonl")));
    index.commit();
  }

  @AfterAll
  static void close() throws Exception {
    if (index != null) {
      index.close();
    }
  }

  private static String scores(RankingProfile profile) throws Exception {
    return scores(RankRequest.builder("").profile(profile).build());
  }

  private static String scores(RankRequest settings) throws Exception {
    TopicFile topics = TopicFile.read(scifact.resolve("topics.beir-v1.0.0-scifact.test.tsv"));
    Qrels qrels = Qrels.read(scifact.resolve("qrels.beir-v1.0.0-scifact.test.txt"));
    TrecRun run = new RunMaker(index, settings).run(topics.topics());
    Evaluation evaluation = new Evaluator().evaluate(run, qrels, METRICS);
    assertThat(evaluation.topics()).hasSize(300);
    StringBuilder table = new StringBuilder();
    for (Metric metric : METRICS) {
      table.append(String.format(Locale.ROOT, "%s %.4f%n", metric.name(), evaluation.mean(metric)));
    }
    return table.toString();
  }

  @Test
  void bm25AnseriniReproducesThePublishedBaseline() throws Exception {
    assertThat(scores(RankingProfile.BM25_ANSERINI))
        .startsWith("ndcg@10 0.6789\nrecall@100 0.9253\nrecall@1000 0.9767\n");
  }

  @Test
  void theDefaultProfileScoresWhatWasRecorded() throws Exception {
    assertThat(scores(RankingProfile.DEFAULT))
        .startsWith("ndcg@10 0.6857\nrecall@100 0.9242\nrecall@1000 0.9800\n");
  }

  @Test
  void feedbackRaisesRecallAndKeepsTheTopInTheOriginalOrder() throws Exception {
    RankRequest.Builder rm3 = RankRequest.builder("").feedback(Feedback.rm3());
    assertThat(scores(rm3.build()))
        .startsWith("ndcg@10 0.6857\nrecall@100 0.9310\nrecall@1000 0.9833\n");
    assertThat(scores(rm3.proximity(true).build()))
        .startsWith("ndcg@10 0.6911\nrecall@100 0.9310\nrecall@1000 0.9833\n");
    assertThat(scores(RankRequest.builder("").feedback(Feedback.rm3(10, 40, 0.5, 0)).build()))
        .startsWith("ndcg@10 0.6713\nrecall@100 0.9310\n");
  }

  @Test
  void sourceIdsAreTheRunsDocids() throws Exception {
    assertThat(index.get("4983")).isPresent();
  }
}
