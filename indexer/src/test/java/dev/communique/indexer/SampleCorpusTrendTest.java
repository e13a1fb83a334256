package dev.communique.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.communique.core.index.CommuniqueIndex;
import dev.communique.core.search.FacetField;
import dev.communique.core.search.SearchFilter;
import dev.communique.core.search.SearchRequest;
import dev.communique.core.search.TrendRequest;
import dev.communique.core.search.TrendResult;
import dev.communique.core.search.TrendRow;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trends over the sample corpus agree with direct searches of each period. */
class SampleCorpusTrendTest {

  @TempDir static Path dir;
  static CommuniqueIndex index;

  @BeforeAll
  static void indexSample() throws Exception {
    index = CommuniqueIndex.open(dir);
    SampleCorpus.indexInto(index);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static long hits(String query, SearchFilter filter) throws Exception {
    return index.search(SearchRequest.builder(query).filter(filter).limit(0).build()).totalHits();
  }

  private static SearchFilter year(int year) {
    return SearchFilter.builder()
        .from(LocalDate.of(year, 1, 1))
        .to(LocalDate.of(year, 12, 31))
        .build();
  }

  @Test
  void yearlyCountsAndTotalsEqualSearchesOfEachYear() throws Exception {
    TrendResult result = index.trend(TrendRequest.builder("interoperability").build());
    assertThat(result.rows())
        .extracting(TrendRow::period)
        .containsExactly("2019", "2020", "2021", "2022", "2023", "2024");
    assertThat(result.rows()).extracting(TrendRow::count).containsExactly(1L, 1L, 2L, 0L, 3L, 2L);
    for (TrendRow row : result.rows()) {
      int year = Integer.parseInt(row.period());
      assertThat(row.count()).as(row.period()).isEqualTo(hits("interoperability", year(year)));
      assertThat(row.total()).as(row.period()).isEqualTo(hits("", year(year)));
    }
    assertThat(result.rows()).extracting(TrendRow::total).containsExactly(5L, 4L, 8L, 5L, 8L, 8L);
  }

  @Test
  void groupedCountsEqualSearchesFilteredByTheGroup() throws Exception {
    TrendResult result =
        index.trend(
            TrendRequest.builder("ukraine").groupBy(FacetField.ORGANIZATION).top(2).build());
    assertThat(result.groups()).hasSize(2);
    for (TrendRow row : result.rows()) {
      int year = Integer.parseInt(row.period());
      SearchFilter filter = year(year).toBuilder().organization(row.group()).build();
      assertThat(row.count()).as(row.toString()).isEqualTo(hits("ukraine", filter));
      assertThat(row.total()).as(row.toString()).isEqualTo(hits("", filter));
    }
  }
}
