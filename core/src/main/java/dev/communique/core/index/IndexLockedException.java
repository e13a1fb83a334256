package dev.communique.core.index;

import java.io.IOException;

/**
 * Thrown when another process (or another open instance) is writing the index: only one writer at a
 * time may hold it. The message names the index and, when known, the writer's process id. Nothing
 * was changed.
 */
public final class IndexLockedException extends IOException {
  private static final long serialVersionUID = 1L;

  IndexLockedException(String message, Throwable cause) {
    super(message, cause);
  }
}
