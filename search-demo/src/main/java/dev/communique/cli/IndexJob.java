package dev.communique.cli;

import dev.communique.core.index.BackendProvider;
import dev.communique.core.index.CommuniqueBackend;
import dev.communique.core.index.CommuniqueIndex;
import dev.communique.core.search.QueryVocabulary;
import dev.communique.core.search.RankingProfile;
import dev.communique.indexer.Indexer;
import dev.communique.indexer.IndexingReport;
import dev.communique.indexer.ProgressListener;
import dev.communique.indexer.extract.Vocabulary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Opens the index, configures an {@link Indexer} from CLI options, and runs it with a progress bar.
 * Shared by {@code communique index} and the first {@code communique search} on a fresh clone.
 * Configured by its setters, then run; not thread-safe.
 */
final class IndexJob {
  private final Workspace workspace;
  private final Path indexPath;
  private final int threads;
  private final double duplicateThreshold;
  private final boolean progress;
  private Set<RankingProfile> profiles = Set.of();
  private boolean turns = true;
  private int commitEvery = Indexer.DEFAULT_COMMIT_EVERY;
  private java.time.Duration commitInterval = Indexer.DEFAULT_COMMIT_INTERVAL;
  private boolean rereadUnchanged;
  private int maxBody = Indexer.DEFAULT_MAX_BODY_CHARS;
  private ClusterOption cluster;
  private List<String> notes = List.of();
  private int rejected;

  IndexJob(
      Workspace workspace,
      Path indexPath,
      int threads,
      double duplicateThreshold,
      boolean progress) {
    this.workspace = workspace;
    this.indexPath = indexPath;
    this.threads = threads;
    this.duplicateThreshold = duplicateThreshold;
    this.progress = progress;
  }

  /** Sets the ranking profiles a new index serves besides the default one. */
  IndexJob profiles(Set<RankingProfile> value) {
    this.profiles = Set.copyOf(value);
    return this;
  }

  /** Sets whether each release's speaker turns are indexed (default: yes). */
  IndexJob turns(boolean value) {
    this.turns = value;
    return this;
  }

  /** Sets the commit policy and whether unchanged sources are read again. */
  IndexJob commits(int every, java.time.Duration interval, boolean reread) {
    this.commitEvery = every;
    this.commitInterval = interval;
    this.rereadUnchanged = reread;
    return this;
  }

  /** Writes into the collection on a cluster instead of the index directory. */
  IndexJob cluster(ClusterOption value) {
    this.cluster = value;
    return this;
  }

  /**
   * What the backend asked to be told after the last run (a cluster's sent and rejected counts).
   */
  List<String> notes() {
    return notes;
  }

  /** The communiqués the backend refused in the last run, after the indexer had read them. */
  int rejected() {
    return rejected;
  }

  /** Sets the longest body indexed, in characters. */
  IndexJob maxBody(int chars) {
    this.maxBody = chars;
    return this;
  }

  /** The indexing work itself, given a configured indexer. */
  interface Work {
    IndexingReport run(Indexer indexer) throws IOException;
  }

  IndexingReport run(Work work) throws IOException {
    Vocabulary vocabulary =
        workspace.hasVocabulary() ? Vocabulary.load(workspace.vocabulary()) : Vocabulary.bundled();
    try (CommuniqueBackend index = open();
        ProgressBarListener bar = progress ? new ProgressBarListener() : null) {
      Indexer indexer =
          Indexer.builder(index)
              .vocabulary(vocabulary)
              .threads(threads)
              .duplicateThreshold(duplicateThreshold)
              .turns(turns)
              .listener(bar == null ? ProgressListener.NONE : bar)
              .commitEvery(commitEvery)
              .commitInterval(commitInterval)
              .rereadUnchanged(rereadUnchanged)
              .maxBodyChars(maxBody)
              .build();
      IndexingReport report = work.run(indexer);
      notes = index.writeNotes();
      rejected = index.rejectedWrites();
      return report;
    }
  }

  private CommuniqueBackend open() throws IOException {
    if (cluster == null) {
      return CommuniqueIndex.open(indexPath, QueryVocabulary.empty(), profiles);
    }
    if (!profiles.isEmpty()) {
      throw new IllegalArgumentException("--profile is for the embedded index, not a cluster");
    }
    return BackendProvider.named(ClusterOption.ENGINE)
        .connect(cluster.address(), cluster.collectionName(), QueryVocabulary.empty());
  }
}
