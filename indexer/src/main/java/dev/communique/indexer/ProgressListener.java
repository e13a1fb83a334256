package dev.communique.indexer;

/**
 * Hears how an indexing run advances, for a progress bar. Called from the indexer's worker threads;
 * implementations must be thread-safe.
 */
public interface ProgressListener {

  /** Does nothing. */
  ProgressListener NONE = new ProgressListener() {};

  /** The run has {@code units} files or manifest rows to read. */
  default void started(long units) {}

  /** One more file or manifest row is done. */
  default void advanced() {}

  /** Every unit is read; duplicate merging and the commit follow. */
  default void finished() {}

  /** A commit starts (periodic or final). */
  default void committing() {}

  /** The commit numbered {@code number} (from 1 in this run) is durable. */
  default void committed(int number) {}

  /** The near-duplicate pass starts. */
  default void mergingDuplicates() {}
}
