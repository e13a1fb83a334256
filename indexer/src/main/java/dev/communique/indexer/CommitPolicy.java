package dev.communique.indexer;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * When an indexing run commits: after a number of written communiqués or after an interval,
 * whichever comes first, so that a crash loses at most that much work. Counts from the last commit.
 * Thread-safe.
 */
final class CommitPolicy {
  private final long everyDocs;
  private final long intervalNanos;
  private final AtomicLong sinceCommit = new AtomicLong();
  private volatile long lastCommitNanos = System.nanoTime();

  /**
   * @param everyDocs communiqués written between commits, at least 1
   * @param interval longest time between commits, positive
   */
  CommitPolicy(long everyDocs, Duration interval) {
    this.everyDocs = everyDocs;
    this.intervalNanos = interval.toNanos();
  }

  /** Counts one written communiqué and says whether a commit is due. */
  boolean written() {
    return sinceCommit.incrementAndGet() >= everyDocs || dueByTime();
  }

  /** Whether the interval has passed since the last commit (or the start). */
  boolean dueByTime() {
    return System.nanoTime() - lastCommitNanos >= intervalNanos;
  }

  /** Restarts both counts, after a commit. */
  void committed() {
    sinceCommit.set(0);
    lastCommitNanos = System.nanoTime();
  }
}
