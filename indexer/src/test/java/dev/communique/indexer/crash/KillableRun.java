package dev.communique.indexer.crash;

import dev.communique.core.index.CommuniqueIndex;
import dev.communique.indexer.Indexer;
import dev.communique.indexer.IndexingReport;
import dev.communique.indexer.ProgressListener;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The indexing run that {@link IndexingKillTest} kills: indexes a corpus into an index with
 * frequent commits and prints each phase as a line on standard output, so that the test can kill it
 * in a chosen phase. Arguments: index directory, corpus folder, communiqués per commit.
 */
public final class KillableRun {
  private KillableRun() {}

  public static void main(String[] args) throws Exception {
    Path index = Path.of(args[0]);
    Path corpus = Path.of(args[1]);
    int commitEvery = Integer.parseInt(args[2]);
    System.out.println("STARTING");
    try (CommuniqueIndex open = CommuniqueIndex.open(index)) {
      System.out.println("OPEN");
      IndexingReport report =
          Indexer.builder(open)
              .threads(2)
              .commitEvery(commitEvery)
              .commitInterval(Duration.ofSeconds(2))
              .listener(new PhasePrinter())
              .build()
              .index(List.of(corpus));
      System.out.println(
          "DONE read="
              + report.read()
              + " unchanged="
              + report.unchanged()
              + " commits="
              + report.commits()
              + " count="
              + open.count());
    }
  }

  /** Starts this run in a child JVM, its output and errors merged. */
  static Process launch(Path index, Path corpus, int commitEvery) throws java.io.IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return new ProcessBuilder(
            java,
            "-Xmx256m",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            classpath,
            KillableRun.class.getName(),
            index.toString(),
            corpus.toString(),
            Integer.toString(commitEvery))
        .redirectErrorStream(true)
        .start();
  }

  /** Prints each phase at once. */
  private static final class PhasePrinter implements ProgressListener {
    @Override
    public void committing() {
      print("COMMITTING");
    }

    @Override
    public void committed(int number) {
      print("COMMITTED " + number);
    }

    @Override
    public void mergingDuplicates() {
      print("MERGING");
    }

    private static synchronized void print(String line) {
      System.out.println(line);
      System.out.flush();
    }
  }
}
