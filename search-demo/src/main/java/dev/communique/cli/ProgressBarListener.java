package dev.communique.cli;

import dev.communique.indexer.ProgressListener;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A terminal progress bar for indexing runs: files done, docs per second and time left. Shown only
 * for runs of {@value #MIN_UNITS} files or more. Thread-safe.
 */
final class ProgressBarListener implements ProgressListener, AutoCloseable {
  static final int MIN_UNITS = 200;

  private volatile ProgressBar bar;

  @Override
  public void started(long units) {
    if (units >= MIN_UNITS) {
      bar =
          new ProgressBarBuilder()
              .setTaskName("Indexing")
              .setInitialMax(units)
              .setStyle(ProgressBarStyle.ASCII)
              .setUnit(" docs", 1)
              .showSpeed()
              .setUpdateIntervalMillis(250)
              .build();
    }
  }

  @Override
  public void advanced() {
    ProgressBar current = bar;
    if (current != null) {
      current.step();
    }
  }

  @Override
  public void finished() {
    close();
  }

  @Override
  public void close() {
    ProgressBar current = bar;
    bar = null;
    if (current != null) {
      current.close();
    }
  }
}
