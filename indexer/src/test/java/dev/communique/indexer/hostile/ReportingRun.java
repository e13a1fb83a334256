package dev.communique.indexer.hostile;

import dev.communique.core.index.CommuniqueIndex;
import dev.communique.indexer.Indexer;
import dev.communique.indexer.IndexingReport;
import dev.communique.indexer.ProgressListener;
import dev.communique.indexer.Skip;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Indexes a folder and prints the outcome as lines, for {@link HostileFilesTest} to run in a JVM
 * with a small heap: {@code SKIP location: reason}, {@code IGNORE location: reason}, {@code WARN
 * location: reason}, then {@code DONE added=N}. Arguments: index directory, corpus folder, then
 * files of the corpus to spoil once the run has listed them and before it reads them: {@code
 * gone:NAME} deletes one, {@code unreadable:NAME} takes away its permissions (and, for a user such
 * as root whom permissions do not stop, puts a folder in its place).
 */
public final class ReportingRun {
  private ReportingRun() {}

  public static void main(String[] args) throws Exception {
    try (CommuniqueIndex index = CommuniqueIndex.open(Path.of(args[0]))) {
      Path corpus = Path.of(args[1]);
      List<String> spoil = List.of(args).subList(2, args.length);
      IndexingReport report =
          Indexer.builder(index)
              .threads(2)
              .listener(
                  new ProgressListener() {
                    @Override
                    public void started(long units) {
                      spoil.forEach(target -> spoil(corpus, target));
                    }
                  })
              .build()
              .index(List.of(corpus));
      for (Skip skip : report.skipped()) {
        System.out.println("SKIP " + skip);
      }
      for (Skip ignored : report.ignored()) {
        System.out.println("IGNORE " + ignored);
      }
      for (Skip warning : report.warnings()) {
        System.out.println("WARN " + warning);
      }
      System.out.println("DONE added=" + report.added() + " count=" + index.count());
    }
  }

  private static void spoil(Path corpus, String target) {
    String name = target.substring(target.indexOf(':') + 1);
    Path file = corpus.resolve(name);
    try {
      if (target.startsWith("gone:")) {
        Files.delete(file);
      } else {
        Files.setPosixFilePermissions(file, Set.of());
        if (Files.isReadable(file)) {
          Files.delete(file);
          Files.createDirectory(file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
