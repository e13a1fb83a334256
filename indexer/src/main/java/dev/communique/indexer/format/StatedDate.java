package dev.communique.indexer.format;

import dev.communique.core.DatePrecision;
import dev.communique.core.search.DatePeriod;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as sources state it: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, perhaps followed
 * by a time ({@code 2021-06-14 10:11:02-04:00}). Its precision follows its form, so a year stays a
 * year. Immutable.
 *
 * @param date the first day of the stated period
 * @param precision how much of the date was stated
 */
record StatedDate(LocalDate date, DatePrecision precision) {

  private static final Pattern FORM =
      Pattern.compile("(\\d{4})(-\\d{1,2})?(-\\d{1,2})?(?:[T ]\\S.*)?", Pattern.DOTALL);

  /**
   * Parses a stated date.
   *
   * @throws IllegalArgumentException naming the value and what is wrong with it
   */
  static StatedDate parse(String value) {
    Matcher m = FORM.matcher(value.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + value + "' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)");
    }
    String day = m.group(1) + twoDigits(m.group(2)) + twoDigits(m.group(3));
    DatePrecision precision =
        m.group(3) != null
            ? DatePrecision.DAY
            : m.group(2) != null ? DatePrecision.MONTH : DatePrecision.YEAR;
    try {
      return new StatedDate(DatePeriod.parse(day).start(), precision);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'"
              + value
              + "' is not a valid date: "
              + e.getMessage().replaceFirst("^'[^']*' is not a valid date: ", ""),
          e);
    }
  }

  /** Sets this date on a release. */
  void applyTo(RawRelease.Builder release) {
    release.date(date, precision);
  }

  /** A "-M" or "-MM" part as "-MM" (sources may omit the leading zero; DatePeriod does not). */
  private static String twoDigits(String part) {
    if (part == null) {
      return "";
    }
    return part.length() == 2 ? "-0" + part.substring(1) : part;
  }
}
