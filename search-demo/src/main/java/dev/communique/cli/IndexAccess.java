package dev.communique.cli;

import dev.communique.core.index.BackendProvider;
import dev.communique.core.index.CommuniqueBackend;
import dev.communique.core.index.CommuniqueIndex;
import dev.communique.core.search.QueryVocabulary;
import dev.communique.indexer.Indexer;
import dev.communique.indexer.IndexingReport;
import dev.communique.indexer.extract.QueryVocabularies;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Opens indexes for the reading commands and keeps them open for the life of the process, so that
 * the interactive shell runs every command on a warm index. With no {@code --index} and no index
 * yet, the sample corpus is indexed first. Not thread-safe: one per command line.
 */
final class IndexAccess implements Closeable {

  private final Workspace workspace;
  private final Map<String, CommuniqueBackend> open = new LinkedHashMap<>();
  private QueryVocabulary queryVocabulary;

  /** The one index every command reads when serving, opened by the server; null otherwise. */
  private final CommuniqueBackend served;

  IndexAccess(Workspace workspace) {
    this(workspace, null);
  }

  private IndexAccess(Workspace workspace, CommuniqueBackend served) {
    this.workspace = workspace;
    this.served = served;
  }

  /**
   * Access that gives every command the one index a server opened, with the limits the server set;
   * the server refreshes it. Index options are ignored, and closing leaves it open.
   */
  static IndexAccess serving(Workspace workspace, CommuniqueBackend backend) {
    return new IndexAccess(workspace, java.util.Objects.requireNonNull(backend));
  }

  /** The workspace whose defaults this uses. */
  Workspace workspace() {
    return workspace;
  }

  /** The index directory an option names, or the default one. */
  Path path(IndexOption option) {
    return option == null || option.index == null ? workspace.defaultIndex() : option.index;
  }

  /**
   * The index to read, opened read-only once and refreshed to its latest commit on each call.
   *
   * @throws IllegalStateException if a named index does not exist, or the path is a file
   */
  CommuniqueBackend searchable(IndexOption option, PrintWriter err) throws IOException {
    if (served != null) {
      return served;
    }
    if (option != null && option.cluster.active(option.index != null)) {
      return cluster(option);
    }
    Path path = path(option).toAbsolutePath().normalize();
    CommuniqueBackend index = open.get(path.toString());
    if (index != null) {
      index.refresh();
      limit(index, option);
      return index;
    }
    if (Files.isRegularFile(path)) {
      throw new IllegalStateException(
          "--index " + path + " is a file; it must name an index directory");
    }
    if (!CommuniqueIndex.exists(path)) {
      boolean named = option != null && option.index != null;
      if (named) {
        throw new IllegalStateException(
            "no index at " + path + "; run 'communique index --index " + path + " PATH' first");
      }
      indexSample(path, err);
    }
    index = CommuniqueIndex.openReadOnly(path, queryVocabulary());
    open.put(path.toString(), index);
    limit(index, option);
    if (index.count() == 0) {
      warnEmpty(path, err);
    }
    return index;
  }

  /** The collection on a cluster the option names, connected once. */
  private CommuniqueBackend cluster(IndexOption option) throws IOException {
    String key = ClusterOption.ENGINE + " " + option.cluster.describe();
    CommuniqueBackend backend = open.get(key);
    if (backend == null) {
      backend =
          BackendProvider.named(ClusterOption.ENGINE)
              .connect(
                  option.cluster.address(), option.cluster.collectionName(), queryVocabulary());
      open.put(key, backend);
    }
    limit(backend, option);
    return backend;
  }

  /** Says why an index may hold nothing: a run still writing it, or one that was stopped. */
  private static void warnEmpty(Path path, PrintWriter err) {
    java.util.OptionalLong writer = CommuniqueIndex.writingProcess(path);
    if (writer.isPresent()) {
      err.println(
          "communique: the index at "
              + path
              + " holds no communiqués yet: process "
              + writer.getAsLong()
              + " is indexing into it and has committed none; search again after its next commit");
    } else {
      err.println(
          "communique: the index at "
              + path
              + " holds no communiqués; if an indexing run into it was stopped, run the same"
              + " 'communique index' command again to finish it");
    }
    err.flush();
  }

  /** Applies the option's query limits (the defaults without one). */
  private static void limit(CommuniqueBackend index, IndexOption option) {
    index.setQueryLimits(
        option == null ? dev.communique.core.search.QueryLimits.defaults() : option.limits());
  }

  /**
   * The synonyms and speaker aliases searches apply: the workspace's editable vocabulary, else the
   * bundled one. Read once.
   */
  QueryVocabulary queryVocabulary() throws IOException {
    if (queryVocabulary == null) {
      queryVocabulary =
          workspace.hasVocabulary()
              ? QueryVocabularies.load(workspace.vocabulary())
              : QueryVocabularies.bundled();
    }
    return queryVocabulary;
  }

  private void indexSample(Path path, PrintWriter err) throws IOException {
    err.println(
        "communique: no index yet; indexing the sample corpus "
            + workspace.sampleCorpus()
            + " first");
    err.flush();
    IndexingReport report =
        new IndexJob(
                workspace,
                path,
                Runtime.getRuntime().availableProcessors(),
                Indexer.DEFAULT_DUPLICATE_THRESHOLD,
                false)
            .run(indexer -> indexer.index(List.of(workspace.sampleCorpus())));
    err.printf(Locale.ROOT, "communique: indexed %d releases into %s%n", report.indexed(), path);
    err.flush();
  }

  @Override
  public void close() throws IOException {
    IOException failure = null;
    for (CommuniqueBackend index : open.values()) {
      try {
        index.close();
      } catch (IOException e) {
        failure = e;
      }
    }
    open.clear();
    if (failure != null) {
      throw failure;
    }
  }
}
