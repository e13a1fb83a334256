package dev.communique.indexer.format;

import java.io.IOException;

/**
 * Reads one file format into raw releases. Implementations are stateless and thread-safe: one
 * instance reads many files at once.
 */
public interface FormatReader {

  /**
   * Reads {@code file}, giving each release and each skipped record to {@code sink}.
   *
   * @throws SourceException if the whole file cannot be read (empty, binary, not UTF-8, malformed);
   *     the message is one line and names no path, which the caller adds
   * @throws IOException if reading fails
   */
  void read(SourceFile file, ReleaseSink sink) throws IOException, SourceException;
}
