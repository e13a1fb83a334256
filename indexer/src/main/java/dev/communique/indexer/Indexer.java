package dev.communique.indexer;

import dev.communique.core.Communique;
import dev.communique.core.index.CommuniqueIndex;
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
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Indexes release files into a {@link CommuniqueIndex}: finds them, reads each in its format,
 * completes its metadata, upserts it, then merges near-duplicates and commits. Files are read,
 * parsed and extracted on several threads at once, each feeding Lucene's concurrent {@code
 * IndexWriter}; at most a few files per thread are in flight, so memory stays bounded.
 *
 * <p>Bad input never stops a run: an unreadable file, a malformed record or a bad date becomes a
 * {@link Skip} in the report, and the rest is indexed. Only a failure of the index itself aborts.
 *
 * <p>Build one with {@link #builder(CommuniqueIndex)}. An instance is immutable; one run at a time
 * per index is the intended use, though runs are thread-safe.
 */
public final class Indexer {

  /** The default near-duplicate threshold: estimated Jaccard similarity of body shingles. */
  public static final double DEFAULT_DUPLICATE_THRESHOLD = 0.8;

  private final CommuniqueIndex index;
  private final MetadataExtractor extractor;
  private final boolean turns;
  private final int threads;
  private final double duplicateThreshold;
  private final ProgressListener listener;
  private final Formats formats = new Formats();

  private Indexer(Builder builder) {
    this.index = builder.index;
    this.extractor = builder.extractor;
    this.threads = builder.threads;
    this.duplicateThreshold = builder.duplicateThreshold;
    this.listener = builder.listener;
    this.turns = builder.turns;
  }

  /** A builder for an indexer writing to {@code index}. */
  public static Builder builder(CommuniqueIndex index) {
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
      units.add(new Unit(file.display(), sink -> reader.read(file, sink), file.indexedPath()));
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
        units.add(
            new Unit(entry.location(), sink -> reader.read(entry, sink), entry.metadata().path()));
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

  /**
   * One file, or one manifest row, to read, where it is for messages, and the real path of the file
   * whose communiqués it writes.
   */
  record Unit(String location, Reading reading, String path) {}

  /** The counters and skips of one run. */
  final class Run {
    final LongAdder read = new LongAdder();
    final LongAdder added = new LongAdder();
    final LongAdder updated = new LongAdder();
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
                  Sink sink = new Sink();
                  unit.reading().read(sink);
                  sink.retainWritten(unit.path());
                } catch (SourceException e) {
                  read.increment();
                  skipped.add(new Skip(e.location(), e.getMessage()));
                } catch (UncheckedIOException e) {
                  fatal.compareAndSet(null, e.getCause());
                } catch (IOException e) {
                  read.increment();
                  skipped.add(new Skip(unit.location(), "cannot read: " + e));
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
      DuplicateReport duplicates =
          duplicateThreshold > 0 ? index.mergeNearDuplicates(duplicateThreshold) : null;
      index.commit();
      return new IndexingReport(
          read.sum(),
          added.sum(),
          updated.sum(),
          new ArrayList<>(skipped),
          ignored,
          duplicates,
          Duration.ofNanos(System.nanoTime() - startNanos),
          new ArrayList<>(warnings));
    }

    /**
     * Extracts and upserts each release of one unit; records skips and warnings, and the ids
     * written. One per unit, used by one thread.
     */
    final class Sink implements ReleaseSink {
      final List<String> written = new ArrayList<>();

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
          return;
        }
        try {
          written.add(communique.id());
          if (index.upsert(communique) == UpsertOutcome.ADDED) {
            added.increment();
          } else {
            updated.increment();
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public void skip(String location, String reason) {
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
    private final CommuniqueIndex index;
    private MetadataExtractor extractor = new MetadataExtractor(Vocabulary.bundled());
    private int threads = Runtime.getRuntime().availableProcessors();
    private double duplicateThreshold = DEFAULT_DUPLICATE_THRESHOLD;
    private ProgressListener listener = ProgressListener.NONE;

    private boolean turns = true;

    /**
     * Whether to index each release's turns (who says which part), on by default; without them
     * searches restricted to what someone said find nothing.
     */
    public Builder turns(boolean value) {
      this.turns = value;
      return this;
    }

    private Builder(CommuniqueIndex index) {
      this.index = Objects.requireNonNull(index, "index");
    }

    /** Extracts metadata with this vocabulary (default: the bundled copy). */
    public Builder vocabulary(Vocabulary vocabulary) {
      this.extractor = new MetadataExtractor(vocabulary);
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

    /** Builds the indexer. */
    public Indexer build() {
      return new Indexer(this);
    }
  }
}
