package dev.communique.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatePeriodTest {

  @Test
  void yearMonthAndDaySpanTheirDays() {
    assertThat(DatePeriod.parse("2023"))
        .isEqualTo(new DatePeriod(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)));
    assertThat(DatePeriod.parse("2024-02"))
        .isEqualTo(new DatePeriod(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
    assertThat(DatePeriod.parse("2023-01-05"))
        .isEqualTo(new DatePeriod(LocalDate.of(2023, 1, 5), LocalDate.of(2023, 1, 5)));
  }

  @Test
  void monthAndDayNeedTwoDigits() {
    for (String text : new String[] {"2023-1", "2023-01-5", "2023-1-05"}) {
      assertThatThrownBy(() -> DatePeriod.parse(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "'"
                  + text
                  + "' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD, with a 2-digit month"
                  + " and day, e.g. 2023-01-05)");
    }
  }

  @Test
  void impossibleDaysAreNamed() {
    assertThatThrownBy(() -> DatePeriod.parse("2023-02-30"))
        .hasMessageStartingWith("'2023-02-30' is not a valid date: ");
  }
}
