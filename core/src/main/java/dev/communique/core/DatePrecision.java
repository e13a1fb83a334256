package dev.communique.core;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How much of a communiqué's date is known. A year-only date (as in the UN General Debate corpus)
 * is kept as {@link #YEAR}: it is never shown or filtered as a fake first of January.
 *
 * <p>Immutable and thread-safe.
 */
public enum DatePrecision {
  /** The exact day is known. */
  DAY("yyyy-MM-dd"),
  /** Only the year and month are known. */
  MONTH("yyyy-MM"),
  /** Only the year is known. */
  YEAR("yyyy");

  private final DateTimeFormatter format;

  DatePrecision(String pattern) {
    this.format = DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
  }

  /**
   * Renders {@code date} to this precision: {@code 2023-11-29}, {@code 2023-11} or {@code 2023}.
   */
  public String format(LocalDate date) {
    return format.format(date);
  }

  /** The first day of the period that {@code date} falls in at this precision. */
  public LocalDate periodStart(LocalDate date) {
    return switch (this) {
      case DAY -> date;
      case MONTH -> date.withDayOfMonth(1);
      case YEAR -> date.withDayOfYear(1);
    };
  }

  /** The last day of the period that {@code date} falls in at this precision. */
  public LocalDate periodEnd(LocalDate date) {
    return switch (this) {
      case DAY -> date;
      case MONTH -> date.withDayOfMonth(date.lengthOfMonth());
      case YEAR -> date.withDayOfYear(date.lengthOfYear());
    };
  }

  /** The lower-case name stored in the index and written in JSON: {@code day}, {@code month}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a lower- or upper-case name such as {@code "day"}. */
  public static DatePrecision parse(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }
}
