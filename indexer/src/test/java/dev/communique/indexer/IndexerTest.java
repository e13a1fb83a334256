package dev.communique.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.communique.core.index.CommuniqueIndex;
import dev.communique.core.search.SearchRequest;
import dev.communique.indexer.extract.Vocabulary;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexerTest {

  @TempDir Path dir;

  private Indexer indexer(CommuniqueIndex index) throws Exception {
    return Indexer.builder(index).vocabulary(Vocabulary.load(SampleCorpus.vocabulary())).build();
  }

  @Test
  void reindexingTheSampleUpdatesInPlace() throws Exception {
    try (CommuniqueIndex index = CommuniqueIndex.open(dir.resolve("index"))) {
      IndexingReport first = indexer(index).index(List.of(SampleCorpus.releases()));
      IndexingReport second =
          Indexer.builder(index)
              .vocabulary(Vocabulary.load(SampleCorpus.vocabulary()))
              .rereadUnchanged(true)
              .build()
              .index(List.of(SampleCorpus.releases()));
      IndexingReport third = indexer(index).index(List.of(SampleCorpus.releases()));
      assertThat(third.unchanged()).isEqualTo(48);
      assertThat(third.read()).isZero();
      assertThat(third.duplicates().rewritten()).isZero();
      assertThat(third.duplicates().merged()).isEqualTo(4);
      assertThat(first.added()).isEqualTo(48);
      assertThat(second.added()).isZero();
      assertThat(second.updated()).isEqualTo(48);
      // Updated releases start as their own canonical copy; merging rewrites both sides of 4 pairs.
      assertThat(second.duplicates().rewritten()).isEqualTo(8);
      assertThat(second.duplicates().merged()).isEqualTo(4);
      assertThat(second.duplicates().newlyMerged()).isEqualTo(4);
      assertThat(index.count()).isEqualTo(48);
      assertThat(index.search(SearchRequest.builder("*").limit(0).build()).totalHits())
          .isEqualTo(44);
    }
  }

  @Test
  void anEditedVocabularyOrOtherOptionsMakeARerunReadUnchangedFilesAgain() throws Exception {
    Path vocabulary = Files.createDirectories(dir.resolve("vocabulary"));
    try (var files = Files.list(SampleCorpus.vocabulary())) {
      for (Path file : files.toList()) {
        Files.copy(file, vocabulary.resolve(file.getFileName().toString()));
      }
    }
    try (CommuniqueIndex index = CommuniqueIndex.open(dir.resolve("index"))) {
      Indexer.builder(index)
          .vocabulary(Vocabulary.load(vocabulary))
          .build()
          .index(List.of(SampleCorpus.releases()));
      IndexingReport same =
          Indexer.builder(index)
              .vocabulary(Vocabulary.load(vocabulary))
              .build()
              .index(List.of(SampleCorpus.releases()));
      assertThat(same.unchanged()).isEqualTo(48);
      assertThat(same.resettled()).isZero();
      assertThat(index.search(SearchRequest.builder("topic:everything").build()).totalHits())
          .isZero();

      Files.writeString(
          vocabulary.resolve("topics.yaml"),
          "  - id: everything\n    phrases: [the, and, of]\n",
          StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.APPEND);
      IndexingReport edited =
          Indexer.builder(index)
              .vocabulary(Vocabulary.load(vocabulary))
              .build()
              .index(List.of(SampleCorpus.releases()));
      assertThat(edited.unchanged()).isZero();
      assertThat(edited.resettled()).isEqualTo(48);
      assertThat(edited.updated()).isEqualTo(48);
      assertThat(index.search(SearchRequest.builder("topic:everything").build()).totalHits())
          .isPositive();

      IndexingReport noTurns =
          Indexer.builder(index)
              .vocabulary(Vocabulary.load(vocabulary))
              .turns(false)
              .build()
              .index(List.of(SampleCorpus.releases()));
      assertThat(noTurns.resettled()).isEqualTo(48);
      IndexingReport again =
          Indexer.builder(index)
              .vocabulary(Vocabulary.load(vocabulary))
              .turns(false)
              .build()
              .index(List.of(SampleCorpus.releases()));
      assertThat(again.unchanged()).isEqualTo(48);
      assertThat(again.resettled()).isZero();
    }
  }

  @Test
  void aPipeNamedOnTheCommandLineIsNotOpened() throws Exception {
    Path pipe = dir.resolve("pipe.txt");
    assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
    try (CommuniqueIndex index = CommuniqueIndex.open(dir.resolve("index"))) {
      IndexingReport report = indexer(index).index(List.of(pipe));
      assertThat(report.skipped())
          .extracting(Skip::toString)
          .containsExactly(pipe + ": not a regular file (a pipe, socket or device); not read");
      assertThat(index.count()).isZero();
    }
  }

  @Test
  void badFilesAreSkippedWithReasonsAndTheRestIsIndexed() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(
        corpus.resolve("good.txt"),
        "Good Release Title\n\nNATO\n\nBrussels, 3 May 2024 - Ministers met and agreed on things.\n");
    Files.writeString(corpus.resolve("empty.txt"), "");
    Files.write(corpus.resolve("binary.txt"), new byte[] {'a', 0, 1, 2, 'b'});
    Files.write(
        corpus.resolve("latin1.txt"),
        "Caf\u00e9 au lait\n\nbody".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(
        corpus.resolve("utf16.txt"), "\uFEFFTitle\n\nBody".getBytes(StandardCharsets.UTF_16BE));
    Files.writeString(
        corpus.resolve("records.jsonl"),
        "{\"id\":\"j1\",\"title\":\"First\",\"body\":\"Alpha text\",\"date\":\"2023-01-02\"}\n"
            + "{\"id\":\"j2\",\"title\":\"Broken\",\"body\":\"oops\"\n"
            + "{\"id\":\"j3\",\"title\":\"Third\",\"body\":\"Gamma text\",\"date\":\"2023-02-31\"}\n"
            + "{\"id\":\"j4\",\"title\":\"Fourth\",\"body\":\"Delta text\",\"date\":\"2023\"}\n");
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(corpus.resolve("zipped.txt.gz")))) {
      out.write(
          "Zipped Title\n\nG7\n\nTokyo, April 18, 2023. Compressed body text.\n"
              .getBytes(StandardCharsets.UTF_8));
    }
    Files.write(corpus.resolve("truncated.txt.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0});
    Files.writeString(corpus.resolve("notes.yaml"), "a: b\n");
    Files.writeString(corpus.resolve("README.md"), "# About this folder\n");

    try (CommuniqueIndex index = CommuniqueIndex.open(dir.resolve("index"))) {
      IndexingReport report = indexer(index).index(List.of(corpus, dir.resolve("missing")));

      assertThat(report.added()).isEqualTo(4);
      assertThat(index.get("corpus/good").orElseThrow().title()).isEqualTo("Good Release Title");
      assertThat(index.get("j1").orElseThrow().formattedDate()).isEqualTo("2023-01-02");
      assertThat(index.get("j4").orElseThrow().formattedDate()).isEqualTo("2023");
      assertThat(index.get("corpus/zipped").orElseThrow().organization()).isEqualTo("G7");

      assertThat(report.skipped())
          .extracting(Skip::toString)
          .containsExactlyInAnyOrder(
              dir.resolve("missing") + ": no such file or directory",
              corpus.resolve("binary.txt") + ": binary file (NUL byte at character 1)",
              corpus.resolve("empty.txt") + ": empty file",
              corpus.resolve("latin1.txt")
                  + ":1: not valid UTF-8 near line 1; convert the file to UTF-8 to index it",
              corpus.resolve("utf16.txt")
                  + ": encoded in UTF-16, not UTF-8; convert it to UTF-8 to index it",
              corpus.resolve("records.jsonl")
                  + ":2: malformed JSON: Unexpected end-of-input: expected close marker for Object (column 42)",
              corpus.resolve("records.jsonl")
                  + ":3: '2023-02-31' is not a valid date: Invalid date 'FEBRUARY 31'",
              corpus.resolve("truncated.txt.gz") + ": not a valid gzip file (truncated)");
      assertThat(report.ignored())
          .extracting(Skip::reason)
          .containsExactlyInAnyOrder(
              "documentation, not a release", "not a release format (.yaml)");
      assertThat(report.read())
          .isEqualTo(report.added() + report.updated() + report.skipped().size() - 1);
    }
  }

  @Test
  void theSourceKeepsTheUrlAndThePathNamesTheFileIndexed() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("md"));
    Path file = corpus.resolve("2024-05-03-statement.md");
    Files.writeString(
        file,
        "---\ntitle: A Statement\ndate: 2024-05-03\n"
            + "source_url: https://example.org/briefing-room/statement\n---\n\nMinisters met.\n");
    Path text = corpus.resolve("plain.txt");
    Files.writeString(text, "Plain Title\n\nBrussels, 3 May 2024 - Ministers met again.\n");
    try (CommuniqueIndex index = CommuniqueIndex.open(dir.resolve("index"))) {
      indexer(index).index(List.of(corpus));
      var markdown = index.get("md/2024-05-03-statement").orElseThrow();
      assertThat(markdown.source()).isEqualTo("https://example.org/briefing-room/statement");
      assertThat(markdown.path()).isEqualTo(file.toString());
      var plain = index.get("md/plain").orElseThrow();
      assertThat(plain.source()).isEqualTo(text.toString());
      assertThat(plain.path()).isEqualTo(text.toString());
    }
  }
}
