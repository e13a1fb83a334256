package dev.communique.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.communique.core.Communique;
import dev.communique.core.DateSource;
import dev.communique.core.index.CommuniqueIndex;
import dev.communique.core.search.SearchHit;
import dev.communique.core.search.SearchRequest;
import dev.communique.indexer.extract.Vocabulary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same file by any route is one document, and nothing that has text is dropped. */
class OneFileOneDocumentTest {
  @TempDir Path dir;

  private Path top;
  private Path inner;

  @BeforeEach
  void corpus() throws Exception {
    top = dir.resolve("t");
    inner = Files.createDirectories(top.resolve("a/b"));
    Files.writeString(
        inner.resolve("x.txt"),
        "Harbour Accord Signed\n\nPORT LOUIS, 4 May 2024 — The parties signed the accord.\n");
  }

  private IndexingReport index(CommuniqueIndex index, Path path) throws Exception {
    return Indexer.builder(index)
        .vocabulary(Vocabulary.bundled())
        .duplicateThreshold(0)
        .build()
        .index(List.of(path));
  }

  private static List<String> ids(CommuniqueIndex index) throws Exception {
    return index.search(SearchRequest.builder("*").limit(10).build()).hits().stream()
        .map(SearchHit::communique)
        .map(Communique::id)
        .toList();
  }

  @Test
  void aSubfolderThenItsParentIsOneDocument() throws Exception {
    try (CommuniqueIndex index = CommuniqueIndex.open(dir.resolve("index"))) {
      index(index, inner);
      assertThat(ids(index)).containsExactly("b/x");
      index(index, top.resolve("a"));
      assertThat(ids(index)).containsExactly("a/b/x");
      assertThat(index.count()).isEqualTo(1);
    }
  }

  @Test
  void everyRouteToTheFileIsOneDocumentAcrossRunsAndReopening() throws Exception {
    Path link = dir.resolve("link");
    Files.createSymbolicLink(link, top.resolve("a"));
    Path relative = Path.of("").toAbsolutePath().relativize(inner.resolve("x.txt"));
    List<Path> routes =
        List.of(inner.resolve("x.txt"), relative, top, link, top.resolve("a/./b/../b"), inner);
    for (Path route : routes) {
      try (CommuniqueIndex index = CommuniqueIndex.open(dir.resolve("index"))) {
        index(index, route);
        index(index, route);
        assertThat(index.count()).as("after %s", route).isEqualTo(1);
        assertThat(index.get(ids(index).get(0)).orElseThrow().path())
            .isEqualTo(inner.resolve("x.txt").toRealPath().toString());
      }
    }
  }

  @Test
  void twoRoutesInOneRunReadTheFileOnce() throws Exception {
    try (CommuniqueIndex index = CommuniqueIndex.open(dir.resolve("index"))) {
      Indexer indexer = Indexer.builder(index).vocabulary(Vocabulary.bundled()).build();
      IndexingReport report = indexer.index(List.of(top.resolve("a"), inner));
      assertThat(report.read()).isEqualTo(1);
      assertThat(report.ignored())
          .extracting(Skip::reason)
          .containsExactly("the same file as " + top.resolve("a/b/x.txt"));
      assertThat(index.count()).isEqualTo(1);
    }
  }

  @Test
  void aTitleWithAnEmptyBodyIsIndexedAndFoundByItsTitle() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("images"));
    Files.writeString(
        corpus.resolve("2024-02-02-photo.md"),
        "---\ntitle: Photo of the Lighthouse Ceremony\ndate: '2024-02-02'\n---\n\n![](x.jpg)\n");
    try (CommuniqueIndex index = CommuniqueIndex.open(dir.resolve("index"))) {
      IndexingReport report = index(index, corpus);
      assertThat(report.skipped()).isEmpty();
      assertThat(ids(index)).containsExactly("images/2024-02-02-photo");
      List<SearchHit> hits = index.search(SearchRequest.builder("lighthouse").build()).hits();
      assertThat(hits)
          .extracting(h -> h.communique().id())
          .containsExactly("images/2024-02-02-photo");
    }
  }

  @Test
  void anUnparseableStatedDateIsAWarningAndTheNextBestDateIsUsed() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("md"));
    Path file = corpus.resolve("2023-05-04-ceremony.md");
    Files.writeString(
        file,
        "---\ntitle: Ceremony\ndate: 'May the fourth'\n---\n\nThe ceremony took place on"
            + " 1 January 2020 in the old town.\n");
    try (CommuniqueIndex index = CommuniqueIndex.open(dir.resolve("index"))) {
      IndexingReport report = index(index, corpus);
      assertThat(report.skipped()).isEmpty();
      assertThat(report.warnings())
          .extracting(Skip::toString)
          .containsExactly(
              file
                  + ":3: unparseable date 'May the fourth' in front matter; dated from the text"
                  + " instead");
      Communique c = index.get("md/2023-05-04-ceremony").orElseThrow();
      assertThat(c.date()).isEqualTo(LocalDate.of(2023, 5, 4));
      assertThat(c.dateSource()).isEqualTo(DateSource.FILE_NAME);
    }
  }
}
