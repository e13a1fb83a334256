package dev.communique.cli;

import static dev.communique.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.communique.cli.CliRun.Run;
import dev.communique.core.Communique;
import dev.communique.core.index.CommuniqueIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A search of an index with nothing committed yet says why, and what to do. */
class UnfinishedIndexCliTest {
  @TempDir Path dir;

  @Test
  void anIndexWhoseRunStoppedBeforeItsFirstCommitSaysToRerun() throws Exception {
    Path index = dir.resolve("index");
    CommuniqueIndex.open(index).close();
    Files.writeString(index.resolve("write.pid"), "999999999\n"); // a writer that no longer runs
    Run search = run("search", "interoperability", "--index", index.toString());
    assertThat(search.status()).isZero();
    assertThat(search.out()).startsWith("0 hits for \"interoperability\"");
    assertThat(search.err())
        .isEqualTo(
            "communique: the index at "
                + index.toAbsolutePath().normalize()
                + " holds no communiqués; if an indexing run into it was stopped, run the same"
                + " 'communique index' command again to finish it\n");
  }

  @Test
  void anIndexBeingWrittenNamesTheProcessAndTheNextCommit() throws Exception {
    Path path = dir.resolve("live");
    try (CommuniqueIndex writer = CommuniqueIndex.open(path)) {
      writer.upsert(Communique.builder("a").title("Uncommitted").body("Not yet committed").build());
      Run search = run("search", "committed", "--index", path.toString());
      assertThat(search.out()).startsWith("0 hits");
      assertThat(search.err())
          .isEqualTo(
              "communique: the index at "
                  + path.toAbsolutePath().normalize()
                  + " holds no communiqués yet: process "
                  + ProcessHandle.current().pid()
                  + " is indexing into it and has committed none; search again after its next"
                  + " commit\n");
      writer.commit();
      Run after = run("search", "committed", "--index", path.toString());
      assertThat(after.err()).isEmpty();
      assertThat(after.out()).startsWith("1 hit");
    }
  }
}
