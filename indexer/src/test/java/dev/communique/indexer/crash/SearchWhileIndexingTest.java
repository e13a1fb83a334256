package dev.communique.indexer.crash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.communique.core.Communique;
import dev.communique.core.index.CommuniqueIndex;
import dev.communique.core.search.SearchHit;
import dev.communique.core.search.SearchRequest;
import dev.communique.core.search.SearchResults;
import dev.communique.indexer.SampleCorpus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searches an index from this process while a child JVM indexes into it with frequent commits:
 * every search succeeds, sees a whole commit (never more hits than communiqués, every hit readable
 * in full), counts never go back, and the searches see the index grow commit by commit.
 */
class SearchWhileIndexingTest {
  private static final int FILES = 500;

  @TempDir Path dir;

  @Test
  void searchesDuringAnIndexingRunSeeEachCommitWhole() throws Exception {
    Path corpus = dir.resolve("corpus");
    KillCorpus.write(SampleCorpus.releases(), corpus, FILES);
    Path index = dir.resolve("index");
    Process run = KillableRun.launch(index, corpus, 25);
    List<String> output = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
      String line = out.readLine();
      while (line != null && !line.startsWith("COMMITTED")) {
        output.add(line);
        line = out.readLine();
      }
      assertThat(line).as("the run's output: %s", output).isNotNull();
      Thread drain =
          new Thread(
              () -> {
                try {
                  for (String l = out.readLine(); l != null; l = out.readLine()) {
                    synchronized (output) {
                      output.add(l);
                    }
                  }
                } catch (IOException e) {
                  // the run ended
                }
              });
      drain.setDaemon(true);
      drain.start();

      int searches = 0;
      int last = 0;
      TreeSet<Integer> countsSeen = new TreeSet<>();
      try (CommuniqueIndex reader = CommuniqueIndex.openReadOnly(index)) {
        while (run.isAlive()) {
          reader.refresh();
          int count = reader.count();
          assertThat(count).isGreaterThanOrEqualTo(last);
          last = count;
          countsSeen.add(count);
          SearchResults all =
              reader.search(SearchRequest.builder("*").includeCopies(true).limit(0).build());
          assertThat(all.totalHits()).isLessThanOrEqualTo(count);
          SearchResults words = reader.search(SearchRequest.builder("ministers").limit(20).build());
          for (SearchHit hit : words.hits()) {
            Communique stored = reader.get(hit.communique().id()).orElseThrow();
            assertThat(stored.body()).isNotBlank();
          }
          searches++;
        }
        drain.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(run.waitFor()).as("the run's output: %s", output).isZero();
        reader.refresh();
        assertThat(reader.count()).isEqualTo(FILES);
      }
      assertThat(countsSeen.size()).as("distinct commits seen").isGreaterThanOrEqualTo(3);
      System.out.printf(
          "search while indexing: %d searches, %d distinct commit sizes seen, none failed%n",
          searches, countsSeen.size());
    } finally {
      run.destroyForcibly();
    }
  }
}
