package dev.communique.indexer.crash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.communique.core.index.CommuniqueIndex;
import dev.communique.core.schema.CommuniqueSchema;
import dev.communique.indexer.Indexer;
import dev.communique.indexer.IndexingReport;
import dev.communique.indexer.SampleCorpus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an indexing run (a child JVM running {@link KillableRun}) with SIGKILL again and again, at
 * set times and in set phases (during a commit, between commits, in the near-duplicate pass),
 * reruns the same command each time, and checks that every kill left an index that opens with
 * unique ids and never fewer communiqués than before, and that the finished index equals a clean
 * run's: the same ids and the same near-duplicate groups.
 */
class IndexingKillTest {
  private static final int FILES = 500;
  private static final int COMMIT_EVERY = 40;

  @TempDir Path dir;

  /** When to kill: after some milliseconds, or on the n-th line starting with a phase name. */
  private record Trigger(long millis, String phase, int nth) {
    static Trigger after(long millis) {
      return new Trigger(millis, null, 0);
    }

    static Trigger on(String phase, int nth) {
      return new Trigger(0, phase, nth);
    }
  }

  private static final List<Trigger> SCHEDULE =
      List.of(
          Trigger.after(300),
          Trigger.after(700),
          Trigger.on("COMMITTING", 1),
          Trigger.on("COMMITTING", 3),
          Trigger.after(2500),
          Trigger.on("COMMITTED", 2),
          Trigger.on("COMMITTING", 2),
          Trigger.after(1800),
          Trigger.on("COMMITTING", 4),
          Trigger.after(3000),
          Trigger.on("MERGING", 1),
          Trigger.on("COMMITTING", 1),
          Trigger.on("MERGING", 1),
          Trigger.after(1200),
          Trigger.on("COMMITTING", 1),
          Trigger.on("MERGING", 1),
          Trigger.on("COMMITTING", 1),
          Trigger.on("MERGING", 1),
          Trigger.after(1000),
          Trigger.on("COMMITTING", 1),
          Trigger.on("MERGING", 1),
          Trigger.on("COMMITTING", 1),
          Trigger.on("MERGING", 1),
          Trigger.on("COMMITTING", 1),
          Trigger.after(900),
          Trigger.on("MERGING", 1),
          Trigger.on("COMMITTING", 1));

  @Test
  void killedRunsLeaveAReusableIndexAndARerunFinishesLikeACleanRun() throws Exception {
    Path corpus = dir.resolve("corpus");
    KillCorpus.write(SampleCorpus.releases(), corpus, FILES);
    Path index = dir.resolve("index");

    int kills = 0;
    int inCommit = 0;
    int inMerge = 0;
    int before = 0;
    for (Trigger trigger : SCHEDULE) {
      Outcome outcome = runUntil(index, corpus, trigger);
      if (outcome.killed) {
        kills++;
        inCommit += outcome.lastPhase.equals("COMMITTING") ? 1 : 0;
        inMerge += outcome.lastPhase.equals("MERGING") ? 1 : 0;
      } else {
        assertThat(outcome.exitCode).as("a run that was not killed: %s", outcome.lines).isZero();
      }
      if (CommuniqueIndex.exists(index)) {
        Map<String, String> groups = groups(index);
        assertThat(groups.size()).isGreaterThanOrEqualTo(before);
        before = groups.size();
      }
    }
    assertThat(kills).isGreaterThanOrEqualTo(20);
    assertThat(inCommit).isGreaterThanOrEqualTo(5);
    assertThat(inMerge).isGreaterThanOrEqualTo(5);

    IndexingReport rerun;
    try (CommuniqueIndex open = CommuniqueIndex.open(index)) {
      rerun = indexer(open).index(List.of(corpus));
    }
    IndexingReport clean;
    Path cleanIndex = dir.resolve("clean");
    try (CommuniqueIndex open = CommuniqueIndex.open(cleanIndex)) {
      clean = indexer(open).index(List.of(corpus));
    }
    assertThat(clean.added()).isEqualTo(FILES);
    assertThat(rerun.unchanged() + rerun.read()).isEqualTo(FILES);
    Map<String, String> cleanGroups = groups(cleanIndex);
    Map<String, String> rerunGroups = groups(index);
    assertThat(rerunGroups).hasSize(FILES);
    assertThat(rerunGroups).isEqualTo(cleanGroups);
    assertThat(rerun.duplicates().groups()).isEqualTo(clean.duplicates().groups());
    assertThat(clean.duplicates().groups()).isGreaterThan(10);
    System.out.printf(
        "kill test: %d kills (%d during a commit, %d in the near-duplicate pass), %d"
            + " communiqués, %d near-duplicate groups as in a clean run%n",
        kills, inCommit, inMerge, rerunGroups.size(), clean.duplicates().groups());
  }

  private static Indexer indexer(CommuniqueIndex index) {
    return Indexer.builder(index)
        .threads(2)
        .commitEvery(COMMIT_EVERY)
        .commitInterval(Duration.ofSeconds(2))
        .build();
  }

  /** Each live communiqué's id and near-duplicate group (with a mark if canonical). */
  private static Map<String, String> groups(Path index) throws IOException {
    Map<String, String> groups = new TreeMap<>();
    try (FSDirectory directory = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            var document = stored.document(doc);
            String id = document.get(CommuniqueSchema.ID);
            if (id == null) {
              continue; // a speaker turn, a child of the release that follows it
            }
            String previous =
                groups.put(
                    id,
                    document.get(CommuniqueSchema.DUPLICATE_GROUP)
                        + " "
                        + document.get(CommuniqueSchema.CANONICAL));
            assertThat(previous).as("duplicate id %s", id).isNull();
          }
        }
      }
    }
    return groups;
  }

  /** How a child run ended. */
  private record Outcome(boolean killed, int exitCode, String lastPhase, List<String> lines) {}

  private static Outcome runUntil(Path index, Path corpus, Trigger trigger) throws Exception {
    Process process = KillableRun.launch(index, corpus, COMMIT_EVERY);
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                  lines.add(line);
                }
              } catch (IOException e) {
                // the process died
              }
              lines.add("<end>");
            });
    reader.setDaemon(true);
    reader.start();
    List<String> seen = new ArrayList<>();
    String lastPhase = "";
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(trigger.millis());
    int matches = 0;
    boolean kill = false;
    while (!kill) {
      long wait =
          trigger.phase() == null ? Math.max(0, deadline - System.nanoTime()) : 60_000_000_000L;
      String line = lines.poll(wait, TimeUnit.NANOSECONDS);
      if (line == null) {
        kill = true;
        break;
      }
      if (line.equals("<end>")) {
        break;
      }
      seen.add(line);
      lastPhase = line.split(" ")[0];
      if (trigger.phase() != null
          && lastPhase.equals(trigger.phase())
          && ++matches == trigger.nth()) {
        kill = true;
      }
    }
    boolean killed = kill && process.isAlive();
    if (killed) {
      process.destroyForcibly();
    }
    process.waitFor();
    reader.join();
    return new Outcome(killed, process.exitValue(), lastPhase, seen);
  }
}
