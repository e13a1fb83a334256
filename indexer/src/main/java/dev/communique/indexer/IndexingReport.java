package dev.communique.indexer;

import dev.communique.core.index.DuplicateReport;
import java.time.Duration;
import java.util.List;

/**
 * What an indexing run did. Immutable and thread-safe.
 *
 * @param read releases and records read, including those skipped
 * @param added communiqués new to the index
 * @param updated communiqués that replaced one with the same id
 * @param skipped files and records not indexed, each with its reason (warnings)
 * @param ignored files passed over because they are not releases (README, LICENSE, other formats)
 * @param duplicates what near-duplicate merging found, or {@code null} when it was off
 * @param elapsed wall time of the run
 * @param warnings releases indexed despite a problem, such as a stated date that does not parse and
 *     was replaced by the next-best one, each with its location and what was done
 * @param unchanged sources (files, manifest rows) skipped because their stored checksum shows them
 *     unchanged since they were indexed
 * @param commits commits made by the run, periodic ones and the final one
 * @param resettled sources read again although their bytes were unchanged, because the vocabulary,
 *     the rules or the options they were indexed with have changed since
 */
public record IndexingReport(
    long read,
    long added,
    long updated,
    List<Skip> skipped,
    List<Skip> ignored,
    DuplicateReport duplicates,
    Duration elapsed,
    List<Skip> warnings,
    long unchanged,
    int commits,
    long resettled) {

  /** Copies the lists. */
  public IndexingReport {
    skipped = List.copyOf(skipped);
    ignored = List.copyOf(ignored);
    warnings = List.copyOf(warnings);
  }

  /** A report without warnings. */
  public IndexingReport(
      long read,
      long added,
      long updated,
      List<Skip> skipped,
      List<Skip> ignored,
      DuplicateReport duplicates,
      Duration elapsed) {
    this(read, added, updated, skipped, ignored, duplicates, elapsed, List.of());
  }

  /** A report of a run that read no unchanged source again for changed settings. */
  public IndexingReport(
      long read,
      long added,
      long updated,
      List<Skip> skipped,
      List<Skip> ignored,
      DuplicateReport duplicates,
      Duration elapsed,
      List<Skip> warnings,
      long unchanged,
      int commits) {
    this(
        read,
        added,
        updated,
        skipped,
        ignored,
        duplicates,
        elapsed,
        warnings,
        unchanged,
        commits,
        0);
  }

  /** A report of a run that skipped no unchanged sources and made one commit. */
  public IndexingReport(
      long read,
      long added,
      long updated,
      List<Skip> skipped,
      List<Skip> ignored,
      DuplicateReport duplicates,
      Duration elapsed,
      List<Skip> warnings) {
    this(read, added, updated, skipped, ignored, duplicates, elapsed, warnings, 0, 1);
  }

  /** Communiqués written: added plus updated. */
  public long indexed() {
    return added + updated;
  }
}
