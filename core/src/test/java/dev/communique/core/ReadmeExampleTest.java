package dev.communique.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.communique.core.index.CommuniqueIndex;
import dev.communique.core.search.SearchHit;
import dev.communique.core.search.SearchRequest;
import dev.communique.core.search.SearchResults;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedding example in README.md, kept compiling and correct. */
class ReadmeExampleTest {

  @TempDir Path dir;

  @Test
  void embeddingExampleFromTheReadme() throws Exception {
    List<String> printed = new ArrayList<>();
    Path path = dir.resolve("index");
    // --- README example starts
    try (CommuniqueIndex index = CommuniqueIndex.open(path)) {
      index.upsert(
          Communique.builder("nato-2023-11-29")
              .title("Foreign Ministers conclude meetings in Brussels")
              .organization("NATO")
              .date(LocalDate.of(2023, 11, 29))
              .body(
                  "Allies approved a work programme covering energy security and interoperability.")
              .build());
      SearchResults results =
          index.search(SearchRequest.builder("interoperability").organization("NATO").build());
      for (SearchHit hit : results.hits()) {
        printed.add(hit.communique().title() + ": " + hit.snippets());
      }
    }
    // --- README example ends
    assertThat(printed)
        .containsExactly(
            "Foreign Ministers conclude meetings in Brussels: [Allies approved a work programme"
                + " covering energy security and <mark>interoperability</mark>.]");
  }
}
