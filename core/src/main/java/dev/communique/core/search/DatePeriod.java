package dev.communique.core.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of days named by a year ({@code 2023}), a month ({@code 2023-11}) or a day ({@code
 * 2023-11-29}), as accepted by {@code date:} queries and date filters. Immutable and thread-safe.
 *
 * @param start the first day
 * @param end the last day
 */
public record DatePeriod(LocalDate start, LocalDate end) {

  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  /** Validates the bounds. */
  public DatePeriod {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("period ends before it starts: " + start + " > " + end);
    }
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, with a 2-digit month and day
   * ({@code 2023-01}, not {@code 2023-1}).
   *
   * @throws IllegalArgumentException naming the text and what is wrong with it
   */
  public static DatePeriod parse(String text) {
    Matcher m = FORM.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD, with a 2-digit month and"
              + " day, e.g. 2023-01-05)");
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return new DatePeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
      }
      YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
      if (m.group(3) == null) {
        return new DatePeriod(month.atDay(1), month.atEndOfMonth());
      }
      LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
      return new DatePeriod(day, day);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a valid date: " + e.getMessage(), e);
    }
  }
}
