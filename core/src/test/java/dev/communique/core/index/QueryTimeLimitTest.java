package dev.communique.core.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.communique.core.Communique;
import dev.communique.core.search.KwicRequest;
import dev.communique.core.search.QueryLimitException;
import dev.communique.core.search.QueryLimits;
import dev.communique.core.search.SearchRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-query time limit, on a clock the test moves: a query is stopped exactly when its time is
 * up, whatever the machine's speed, and one that keeps within it is answered in full.
 */
class QueryTimeLimitTest {
  @TempDir Path dir;
  private CommuniqueIndex index;
  private final AtomicLong now = new AtomicLong();

  @BeforeEach
  void indexReleases() throws Exception {
    index = CommuniqueIndex.open(dir);
    for (int i = 0; i < 50; i++) {
      index.upsert(
          Communique.builder("r" + i)
              .title("Summit " + i)
              .body("Leaders met at the summit and agreed on energy security, item " + i + ".")
              .build());
    }
    index.commit();
    index.setQueryLimits(QueryLimits.builder().timeout(Duration.ofSeconds(10)).build());
    index.useClock(now::get);
  }

  @org.junit.jupiter.api.AfterEach
  void close() throws Exception {
    index.close();
  }

  @Test
  void aQueryWithinItsTimeIsAnsweredInFull() throws Exception {
    assertThat(index.search(SearchRequest.builder("summit").limit(100).build()).totalHits())
        .isEqualTo(50);
  }

  @Test
  void aQueryWhoseTimeRunsOutIsStoppedWithATypedOneLineError() {
    // Every reading of the clock after the first is eleven seconds later.
    index.useClock(() -> now.getAndAdd(11_000_000_000L));
    assertThatThrownBy(() -> index.search(SearchRequest.builder("summit energy").build()))
        .isInstanceOfSatisfying(
            QueryLimitException.class,
            e -> assertThat(e.limit()).isEqualTo(QueryLimitException.Limit.TIME))
        .hasMessage(
            "the query ran longer than 10000 ms and was stopped; make it more specific (the limit"
                + " is set by --timeout)");
    assertThatThrownBy(() -> index.kwic(KwicRequest.builder("energy").build()))
        .isInstanceOf(QueryLimitException.class)
        .hasMessageStartingWith("the query ran longer than 10000 ms");
  }

  @Test
  void aReadThatFinishedWholeIsNotRefusedForTakingLongOnlyOneCutShortIs() throws Exception {
    try (var directory = new org.apache.lucene.store.ByteBuffersDirectory()) {
      try (var writer =
          new org.apache.lucene.index.IndexWriter(
              directory, new org.apache.lucene.index.IndexWriterConfig())) {
        writer.addDocument(new org.apache.lucene.document.Document());
      }
      try (var reader = org.apache.lucene.index.DirectoryReader.open(directory)) {
        QueryLimits limits = QueryLimits.builder().timeout(Duration.ofSeconds(10)).build();
        LimitedSearcher whole =
            new LimitedSearcher(
                new org.apache.lucene.search.IndexSearcher(reader), limits, true, now::get);
        assertThat(whole.count(new org.apache.lucene.search.MatchAllDocsQuery())).isEqualTo(1);
        now.addAndGet(60_000_000_000L); // the read finished, then took long to render
        whole.checkTime();

        LimitedSearcher cut =
            new LimitedSearcher(
                new org.apache.lucene.search.IndexSearcher(reader), limits, true, now::get);
        now.addAndGet(60_000_000_000L);
        assertThat(cut.getTimeout().shouldExit()).isTrue(); // a walk over matches stops here
        assertThatThrownBy(cut::checkTime)
            .isInstanceOf(QueryLimitException.class)
            .hasMessageStartingWith("the query ran longer than 10000 ms");
      }
    }
  }

  @Test
  void theLimitIsMeasuredFromTheQuerysStartNotTheIndexsOpening() throws Exception {
    now.set(Long.MAX_VALUE / 2);
    assertThat(index.search(SearchRequest.builder("energy").limit(3).build()).hits()).hasSize(3);
  }
}
