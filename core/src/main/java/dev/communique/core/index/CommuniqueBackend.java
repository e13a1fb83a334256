package dev.communique.core.index;

import dev.communique.core.Communique;
import dev.communique.core.search.CommuniqueSearch;
import dev.communique.core.search.QueryLimits;
import java.io.Closeable;
import java.io.IOException;
import java.util.Collection;
import java.util.Optional;

/**
 * A communiqué collection that can be written as well as searched: the one interface the indexer
 * feeds and the command line reads, whatever engine holds the collection. The embedded {@link
 * CommuniqueIndex} is the default implementation; a server-backed one lives in its own module, and
 * nothing outside that module needs to know it exists.
 *
 * <p>Writes are upserts by id. What a search sees of writes not yet committed depends on the
 * engine; after {@link #commit()} and {@link #refresh()} every implementation shows them all.
 *
 * <p>Implementations are thread-safe: any number of threads may upsert, delete and search at once.
 * Close it once, when no call is in flight.
 */
public interface CommuniqueBackend extends CommuniqueSearch, Closeable {

  /** Where the collection lives, for messages: a directory, or a cluster and collection name. */
  String location();

  /** Whether this instance can write. */
  boolean isWritable();

  /** Adds the communiqué, or replaces the one with the same id. */
  UpsertOutcome upsert(Communique communique) throws IOException;

  /**
   * Deletes the communiqué with this id, if any.
   *
   * @return whether a communiqué with this id was visible to search before the delete
   */
  boolean delete(String id) throws IOException;

  /**
   * Merges near-duplicate communiqués under one canonical communiqué each (see {@link
   * CommuniqueIndex#mergeNearDuplicates(double)}).
   *
   * @param threshold the estimated Jaccard similarity at or above which two bodies are copies
   */
  DuplicateReport mergeNearDuplicates(double threshold) throws IOException;

  /** Makes every write so far durable, with the source checksums recorded so far. */
  void commit() throws IOException;

  /** Makes the latest writes or commit visible to search now. */
  void refresh() throws IOException;

  /**
   * Makes the communiqués with these ids the only ones recorded from the file at {@code path};
   * empty {@code path} does nothing.
   */
  void retainOnly(String path, Collection<String> keep) throws IOException;

  /** The checksum recorded for a source when all its communiqués were written, if any. */
  Optional<String> sourceChecksum(String source) throws IOException;

  /** Records that every communiqué of {@code source} has been written, with its checksum. */
  void recordSource(String source, String checksum) throws IOException;

  /** Forgets a source's checksum, so that a rerun reads it again. */
  void forgetSource(String source) throws IOException;

  /**
   * Lines about the writes so far that the user should read after an indexing run, such as what a
   * cluster accepted, retried and rejected; empty for the embedded index, which reports through its
   * return values.
   */
  default java.util.List<String> writeNotes() {
    return java.util.List.of();
  }

  /**
   * The number of communiqués the engine refused after accepting them for writing (each is named in
   * {@link #writeNotes()}); always 0 for the embedded index, which refuses nothing it was given.
   */
  default int rejectedWrites() {
    return 0;
  }

  /** Bounds every later query of this instance; see {@link QueryLimits}. */
  void setQueryLimits(QueryLimits value);

  /** The limits every query of this instance runs under. */
  QueryLimits queryLimits();
}
