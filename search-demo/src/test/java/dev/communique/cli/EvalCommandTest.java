package dev.communique.cli;

import static dev.communique.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.communique.cli.CliRun.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

  @TempDir static Path dir;
  static Path index;
  static Path topics;
  static Path qrels;

  @BeforeAll
  static void indexSampleForBothProfiles() throws Exception {
    index = dir.resolve("index");
    Run indexed =
        run("index", "--index", index.toString(), "--profile", "bm25-anserini", "--no-progress");
    assertThat(indexed.status()).isZero();
    topics = Files.writeString(dir.resolve("t.tsv"), "1\tinteroperability\n2\twhat? (AND\n");
    qrels =
        Files.writeString(
            dir.resolve("q.txt"),
            "1 0 releases/nato-foreign-ministers-2023-11-29 2\n1 0 unretrieved 1\n2 0 x 0\n");
  }

  private static Run eval(String... more) {
    String[] base = {
      "eval",
      "--index",
      index.toString(),
      "--topics",
      topics.toString(),
      "--qrels",
      qrels.toString()
    };
    String[] args = new String[base.length + more.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return run(args);
  }

  @Test
  void printsTheMeasuresAndWritesTheRunWithSourceIds() throws Exception {
    Path runFile = dir.resolve("run.txt");
    Run run = eval("--profile", "bm25-anserini", "--run", runFile.toString());
    assertThat(run.status()).isZero();
    // The seed release (grade 2) first; the other relevant one never retrieved:
    // nDCG@10 = 2 / (2 + 1/log2(3)).
    assertThat(run.out())
        .isEqualTo(
            "ndcg@10      0.7602\n"
                + "map          0.5000\n"
                + "recall@100   0.5000\n"
                + "recall@1000  0.5000\n"
                + "p@10         0.1000\n"
                + "mrr          1.0000\n");
    assertThat(run.err()).contains("communique: 2 topics run in ").contains(", 1 evaluated");
    assertThat(Files.readAllLines(runFile))
        .startsWith(
            "1 Q0 releases/nato-foreign-ministers-2023-11-29 1 1.048000 bm25-anserini",
            "1 Q0 releases/australia-japan-maritime-cooperation-2023-05-26 2 0.810900"
                + " bm25-anserini",
            "1 Q0 releases/germany-netherlands-interoperability-land-forces-2021-09-14 3 0.810899"
                + " bm25-anserini");
  }

  @Test
  void perQueryPrintsOneRowPerEvaluatedTopicThenTheMeans() {
    Run run = eval("--metrics", "ndcg@10,mrr", "--per-query");
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .isEqualTo(
            "topic      ndcg@10          mrr\n"
                + "1           0.7602       1.0000\n"
                + "all         0.7602       1.0000\n");
  }

  @Test
  void aProfileTheIndexCannotServeIsOneClearLine() {
    Path plain = dir.resolve("plain");
    assertThat(run("index", "--index", plain.toString(), "--no-progress").status()).isZero();
    Run run =
        run(
            "eval",
            "--index",
            plain.toString(),
            "--topics",
            topics.toString(),
            "--qrels",
            qrels.toString(),
            "--profile",
            "bm25-anserini");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "communique: the index at "
                + plain.toAbsolutePath().normalize()
                + " serves the ranking profiles default, not bm25-anserini; index the collection"
                + " into a new directory with --profile bm25-anserini\n");
  }

  @Test
  void badOptionsAreNamed() {
    assertThat(eval("--metrics", "ndcg@ten").err())
        .isEqualTo(
            "communique: --metrics: unknown metric 'ndcg@ten'; expected ndcg@K, map, recall@K,"
                + " p@K or mrr\n");
    assertThat(eval("--profile", "bm99").err())
        .isEqualTo(
            "communique: --profile: unknown ranking profile 'bm99'; expected one of default,"
                + " bm25-anserini\n");
    assertThat(eval("--fb-docs", "5").err())
        .isEqualTo("communique: --fb-docs, --fb-terms, --fb-weight and --fb-rerank need --rm3\n");
    assertThat(eval("--rm3", "--fb-weight", "2").err())
        .isEqualTo("communique: --rm3: the original query's weight must be in [0, 1], got 2.0\n");
  }

  @Test
  void rm3RunsAreTaggedAndKeepTheTopInTheTopicsOrder() throws Exception {
    Path plainRun = dir.resolve("plain-run.txt");
    Path rm3Run = dir.resolve("rm3-run.txt");
    assertThat(eval("--run", plainRun.toString()).status()).isZero();
    Run rm3 = eval("--rm3", "--run", rm3Run.toString());
    assertThat(rm3.status()).isZero();
    List<String> plain = docids(plainRun, "1");
    List<String> expanded = docids(rm3Run, "1");
    assertThat(expanded).startsWith(plain.toArray(String[]::new));
    assertThat(expanded.size()).isGreaterThan(plain.size());
    assertThat(Files.readAllLines(rm3Run).get(0)).endsWith(" default-rm3");
  }

  private static List<String> docids(Path run, String topic) throws Exception {
    return Files.readAllLines(run).stream()
        .map(line -> line.split(" "))
        .filter(f -> f[0].equals(topic))
        .map(f -> f[2])
        .toList();
  }
}
