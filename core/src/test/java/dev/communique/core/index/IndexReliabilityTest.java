package dev.communique.core.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.communique.core.Communique;
import dev.communique.core.schema.CommuniqueSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index's lock, its unfinished-creation marker, source checksums and version checks. */
class IndexReliabilityTest {

  @TempDir Path dir;

  private static Communique release(String id) {
    return Communique.builder(id).title("Title " + id).body("Body of " + id).build();
  }

  @Test
  void aSecondWriterIsToldWhichProcessHoldsTheIndex() throws Exception {
    long pid = ProcessHandle.current().pid();
    try (CommuniqueIndex first = CommuniqueIndex.open(dir)) {
      first.upsert(release("a"));
      assertThat(Files.readString(dir.resolve("write.pid")).strip()).isEqualTo(Long.toString(pid));
      assertThatThrownBy(() -> CommuniqueIndex.open(dir))
          .isInstanceOf(IndexLockedException.class)
          .hasMessage(
              "the index at "
                  + dir
                  + " is being written by another process (pid "
                  + pid
                  + ", this process)");
      first.upsert(release("b"));
      assertThat(first.count()).isEqualTo(2);
    }
    assertThat(dir.resolve("write.pid")).doesNotExist();
    try (CommuniqueIndex reopened = CommuniqueIndex.openReadOnly(dir)) {
      assertThat(reopened.count()).isEqualTo(2);
    }
  }

  @Test
  void aStalePidFileOfAKilledWriterDoesNotBlock() throws Exception {
    try (CommuniqueIndex index = CommuniqueIndex.open(dir)) {
      index.upsert(release("a"));
    }
    Files.writeString(dir.resolve("write.pid"), "999999\n");
    try (CommuniqueIndex index = CommuniqueIndex.open(dir)) {
      assertThat(index.count()).isEqualTo(1);
    }
  }

  @Test
  void aNewIndexIsCommittedAtOnceSoItIsNeverLeftHalfCreated() throws Exception {
    try (CommuniqueIndex index = CommuniqueIndex.open(dir)) {
      assertThat(CommuniqueIndex.exists(dir)).isTrue();
      assertThat(dir.resolve(CommuniqueIndex.CREATING)).doesNotExist();
      try (CommuniqueIndex readOnly = CommuniqueIndex.openReadOnly(dir)) {
        assertThat(readOnly.count()).isZero();
      }
    }
  }

  @Test
  void aCreationKilledBeforeItsFirstCommitIsTakenUpAgain() throws Exception {
    Files.writeString(dir.resolve(CommuniqueIndex.CREATING), "x");
    Files.writeString(dir.resolve("write.lock"), "");
    Files.writeString(dir.resolve("write.pid"), "12345\n");
    Files.write(dir.resolve("_0.fdt"), new byte[] {1, 2, 3});
    Files.write(dir.resolve("pending_segments_1"), new byte[] {1, 2, 3});
    try (CommuniqueIndex index = CommuniqueIndex.open(dir)) {
      index.upsert(release("a"));
    }
    assertThat(dir.resolve(CommuniqueIndex.CREATING)).doesNotExist();
    try (CommuniqueIndex index = CommuniqueIndex.openReadOnly(dir)) {
      assertThat(index.count()).isEqualTo(1);
    }
  }

  @Test
  void sourceChecksumsAreKeptWithTheCommit() throws Exception {
    try (CommuniqueIndex index = CommuniqueIndex.open(dir)) {
      index.upsert(release("a"));
      index.recordSource("/corpus/a.txt", "c1");
      assertThat(index.sourceChecksum("/corpus/a.txt")).contains("c1");
      index.commit();
      index.recordSource("/corpus/b.txt", "c2");
      index.forgetSource("/corpus/b.txt");
    }
    try (CommuniqueIndex index = CommuniqueIndex.open(dir)) {
      assertThat(index.sourceChecksum("/corpus/a.txt")).contains("c1");
      assertThat(index.sourceChecksum("/corpus/b.txt")).isEmpty();
    }
  }

  @Test
  void anIndexOfAnOlderSchemaSaysToReindex() throws Exception {
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer =
            new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
      Document doc = new Document();
      doc.add(new StringField(CommuniqueSchema.ID, "old", StringField.Store.YES));
      writer.addDocument(doc);
      writer.setLiveCommitData(Map.of(CommuniqueSchema.VERSION_KEY, "2").entrySet());
      writer.commit();
    }
    String expected =
        "the index at "
            + dir
            + " has schema version 2, this build reads version "
            + CommuniqueSchema.VERSION
            + "; reindex into a new directory";
    assertThatThrownBy(() -> CommuniqueIndex.open(dir))
        .isInstanceOf(IncompatibleIndexException.class)
        .hasMessage(expected);
    assertThatThrownBy(() -> CommuniqueIndex.openReadOnly(dir))
        .isInstanceOf(IncompatibleIndexException.class)
        .hasMessage(expected);
  }

  @Test
  void aLuceneIndexOfNoSchemaSaysToReindex() throws Exception {
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer =
            new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
      writer.addDocument(new Document());
      writer.commit();
    }
    assertThatThrownBy(() -> CommuniqueIndex.openReadOnly(dir))
        .isInstanceOf(IncompatibleIndexException.class)
        .hasMessage(
            "the index at "
                + dir
                + " has schema version none, this build reads version "
                + CommuniqueSchema.VERSION
                + "; reindex into a new directory");
  }
}
