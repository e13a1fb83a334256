package dev.communique.indexer.format;

/**
 * Receives what a {@link FormatReader} finds in a file: releases, and records it had to skip.
 * Implementations must be thread-safe; readers may call it from several threads.
 */
public interface ReleaseSink {

  /** A release read from the file. */
  void accept(RawRelease release);

  /**
   * A record that could not be read; the reader goes on with the next one.
   *
   * @param location the file, or {@code file:line}
   * @param reason one line saying what is wrong
   */
  void skip(String location, String reason);

  /**
   * Something wrong in a release that was still read, such as a stated date that does not parse and
   * was replaced by the next-best one. Ignored unless the sink overrides it.
   *
   * @param location the file, or {@code file:line}
   * @param message one line saying what is wrong and what was done instead
   */
  default void warn(String location, String message) {}
}
