package dev.communique.core.index;

import java.io.IOException;

/**
 * Thrown when a directory holds no index of this schema: another schema version, or files that are
 * not an index at all. The message says what was found and advises a reindex.
 */
public final class IncompatibleIndexException extends IOException {
  private static final long serialVersionUID = 1L;

  IncompatibleIndexException(String message) {
    super(message);
  }
}
