package dev.communique.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class InvalidQueryTest {

  private final CommuniqueSearcher searcher = new CommuniqueSearcher();

  private InvalidQueryException error(String query) {
    return catchThrowableOfType(InvalidQueryException.class, () -> searcher.parse(query));
  }

  @Test
  void danglingOperatorPointsAtTheEnd() {
    InvalidQueryException e = error("nato AND");
    assertThat(e.position()).isEqualTo(8);
    assertThat(e.problem()).isEqualTo("the query ends where a term was expected");
    assertThat(e.getMessage())
        .isEqualTo("invalid query at position 8: the query ends where a term was expected");
  }

  @Test
  void unclosedQuoteAndParenthesis() {
    assertThat(error("\"energy security").problem()).isEqualTo("a quoted phrase is not closed");
    InvalidQueryException paren = error("(nato OR g7");
    assertThat(paren.problem()).isEqualTo("a '(' is not closed");
    assertThat(paren.position()).isEqualTo(11);
  }

  @Test
  void unexpectedTokenIsNamedWithItsPosition() {
    InvalidQueryException e = error("nato ) g7");
    assertThat(e.position()).isEqualTo(5);
    assertThat(e.problem()).isEqualTo("unexpected ')'");
  }

  @Test
  void unknownFieldAndBadDates() {
    InvalidQueryException field = error("ukraine AND spaeker:biden");
    assertThat(field.position()).isEqualTo(12);
    assertThat(field.problem()).startsWith("unknown field 'spaeker'");
    InvalidQueryException date = error("date:2023-13");
    assertThat(date.position()).isEqualTo(5);
    assertThat(date.problem()).contains("'2023-13' is not a valid date");
    InvalidQueryException range = error("date:[2024 TO 2023]");
    assertThat(range.problem()).contains("is empty");
  }

  @Test
  void queryDatesNeedTwoDigitMonths() {
    InvalidQueryException month = error("nato date:2023-1");
    assertThat(month.position()).isEqualTo(10);
    assertThat(month.problem()).startsWith("'2023-1' is not a date (expected YYYY, YYYY-MM");
    InvalidQueryException bound = error("date:[2023-1 TO 2023-06]");
    assertThat(bound.problem()).startsWith("'2023-1' is not a date");
  }

  @Test
  void leadingWildcardIsRefusedClearly() {
    InvalidQueryException e = error("*ability");
    assertThat(e.problem()).isEqualTo("a term may not start with '*' or '?' (leading wildcard)");
    assertThat(e.position()).isZero();
  }

  @Test
  void validQueriesParse() {
    assertThat(searcher.parse("speaker:\"Jens Stoltenberg\" AND date:[2023-01 TO 2023-12]"))
        .isNotNull();
    assertThat(searcher.parse("").toString()).isEqualTo("*:*");
    assertThat(searcher.parse("interop*").toString()).contains("=interop*");
  }
}
