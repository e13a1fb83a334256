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
    return withoutGzip(path.getFileName().toString());
  }

  /**
   * The stable id of a file: the name of the folder it was found under, then its path below that
   * folder without {@code .gz} and its format extension, white space turned to {@code _}.
   *
   * @param folder the folder's name, or empty for none
   * @param relativePath the path below the folder, with {@code /} separators
   */
  public static String id(String folder, String relativePath) {
    String path = withoutGzip(relativePath);
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    String stem = dot > slash + 1 ? path.substring(0, dot) : path;
    String id = folder.isEmpty() ? stem : folder + "/" + stem;
    return id.strip().replaceAll("\\s+", "_");
  }

  private static String withoutGzip(String name) {
    return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
  }

  /**
   * The file's real path (absolute, links resolved), the same whichever folder, link or relative
   * path it was reached through; the absolute normalised path if it cannot be resolved.
   */
  public String indexedPath() {
    return realPath(path);
  }

  /** The real path of {@code file}, or its absolute normalised path if it cannot be resolved. */
  public static String realPath(Path file) {
    try {
      return file.toRealPath().toString();
    } catch (java.io.IOException e) {
      return file.toAbsolutePath().normalize().toString();
    }
  }

  /** The path as shown to users. */
  public String display() {
    return path.toString();
  }
}
