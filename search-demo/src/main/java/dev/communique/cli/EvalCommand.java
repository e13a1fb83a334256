package dev.communique.cli;

import dev.communique.core.index.CommuniqueBackend;
import dev.communique.core.search.Feedback;
import dev.communique.core.search.RankRequest;
import dev.communique.core.search.RankingProfile;
import dev.communique.indexer.eval.Evaluation;
import dev.communique.indexer.eval.Evaluator;
import dev.communique.indexer.eval.Metric;
import dev.communique.indexer.eval.Qrels;
import dev.communique.indexer.eval.RunMaker;
import dev.communique.indexer.eval.TopicFile;
import dev.communique.indexer.eval.TrecRun;
import dev.communique.indexer.format.SourceException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code communique eval}: runs a topic set, writes the TREC run, prints trec_eval's measures. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate ranking on a test collection: run every topic (its text searched as text, to"
          + " depth 1000, without snippets), optionally write a TREC run file, and print the"
          + " measures as trec_eval -c -M1000 computes them.",
      "Topics: TSV (qid<TAB>text), BEIR queries.jsonl, TREC <top> or <DOC> files. Qrels: TREC"
          + " or BEIR TSV with a header."
    })
final class EvalCommand implements Callable<Integer> {

  @ParentCommand CommuniqueCli root;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--topics", paramLabel = "FILE", required = true, description = "Topic file.")
  Path topics;

