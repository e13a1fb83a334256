package dev.communique.cli;

import dev.communique.core.index.CommuniqueIndex;
import dev.communique.core.search.QueryVocabulary;
import dev.communique.core.search.RankingProfile;
import dev.communique.indexer.Indexer;
import dev.communique.indexer.IndexingReport;
import dev.communique.indexer.ProgressListener;
import dev.communique.indexer.extract.Vocabulary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Opens the index, configures an {@link Indexer} from CLI options, and runs it with a progress bar.
 * Shared by {@code communique index} and the first {@code communique search} on a fresh clone.
 */
final class IndexJob {
  private final Workspace workspace;
  private final Path indexPath;
  private final int threads;
  private final double duplicateThreshold;
  private final boolean progress;
  private final Set<RankingProfile> profiles;
  private final boolean turns;
  private int commitEvery = Indexer.DEFAULT_COMMIT_EVERY;
  private java.time.Duration commitInterval = Indexer.DEFAULT_COMMIT_INTERVAL;
  private boolean rereadUnchanged;
  private int maxBody = Indexer.DEFAULT_MAX_BODY_CHARS;

  IndexJob(
      Workspace workspace,
      Path indexPath,
      int threads,
      double duplicateThreshold,
      boolean progress) {
    this(workspace, indexPath, threads, duplicateThreshold, progress, Set.of());
  }

  /** As above; a new index also serves these ranking profiles. */
  IndexJob(
      Workspace workspace,
      Path indexPath,
      int threads,
      double duplicateThreshold,
      boolean progress,
      Set<RankingProfile> profiles) {
    this(workspace, indexPath, threads, duplicateThreshold, progress, profiles, true);
  }

  private IndexJob(
      Workspace workspace,
      Path indexPath,
      int threads,
      double duplicateThreshold,
      boolean progress,
      Set<RankingProfile> profiles,
      boolean turns) {
    this.profiles = Set.copyOf(profiles);
    this.turns = turns;
    this.workspace = workspace;
    this.indexPath = indexPath;
    this.threads = threads;
    this.duplicateThreshold = duplicateThreshold;
    this.progress = progress;
  }

  /** The same job, indexing each release's turns or not. */
  IndexJob withTurns(boolean value) {
    IndexJob job =
        new IndexJob(workspace, indexPath, threads, duplicateThreshold, progress, profiles, value);
    return job.commits(commitEvery, commitInterval, rereadUnchanged).maxBody(maxBody);
  }

  /** Sets the commit policy and whether unchanged sources are read again. */
  IndexJob commits(int every, java.time.Duration interval, boolean reread) {
    this.commitEvery = every;
    this.commitInterval = interval;
    this.rereadUnchanged = reread;
    return this;
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
    try (CommuniqueIndex index =
            CommuniqueIndex.open(indexPath, QueryVocabulary.empty(), profiles);
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
      return work.run(indexer);
    }
  }
}
