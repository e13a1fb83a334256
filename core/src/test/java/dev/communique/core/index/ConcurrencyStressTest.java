package dev.communique.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.communique.core.Communique;
import dev.communique.core.search.SearchRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight threads upsert, delete, search and commit on one index for a bounded time. Each writer owns
 * its ids and a word no other writer uses, so it knows exactly what a search for its word must
 * find, at any moment (near-real-time): its live communiqués, no more and no fewer. At the end the
 * index holds exactly the upserts of new ids minus the deletes, and every surviving id is found.
 */
class ConcurrencyStressTest {
  private static final String[] WORDS = {
    "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"
  };
  private static final long RUN_MILLIS = 2500;

  @TempDir Path dir;

  /** What one thread did. */
  private record Tally(int added, int deleted, int updated, int searches, List<String> live) {}

  @Test
  void mixedSearchUpsertAndDeleteKeepExactCounts() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(WORDS.length);
    try (CommuniqueIndex index = CommuniqueIndex.open(dir)) {
      long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(RUN_MILLIS);
      List<Future<Tally>> futures = new ArrayList<>();
      for (int t = 0; t < WORDS.length; t++) {
        int thread = t;
        futures.add(pool.submit(() -> work(index, thread, deadline)));
      }
      int added = 0;
      int deleted = 0;
      int operations = 0;
      List<String> live = new ArrayList<>();
      for (Future<Tally> future : futures) {
        Tally tally = future.get();
        added += tally.added();
        deleted += tally.deleted();
        operations += tally.added() + tally.deleted() + tally.updated() + tally.searches();
        live.addAll(tally.live());
      }
      assertThat(added).isGreaterThan(0);
      assertThat(deleted).isGreaterThan(0);
      assertThat(index.count()).isEqualTo(added - deleted);
      assertThat(live).hasSize(added - deleted);
      for (String id : live) {
        assertThat(index.get(id)).as(id).isPresent();
      }
      index.commit();
      try (CommuniqueIndex readOnly = CommuniqueIndex.openReadOnly(dir)) {
        assertThat(readOnly.count()).isEqualTo(added - deleted);
      }
      System.out.printf(
          "stress test: %d operations by %d threads (%d adds, %d deletes), %d communiqués left,"
              + " every one found%n",
          operations, WORDS.length, added, deleted, live.size());
    } finally {
      pool.shutdownNow();
    }
  }

  private static Tally work(CommuniqueIndex index, int thread, long deadline) throws Exception {
    String word = WORDS[thread];
    Random random = new Random(thread);
    List<String> live = new ArrayList<>();
    int added = 0;
    int deleted = 0;
    int updated = 0;
    int searches = 0;
    int next = 0;
    while (System.nanoTime() < deadline) {
      int roll = random.nextInt(10);
      if (roll < 4 || live.isEmpty()) {
        String id = word + "-" + next++;
        assertThat(index.upsert(release(id, word, next))).isEqualTo(UpsertOutcome.ADDED);
        live.add(id);
        added++;
      } else if (roll < 5) {
        String id = live.get(random.nextInt(live.size()));
        assertThat(index.upsert(release(id, word, next++))).isEqualTo(UpsertOutcome.UPDATED);
        updated++;
      } else if (roll < 7) {
        String id = live.remove(random.nextInt(live.size()));
        assertThat(index.delete(id)).isTrue();
        deleted++;
      } else if (roll < 9 || thread != 0) {
        long hits =
            index
                .search(SearchRequest.builder(word).includeCopies(true).limit(0).build())
                .totalHits();
        assertThat(hits).as("%s sees its own writes", word).isEqualTo(live.size());
        searches++;
      } else {
        index.commit();
      }
    }
    return new Tally(added, deleted, updated, searches, live);
  }

  private static Communique release(String id, String word, int serial) {
    StringBuilder body = new StringBuilder(word);
    Random random = new Random(serial * 31L + word.hashCode());
    for (int i = 0; i < 40; i++) {
      body.append(' ').append((char) ('k' + random.nextInt(10))).append(random.nextInt(100000));
    }
    return Communique.builder(id).title("Statement " + serial).body(body.toString()).build();
  }
}
