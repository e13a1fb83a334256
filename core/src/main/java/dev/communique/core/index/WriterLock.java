package dev.communique.core.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Opens the one {@link IndexWriter} of an index directory and records who holds it: Lucene's {@code
 * write.lock} is the lock, and {@value #PID_FILE} beside it names the writing process, so that a
 * second writer is told which process to wait for. The file is removed when the writer closes; one
 * left behind by a killed process is simply overwritten by the next writer. Not instantiable.
 */
final class WriterLock {

  /** The file, next to Lucene's {@code write.lock}, that holds the writing process's id. */
  static final String PID_FILE = "write.pid";

  private WriterLock() {}

  /**
   * Opens a writer on {@code directory} at {@code path}.
   *
   * @throws IndexLockedException if another writer holds the index
   */
  static IndexWriter open(Path path, Directory directory, IndexWriterConfig config)
      throws IOException {
    IndexWriter writer;
    try {
      writer = new IndexWriter(directory, config);
    } catch (LockObtainFailedException e) {
      throw new IndexLockedException(
          "the index at " + path + " is being written by another process (" + holder(path) + ")",
          e);
    }
    try {
      Files.writeString(
          path.resolve(PID_FILE), Long.toString(ProcessHandle.current().pid()) + "\n");
    } catch (IOException e) {
      writer.rollback();
      throw e;
    }
    return writer;
  }

  /** Removes the process id file, once the writer is closed. */
  static void release(Path path) throws IOException {
    Files.deleteIfExists(path.resolve(PID_FILE));
  }

  /** The process the pid file names, if there is one and it is alive. */
  static OptionalLong liveHolder(Path path) {
    OptionalLong pid = recordedPid(path);
    return pid.isPresent()
            && ProcessHandle.of(pid.getAsLong()).map(ProcessHandle::isAlive).orElse(false)
        ? pid
        : OptionalLong.empty();
  }

  private static String holder(Path path) {
    OptionalLong pid = recordedPid(path);
    if (pid.isEmpty()) {
      return "pid unknown";
    }
    return pid.getAsLong() == ProcessHandle.current().pid()
        ? "pid " + pid.getAsLong() + ", this process"
        : "pid " + pid.getAsLong();
  }

  /** The process id the pid file holds, if it holds one. */
  private static OptionalLong recordedPid(Path path) {
    try {
      String pid = Files.readString(path.resolve(PID_FILE), StandardCharsets.UTF_8).strip();
      if (pid.matches("\\d{1,18}")) {
        return OptionalLong.of(Long.parseLong(pid));
      }
    } catch (IOException e) {
      // no writer recorded
    }
    return OptionalLong.empty();
  }
}
