package dev.communique.indexer.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** A sink for tests that keeps what a reader gives; thread-safe. */
public final class CollectingSink implements ReleaseSink {
  /** Releases read, in order. */
  public final List<RawRelease> releases = new ArrayList<>();

  /** Skips, as {@code "location reason"}. */
  public final List<String> skips = new ArrayList<>();

  @Override
  public synchronized void accept(RawRelease release) {
    releases.add(release);
  }

  /** Warnings, as {@code "location message"}. */
  public final List<String> warnings = new ArrayList<>();

  @Override
  public synchronized void warn(String location, String message) {
    warnings.add(location + " " + message);
  }

  @Override
  public synchronized void skip(String location, String reason) {
    skips.add(location + " " + reason);
  }

  /** The one release read. */
  public RawRelease only() {
    assertThat(releases).hasSize(1);
    return releases.get(0);
  }

  /** The one release read, with nothing skipped. */
  public RawRelease clean() {
    assertThat(skips).isEmpty();
    return only();
  }
}
