package dev.communique.indexer;

/**
 * A file or record that was not indexed, and why. Immutable.
 *
 * @param location the file, or {@code file:line}
 * @param reason one line saying why
 */
public record Skip(String location, String reason) {

  /** {@code location: reason}, as printed. */
  @Override
  public String toString() {
    return location + ": " + reason;
  }
}
