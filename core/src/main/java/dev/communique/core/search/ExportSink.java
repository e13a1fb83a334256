package dev.communique.core.search;

import java.io.IOException;

/**
 * Receives an export: first the exact number of hits, then every hit in the request's order, one at
 * a time, so that an export of any size runs in constant memory. Implementations are called from
 * the exporting thread only and need not be thread-safe.
 */
public interface ExportSink {

  /** Called once, before any hit, with the number of hits that will follow. */
  default void begin(long total) throws IOException {}

  /** Called once per hit, in order. */
  void accept(SearchHit hit) throws IOException;
}
