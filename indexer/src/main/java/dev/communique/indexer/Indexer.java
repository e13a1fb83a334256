package dev.communique.indexer;

import dev.communique.core.Communique;
import dev.communique.core.index.CommuniqueBackend;
import dev.communique.core.index.DuplicateReport;
import dev.communique.core.index.UpsertOutcome;
import dev.communique.indexer.extract.MetadataExtractor;
import dev.communique.indexer.extract.Vocabulary;
import dev.communique.indexer.format.ColumnMapping;
import dev.communique.indexer.format.CsvManifestReader;
import dev.communique.indexer.format.FormatReader;
import dev.communique.indexer.format.Formats;
import dev.communique.indexer.format.ManifestEntry;
import dev.communique.indexer.format.RawRelease;
import dev.communique.indexer.format.ReleaseSink;
import dev.communique.indexer.format.SourceException;
import dev.communique.indexer.format.SourceFile;
import dev.communique.indexer.source.SourceWalker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Indexes release files into a {@link CommuniqueBackend}: finds them, reads each in its format,
 * completes its metadata, upserts it, then merges near-duplicates and commits. Files are read,
 * parsed and extracted on several threads at once, each feeding Lucene's concurrent {@code
 * IndexWriter}; at most a few files per thread are in flight, so memory stays bounded.
 *
 * <p>Bad input never stops a run: an unreadable file, a malformed record or a bad date becomes a
 * {@link Skip} in the report, and the rest is indexed. Only a failure of the index itself aborts.
 *
 * <p>Build one with {@link #builder(CommuniqueBackend)}. An instance is immutable; one run at a
 * time per index is the intended use, though runs are thread-safe.
 */
public final class Indexer {

  /** The default number of communiqués written between periodic commits. */
  public static final int DEFAULT_COMMIT_EVERY = 10_000;

  /** The default longest time between periodic commits: a crash loses at most this much work. */
  public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofSeconds(20);

  /** The default longest body indexed, in characters; longer bodies are cut, with a warning. */
  public static final int DEFAULT_MAX_BODY_CHARS = 2_000_000;

  /** The default near-duplicate threshold: estimated Jaccard similarity of body shingles. */
  public static final double DEFAULT_DUPLICATE_THRESHOLD = 0.8;

  private final CommuniqueBackend index;
  private final MetadataExtractor extractor;
  private final boolean turns;
  private final int threads;
  private final double duplicateThreshold;
  private final ProgressListener listener;
  private final Formats formats = new Formats();
  private final int commitEvery;
  private final Duration commitInterval;
  private final boolean rereadUnchanged;
  private final int maxBodyChars;

  /**
   * What else decides what a source becomes: the vocabulary, the bundled rule files, the options
   * (not the code: after upgrading the build, reread with {@code rereadUnchanged}). Recorded with
   * each source's checksum, so that a change makes a rerun read unchanged files again.
   */
  private final String settings;

  private Indexer(Builder builder) {
    this.maxBodyChars = builder.maxBodyChars;
    this.commitEvery = builder.commitEvery;
    this.commitInterval = builder.commitInterval;
    this.rereadUnchanged = builder.rereadUnchanged;
    this.index = builder.index;
    this.extractor = new MetadataExtractor(builder.vocabulary);
    this.settings =
        SourceChecksum.settings(
            builder.vocabulary.fingerprint(),
            "turns=" + builder.turns,
            "maxBody=" + builder.maxBodyChars);
    this.threads = builder.threads;
    this.duplicateThreshold = builder.duplicateThreshold;
    this.listener = builder.listener;
    this.turns = builder.turns;
  }

  /** A builder for an indexer writing to {@code index}. */
  public static Builder builder(CommuniqueBackend index) {
    return new Builder(index);
  }

  /**
   * Indexes files and folders (recursively).
   *
   * @throws IOException if the index itself fails; bad input files never throw
   */
  public IndexingReport index(List<Path> paths) throws IOException {
    long start = System.nanoTime();
    SourceWalker.Found found = new SourceWalker(formats).walk(paths);
    List<Unit> units = new ArrayList<>(found.files().size());
    for (SourceFile file : found.files()) {
      FormatReader reader = formats.forFile(file.fileName()).orElseThrow();
      String source = file.indexedPath();
      units.add(
          new Unit(
              file.display(),
              sink -> reader.read(file, sink),
              source,
              () -> SourceChecksum.of(file.path(), file.id())));
    }
    Run run = new Run(false);
    found.skipped().forEach(run.skipped::add);
    return run.execute(units, found.ignored(), start);
  }

  /**
   * Indexes the text files a CSV manifest names, with the metadata its columns give through {@code
   * mapping}. Rows are read first; their files are then read in parallel. When the mapping names a
   * speaker column, speakers come from it alone (an empty cell means none), never from the text.
   *
   * @throws IOException if the index itself fails; a manifest that cannot be read at all is
   *     reported as a skip
   */
  public IndexingReport indexManifest(Path manifest, ColumnMapping mapping) throws IOException {
    long start = System.nanoTime();
    Run run = new Run(mapping.fields().contains(ColumnMapping.Field.SPEAKER));
    CsvManifestReader reader = new CsvManifestReader();
    List<Unit> units = new ArrayList<>();
    try {
      for (ManifestEntry entry : reader.entries(manifest, mapping, run.new Sink())) {
        String context = entry.metadata().toString() + mapping.fields();
        units.add(
            new Unit(
                entry.location(),
                sink -> reader.read(entry, sink),
                entry.metadata().path(),
                () -> SourceChecksum.of(entry.file(), context)));
      }
    } catch (SourceException e) {
      run.read.increment();
      run.skipped.add(new Skip(e.location(), e.getMessage()));
    } catch (java.nio.file.NoSuchFileException e) {
      run.read.increment();
      run.skipped.add(new Skip(manifest.toString(), "no such file"));
    }
    return run.execute(units, List.of(), start);
  }

  /** What a unit of work does with its sink. */
  interface Reading {
    void read(ReleaseSink sink) throws IOException, SourceException;
  }

  /** Computes a unit's checksum, reading its file. */
  interface Checksum {
    String compute() throws IOException;
  }

  /**
   * One file, or one manifest row, to read, where it is for messages, the real path of the file
   * whose communiqués it writes (also the name its checksum is recorded under), and its checksum.
   */
  record Unit(String location, Reading reading, String path, Checksum checksum) {}

  /** The counters and skips of one run. */
  final class Run {
    final LongAdder read = new LongAdder();
    final LongAdder added = new LongAdder();
    final LongAdder updated = new LongAdder();
    final LongAdder unchanged = new LongAdder();
    final LongAdder resettled = new LongAdder();
    final CommitPolicy policy = new CommitPolicy(commitEvery, commitInterval);
    final ReentrantLock committing = new ReentrantLock();
    final AtomicInteger commits = new AtomicInteger();
    final ConcurrentLinkedQueue<Skip> skipped = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Skip> warnings = new ConcurrentLinkedQueue<>();
    final AtomicReference<IOException> fatal = new AtomicReference<>();
    private final boolean speakersStated;

    Run(boolean speakersStated) {
      this.speakersStated = speakersStated;
    }

    IndexingReport execute(List<Unit> units, List<Skip> ignored, long startNanos)
        throws IOException {
      listener.started(units.size());
      ExecutorService pool =
          Executors.newFixedThreadPool(
              threads,
              r -> {
                Thread t = new Thread(r, "communique-indexer");
                t.setDaemon(true);
                return t;
              });
      Semaphore inFlight = new Semaphore(threads * 4);
      try {
        for (Unit unit : units) {
          if (fatal.get() != null) {
            break;
          }
          inFlight.acquireUninterruptibly();
          pool.execute(
              () -> {
                try {
                  String checksum = checksum(unit);
                  if (checksum != null && !rereadUnchanged) {
                    String stored = index.sourceChecksum(unit.path()).orElse("");
                    if (stored.equals(checksum)) {
                      unchanged.increment();
                      return;
                    }
                    if (SourceChecksum.sameBytes(stored, checksum)) {
                      resettled.increment();
                    }
                  }
                  Sink sink = new Sink();
                  unit.reading().read(sink);
                  sink.retainWritten(unit.path());
                  if (checksum != null && !sink.troubled) {
                    index.recordSource(unit.path(), checksum);
                  }
                  if (policy.dueByTime()) {
                    commitUnchecked();
                  }
                } catch (SourceException e) {
                  read.increment();
                  skipped.add(new Skip(e.location(), e.getMessage()));
                } catch (UncheckedIOException e) {
                  fatal.compareAndSet(null, e.getCause());
                } catch (IOException e) {
                  read.increment();
                  skipped.add(new Skip(unit.location(), "cannot read: " + readFailure(e)));
                } catch (RuntimeException e) {
                  read.increment();
                  skipped.add(new Skip(unit.location(), "unexpected error: " + e));
                } finally {
                  inFlight.release();
                  listener.advanced();
                }
              });
        }
      } finally {
        pool.shutdown();
        awaitQuietly(pool);
        listener.finished();
      }
      if (fatal.get() != null) {
        throw fatal.get();
      }
      DuplicateReport duplicates = null;
      if (duplicateThreshold > 0) {
        listener.mergingDuplicates();
        duplicates = index.mergeNearDuplicates(duplicateThreshold);
      }
      commitNow(true);
      return new IndexingReport(
          read.sum(),
          added.sum(),
          updated.sum(),
          new ArrayList<>(skipped),
          ignored,
          duplicates,
          Duration.ofNanos(System.nanoTime() - startNanos),
          new ArrayList<>(warnings),
          unchanged.sum(),
          commits.get(),
          resettled.sum());
    }

    /** A unit's checksum, or {@code null} when its file cannot be read (reading will say why). */
    private String checksum(Unit unit) {
      try {
        return unit.checksum().compute() + settings;
      } catch (IOException e) {
        return null;
      }
    }

    /** A periodic commit from a worker; its failure aborts the run. */
    void commitUnchecked() {
      try {
        commitNow(false);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * Commits; unless {@code always}, only if no other thread is committing right now (its commit
     * covers this one's writes).
     */
    void commitNow(boolean always) throws IOException {
      if (always) {
        committing.lock();
      } else if (!committing.tryLock()) {
        return;
      }
      try {
        listener.committing();
        index.commit();
        policy.committed();
        listener.committed(commits.incrementAndGet());
      } finally {
        committing.unlock();
      }
    }

    /**
     * Extracts and upserts each release of one unit; records skips and warnings, and the ids
     * written. One per unit, used by one thread.
     */
    final class Sink implements ReleaseSink {
      final List<String> written = new ArrayList<>();
      boolean troubled;

      @Override
      public void accept(RawRelease release) {
        read.increment();
        Communique communique;
        try {
          communique = extractor.extract(release, speakersStated);
          if (!turns) {
            communique = communique.toBuilder().turns(List.of()).build();
          }
        } catch (RuntimeException e) {
          skipped.add(new Skip(release.location(), "metadata extraction failed: " + e));
          troubled = true;
          return;
        }
        if (communique.body().length() > maxBodyChars) {
          warnings.add(
              new Skip(
                  release.location(),
                  "body truncated from "
                      + communique.body().length()
                      + " to "
                      + maxBodyChars
                      + " characters (the limit is set by --max-body)"));
          communique =
              communique.toBuilder().body(communique.body().substring(0, maxBodyChars)).build();
        }
        try {
          written.add(communique.id());
          if (index.upsert(communique) == UpsertOutcome.ADDED) {
            added.increment();
          } else {
            updated.increment();
          }
          if (policy.written()) {
            commitUnchecked();
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public void skip(String location, String reason) {
        troubled = true;
        read.increment();
        skipped.add(new Skip(location, reason));
      }

      /**
       * Deletes other communiqués recorded from the file at {@code path}, such as the same file
       * indexed before through another folder or a link.
       */
      void retainWritten(String path) {
        try {
          index.retainOnly(path, written);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public void warn(String location, String message) {
        warnings.add(new Skip(location, message));
      }
    }
  }

  /** Why a file could not be read, in words: the common cases named, others by their message. */
  static String readFailure(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "the file is gone (deleted or moved after the run found it)";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    String message = e.getMessage();
    return message == null || message.isBlank()
        ? e.getClass().getSimpleName()
        : message.lines().findFirst().orElse(message);
  }

  private static void awaitQuietly(ExecutorService pool) {
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Collects an indexer's options. Not thread-safe. */
  public static final class Builder {
    private final CommuniqueBackend index;
    private Vocabulary vocabulary = Vocabulary.bundled();
    private int threads = Runtime.getRuntime().availableProcessors();
    private double duplicateThreshold = DEFAULT_DUPLICATE_THRESHOLD;
    private ProgressListener listener = ProgressListener.NONE;
    private int commitEvery = DEFAULT_COMMIT_EVERY;
    private Duration commitInterval = DEFAULT_COMMIT_INTERVAL;
    private boolean rereadUnchanged;
    private int maxBodyChars = DEFAULT_MAX_BODY_CHARS;

    private boolean turns = true;

    /**
     * Whether to index each release's turns (who says which part), on by default; without them
     * searches restricted to what someone said find nothing.
     */
    public Builder turns(boolean value) {
      this.turns = value;
      return this;
    }

    private Builder(CommuniqueBackend index) {
      this.index = Objects.requireNonNull(index, "index");
    }

    /** Extracts metadata with this vocabulary (default: the bundled copy). */
    public Builder vocabulary(Vocabulary vocabulary) {
      this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
      return this;
    }

    /** Reads with this many threads (default: one per core). */
    public Builder threads(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("threads must be >= 1, got " + value);
      }
      this.threads = value;
      return this;
    }

    /**
     * Merges near-duplicates whose estimated similarity reaches this threshold, in (0, 1]; 0 turns
     * merging off. Default {@value Indexer#DEFAULT_DUPLICATE_THRESHOLD}.
     */
    public Builder duplicateThreshold(double value) {
      if (value < 0 || value > 1) {
        throw new IllegalArgumentException("duplicate threshold must be in [0, 1], got " + value);
      }
      this.duplicateThreshold = value;
      return this;
    }

    /** Reports progress to this listener. */
    public Builder listener(ProgressListener value) {
      this.listener = Objects.requireNonNull(value, "listener");
      return this;
    }

    /**
     * Commits after this many written communiqués (default {@value Indexer#DEFAULT_COMMIT_EVERY}),
     * so that a crash loses at most that many; a rerun picks up from the last commit.
     */
    public Builder commitEvery(int documents) {
      if (documents < 1) {
        throw new IllegalArgumentException("commit every must be >= 1 document, got " + documents);
      }
      this.commitEvery = documents;
      return this;
    }

    /**
     * Commits at least this often while files are read (default 20 seconds), so that a crash loses
     * at most this much work.
     */
    public Builder commitInterval(Duration interval) {
      if (interval.isNegative() || interval.isZero()) {
        throw new IllegalArgumentException("commit interval must be positive, got " + interval);
      }
      this.commitInterval = interval;
      return this;
    }

    /**
     * Reads every source again, even those whose stored checksum shows them unchanged (default:
     * unchanged sources are skipped). Not needed after editing the vocabulary or changing the turns
     * or body options: each source's checksum records them, so such a change makes the next run
     * read every source again by itself.
     */
    public Builder rereadUnchanged(boolean value) {
      this.rereadUnchanged = value;
      return this;
    }

    /**
     * Cuts bodies longer than this many characters, with a warning naming the release (default
     * {@value Indexer#DEFAULT_MAX_BODY_CHARS}). Files over 32 MiB of text are skipped whatever this
     * says.
     */
    public Builder maxBodyChars(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("the body limit must be >= 1 character, got " + value);
      }
      this.maxBodyChars = value;
      return this;
    }

    /** Builds the indexer. */
    public Indexer build() {
      return new Indexer(this);
    }
  }
}
