package dev.communique.indexer.format;

import java.nio.file.Path;

/**
 * A file to read, with the stable id its releases derive from: the name of the folder that was
 * indexed, then the path below it without its extension, so that re-indexing the same folder
 * updates in place. Immutable and thread-safe.
 *
 * @param path the file
 * @param id the id of a release that is the whole file; readers of many-release files append to it
 */
public record SourceFile(Path path, String id) {

  /** The file name without {@code .gz} and without its format extension. */
  public String baseName() {
    String name = fileName();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** The file name without a trailing {@code .gz}. */
  public String fileName() {
    String name = path.getFileName().toString();
    return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
  }

  /** The path as shown to users. */
  public String display() {
    return path.toString();
  }
}
