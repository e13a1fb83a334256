package dev.communique.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.communique.core.Communique;
import dev.communique.core.DatePrecision;
import dev.communique.core.DateSource;
import dev.communique.core.index.CommuniqueIndex;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trends over a small hand-made index with day, month and year-only dates. */
class TrendTest {

  @TempDir static Path dir;
  static CommuniqueIndex index;

  @BeforeAll
  static void build() throws Exception {
    index =
        SmallIndex.open(
            dir,
            release(
                "a",
                LocalDate.of(2021, 1, 5),
                DatePrecision.DAY,
                List.of("Ana", "Ben"),
                "Grain exports resumed. Grain prices fell, and the grain corridor held."),
            release(
                "b",
                LocalDate.of(2021, 3, 1),
                DatePrecision.MONTH,
                List.of("Ana"),
                "The grain deal was extended."),
            release(
                "c",
                LocalDate.of(2021, 3, 20),
                DatePrecision.DAY,
                List.of("Ben"),
                "Talks on fisheries went on."),
            release(
                "d",
                LocalDate.of(2021, 1, 1),
                DatePrecision.YEAR,
                List.of("Cleo"),
                "Grain, grain and more grain: the grain harvest."),
            release(
                "e",
                LocalDate.of(2022, 6, 9),
                DatePrecision.DAY,
                List.of("Ben"),
                "Grain silos were full. Energy security came up."),
            release(
                "f", LocalDate.of(2022, 7, 9), DatePrecision.DAY, List.of(), "Nothing on food."),
            Communique.builder("undated").title("Undated").body("grain").build());
  }

  private static Communique release(
      String id, LocalDate date, DatePrecision precision, List<String> speakers, String body) {
    return Communique.builder(id)
        .title("Release " + id)
        .speakers(speakers)
        .date(date, precision, DateSource.METADATA)
        .body(body)
        .build();
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static List<String> lines(TrendResult result) {
    return result.rows().stream()
        .map(
            r ->
                r.period()
                    + (r.group() == null ? "" : " " + r.group())
                    + " "
                    + r.count()
                    + "/"
                    + r.total())
        .toList();
  }

  @Test
  void yearlyDocumentsCountYearOnlyDatesInTheirYearAndSkipUndated() throws Exception {
    TrendResult result = index.trend(TrendRequest.builder("grain").build());
    assertThat(lines(result)).containsExactly("2021 3/4", "2022 1/2");
    assertThat(result.rows().get(0).share()).isEqualTo(0.75);
    assertThat(result.groups()).isEmpty();
  }

  @Test
  void monthlyTrendFillsGapsAndReportsYearOnlyDatesAfterDecember() throws Exception {
    TrendResult result = index.trend(TrendRequest.builder("grain").by(FacetField.MONTH).build());
    assertThat(lines(result))
        .containsExactly(
            "2021-01 1/1",
            "2021-02 0/0",
            "2021-03 1/2",
            "2021-04 0/0",
            "2021-05 0/0",
            "2021-06 0/0",
            "2021-07 0/0",
            "2021-08 0/0",
            "2021-09 0/0",
            "2021-10 0/0",
            "2021-11 0/0",
            "2021-12 0/0",
            "2021 (year only) 1/1",
            "2022-01 0/0",
            "2022-02 0/0",
            "2022-03 0/0",
            "2022-04 0/0",
            "2022-05 0/0",
            "2022-06 1/1");
    TrendRow yearOnly = result.rows().get(12);
    assertThat(yearOnly.yearOnly()).isTrue();
    assertThat(yearOnly.start()).isEqualTo(LocalDate.of(2021, 1, 1));
    assertThat(result.rows().get(1).share()).isZero();
  }

  @Test
  void theFilterDatesBoundThePeriods() throws Exception {
    SearchFilter filter =
        SearchFilter.builder()
            .from(LocalDate.of(2020, 1, 1))
            .to(LocalDate.of(2023, 12, 31))
            .build();
    TrendResult result = index.trend(TrendRequest.builder("fisheries").filter(filter).build());
    assertThat(lines(result)).containsExactly("2020 0/0", "2021 1/4", "2022 0/2", "2023 0/0");
  }

  @Test
  void occurrencesCountEveryBodyMatch() throws Exception {
    TrendResult result =
        index.trend(TrendRequest.builder("grain").count(TrendCount.OCCURRENCES).build());
    // a: 3, b: 1, d: 4 in 2021; e: 1 in 2022. Totals stay documents.
    assertThat(lines(result)).containsExactly("2021 8/4", "2022 1/2");
    TrendResult phrase =
        index.trend(
            TrendRequest.builder("\"grain corridor\" OR silos")
                .count(TrendCount.OCCURRENCES)
                .build());
    assertThat(lines(phrase)).containsExactly("2021 1/4", "2022 1/2");
  }

  @Test
  void groupsAreTheTopSpeakersEachCountedPerDocument() throws Exception {
    TrendResult result =
        index.trend(TrendRequest.builder("grain").groupBy(FacetField.SPEAKER).top(2).build());
    assertThat(result.groups()).containsExactly(new ValueCount("Ana", 2), new ValueCount("Ben", 2));
    assertThat(lines(result))
        .containsExactly("2021 Ana 2/2", "2021 Ben 1/2", "2022 Ana 0/0", "2022 Ben 1/1");
    assertThat(result.rows("Ben")).extracting(TrendRow::count).containsExactly(1L, 1L);
  }

  @Test
  void noMatchesAndNoDatesMeanNoRows() throws Exception {
    assertThat(index.trend(TrendRequest.builder("zeppelin").build()).rows()).isEmpty();
  }

  @Test
  void badOptionsAreRefused() {
    assertThatThrownBy(() -> TrendRequest.builder("x").by(FacetField.SPEAKER).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a trend is by year or month, not by speaker");
    assertThatThrownBy(() -> TrendRequest.builder("x").groupBy(FacetField.MONTH).build())
        .hasMessage("a trend groups by speaker, organization, role, topic or type, not by month");
    assertThatThrownBy(() -> TrendRequest.builder("x").top(0).build())
        .hasMessage("top must be >= 1, got 0");
    assertThatThrownBy(
            () ->
                index.trend(
                    TrendRequest.builder("grain")
                        .by(FacetField.MONTH)
                        .filter(
                            SearchFilter.builder()
                                .from(LocalDate.of(1000, 1, 1))
                                .to(LocalDate.of(2000, 1, 1))
                                .build())
                        .build()))
        .hasMessage(
            "the trend spans too many periods (at most 5000); narrow the dates or count by year");
  }

  @Test
  void theSpanFollowsTheReportedGroupsOnly() throws Exception {
    TrendResult top =
        index.trend(TrendRequest.builder("grain").groupBy(FacetField.SPEAKER).top(1).build());
    assertThat(top.groups()).extracting(ValueCount::value).containsExactly("Ana");
    assertThat(top.rows()).extracting(TrendRow::period).containsExactly("2021");
    TrendResult both =
        index.trend(TrendRequest.builder("grain").groupBy(FacetField.SPEAKER).top(2).build());
    assertThat(both.rows())
        .extracting(TrendRow::period)
        .containsExactly("2021", "2021", "2022", "2022");
  }
}
