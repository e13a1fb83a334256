package dev.communique.solr;

import dev.communique.core.index.CommuniqueIndex;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A temporary embedded index of the communiqués a cluster query matches, for the answers that read
 * every match rather than rank them: keyword in context, who talks about a query, and trends that
 * count occurrences or turns. The cluster chooses the communiqués; the embedded index's own code
 * reads their match offsets and turns, so the lines and counts are the embedded index's. It grows
 * with the matches, so it suits thousands of them, not millions. Deleted on close. Not thread-safe:
 * one per answer.
 */
final class MatchingSet implements AutoCloseable {

  private final Path dir;
  private final CommuniqueIndex index;

  private MatchingSet(Path dir, CommuniqueIndex index) {
    this.dir = dir;
    this.index = index;
  }

  /** An empty set whose searches apply this vocabulary. */
  static MatchingSet create(dev.communique.core.search.QueryVocabulary vocabulary)
      throws IOException {
    Path dir = Files.createTempDirectory("communique-matches");
    try {
      return new MatchingSet(dir, CommuniqueIndex.open(dir, vocabulary));
    } catch (IOException | RuntimeException e) {
      delete(dir);
      throw e;
    }
  }

  /** The index to add the matches to, and to ask once they are all added and committed. */
  CommuniqueIndex index() {
    return index;
  }

  @Override
  public void close() throws IOException {
    try {
      index.close();
    } finally {
      delete(dir);
    }
  }

  /** Deletes a folder and everything in it; nothing happens if it is gone. */
  static void delete(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
