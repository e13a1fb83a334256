package dev.communique.indexer.format;

/**
 * A file that cannot be read as a release: empty, binary, in another encoding, or malformed. The
 * message is one line saying why; the location names the file, and the line where known.
 */
public final class SourceException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String location;

  /**
   * @param location the file, or {@code file:line}
   * @param message one line saying what is wrong
   */
  public SourceException(String location, String message) {
    super(message);
    this.location = location;
  }

  /** The file, or {@code file:line}. */
  public String location() {
    return location;
  }
}
