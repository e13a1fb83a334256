package dev.communique.indexer.hostile;

import dev.communique.core.index.CommuniqueIndex;
import dev.communique.indexer.Indexer;
import dev.communique.indexer.IndexingReport;
import dev.communique.indexer.Skip;
import java.nio.file.Path;
import java.util.List;

/**
 * Indexes a folder and prints the outcome as lines, for {@link HostileFilesTest} to run in a JVM
 * with a small heap: {@code SKIP location: reason}, {@code IGNORE location: reason}, {@code WARN
 * location: reason}, then {@code DONE added=N}. Arguments: index directory, corpus folder.
 */
public final class ReportingRun {
  private ReportingRun() {}

  public static void main(String[] args) throws Exception {
    try (CommuniqueIndex index = CommuniqueIndex.open(Path.of(args[0]))) {
      IndexingReport report =
          Indexer.builder(index).threads(2).build().index(List.of(Path.of(args[1])));
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
}