  @Option(names = "--qrels", paramLabel = "FILE", required = true, description = "Judgments.")
  Path qrels;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      description = "Ranking profile: default or bm25-anserini (default: ${DEFAULT-VALUE}).")
  String profile = RankingProfile.DEFAULT.label();

  @Option(names = "--run", paramLabel = "OUT", description = "Write the TREC run file here.")
  Path run;

  @Option(
      names = "--metrics",
      paramLabel = "LIST",
      description = "Comma-separated measures (default: ${DEFAULT-VALUE}).")
  String metrics = Metric.DEFAULTS;

  @Option(names = "--per-query", description = "Print one row per topic, then the means.")
  boolean perQuery;

  @Option(
      names = "--proximity",
      description =
          "Default profile: raise documents where neighbouring topic words stand close together.")
  boolean proximity;

  @Option(
      names = "--rm3",
      description =
          "Pseudo-relevance feedback: run each topic, add the strongest words of its best"
              + " documents, run it again.")
  boolean rm3;

  @Option(
      names = "--fb-docs",
      paramLabel = "N",
      description = "With --rm3: feedback documents (default: ${DEFAULT-VALUE}).")
  int fbDocs = Feedback.DEFAULT_DOCS;

  @Option(
      names = "--fb-terms",
      paramLabel = "N",
      description = "With --rm3: words added (default: ${DEFAULT-VALUE}).")
  int fbTerms = Feedback.DEFAULT_TERMS;

  @Option(
      names = "--fb-weight",
      paramLabel = "W",
      description =
          "With --rm3: the original topic's share of the weight, 0-1 (default: ${DEFAULT-VALUE}).")
  double fbWeight = Feedback.DEFAULT_ORIGINAL_WEIGHT;

  @Option(
      names = "--fb-rerank",
      paramLabel = "N",
      description =
          "With --rm3: put the first N documents back in the original topic's order; 0 for plain"
              + " RM3 (default: ${DEFAULT-VALUE}).")
  int fbRerank = Feedback.DEFAULT_RERANK_DEPTH;

  @Option(
      names = "--depth",
      paramLabel = "N",
      description = "Documents per topic (default: ${DEFAULT-VALUE}).")
  int depth = RankRequest.DEFAULT_DEPTH;

  @Option(names = "--tag", paramLabel = "TAG", description = "Run tag (default: the profile).")
  String tag;

  @CommandLine.Mixin IndexOption index = new IndexOption();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RankingProfile ranking = parseProfile();
    List<Metric> measures = parseMetrics();
    if (depth < 1) {
      throw new IllegalArgumentException("--depth must be >= 1, got " + depth);
    }
    TopicFile topicFile = read(() -> TopicFile.read(topics));
    Qrels judgments = read(() -> Qrels.read(qrels));
    warn(err, topicFile.problems());
    warn(err, judgments.problems());
    CommuniqueBackend opened = root.indexes().searchable(index, err);
    long start = System.nanoTime();
    RankRequest settings =
        RankRequest.builder("")
            .profile(ranking)
            .depth(depth)
            .proximity(proximity)
            .feedback(feedback())
            .build();
    TrecRun trecRun = new RunMaker(opened, settings).run(topicFile.topics());
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (run != null) {
      try (Writer writer = Files.newBufferedWriter(run, StandardCharsets.UTF_8)) {
        trecRun.write(
            writer,
            tag == null
                ? ranking.label() + (proximity ? "-proximity" : "") + (rm3 ? "-rm3" : "")
                : tag);
      }
    }
    Evaluation evaluation = new Evaluator().evaluate(trecRun, judgments, measures);
    if (perQuery) {
      printPerQuery(evaluation, out);
    } else {
      for (Metric metric : measures) {
        out.printf(Locale.ROOT, "%-12s %.4f%n", metric.name(), evaluation.mean(metric));
      }
    }
    err.printf(
        Locale.ROOT,
        "communique: %d topics run in %d ms, %d evaluated (topics with a relevant judgment)%n",
        topicFile.topics().size(),
        millis,
        evaluation.topics().size());
    out.flush();
    err.flush();
    return 0;
  }

  private static void printPerQuery(Evaluation evaluation, PrintWriter out) {
    int width = 5;
    for (String topic : evaluation.topics()) {
      width = Math.max(width, topic.length());
    }
    StringBuilder header =
        new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", "topic"));
    for (Metric metric : evaluation.metrics()) {
      header.append(String.format(Locale.ROOT, " %12s", metric.name()));
    }
    out.println(header);
    for (String topic : evaluation.topics()) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", topic));
      for (Metric metric : evaluation.metrics()) {
        row.append(String.format(Locale.ROOT, " %12.4f", evaluation.value(topic, metric)));
      }
      out.println(row);
    }
    StringBuilder all = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", "all"));
    for (Metric metric : evaluation.metrics()) {
      all.append(String.format(Locale.ROOT, " %12.4f", evaluation.mean(metric)));
    }
    out.println(all);
  }

  /** The feedback the options ask for, or null without --rm3. */
  private Feedback feedback() {
    boolean tuned =
        fbDocs != Feedback.DEFAULT_DOCS
            || fbTerms != Feedback.DEFAULT_TERMS
            || fbWeight != Feedback.DEFAULT_ORIGINAL_WEIGHT
            || fbRerank != Feedback.DEFAULT_RERANK_DEPTH;
    if (!rm3) {
      if (tuned) {
        throw new IllegalArgumentException(
            "--fb-docs, --fb-terms, --fb-weight and --fb-rerank need --rm3");
      }
      return null;
    }
    try {
      return Feedback.rm3(fbDocs, fbTerms, fbWeight, fbRerank);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--rm3: " + e.getMessage(), e);
    }
  }

  private RankingProfile parseProfile() {
    try {
      return RankingProfile.parse(profile);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--profile: " + e.getMessage(), e);
    }
  }

  private List<Metric> parseMetrics() {
    try {
      return Metric.parseList(metrics);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--metrics: " + e.getMessage(), e);
    }
  }

  private static void warn(PrintWriter err, List<String> problems) {
    for (String problem : problems) {
      err.println("communique: skipped " + problem);
    }
  }

  /** Something read from a file that may be malformed. */
  private interface FileRead<T> {
    T read() throws IOException, SourceException;
  }

  private static <T> T read(FileRead<T> read) throws IOException {
    try {
      return read.read();
    } catch (SourceException e) {
      throw new IllegalArgumentException(e.location() + ": " + e.getMessage(), e);
    }
  }
}
