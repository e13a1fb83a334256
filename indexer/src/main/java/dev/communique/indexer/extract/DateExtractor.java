package dev.communique.indexer.extract;

import dev.communique.core.DatePrecision;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in text and file names: "Wednesday (29 November 2023)", "29 November 2023", "November
 * 29, 2023", "Nov. 29, 2023", ISO {@code 2023-11-29}, and in file names {@code 2023-11-29-slug} or
 * {@code 20231129}. Impossible dates (31 February) are passed over. Stateless and thread-safe.
 */
final class DateExtractor {

  /** A date found, with its precision. */
  record Found(LocalDate date, DatePrecision precision) {}

  /** A date found in a text, with where it starts and ends there. */
  record Located(Found found, int start, int end) {}

  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";

  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+|-)" + MONTH + ",?(?:\\s+|-)(\\d{4})\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * A numeric date with the day first, as outside the United States: "30.11.2022", "22/05/2014".
   * With slashes it counts only when the day cannot be a month (above 12), as "05/06/2014" may be
   * either; with dots, day first is the only use.
   */
  private static final Pattern NUMERIC =
      Pattern.compile("(?<![\\d./])(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})(?![\\d./])");

  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
  private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?!\\d)");

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2100;

  /** The earliest-placed valid date in the text. */
  Optional<Found> first(CharSequence text) {
    return firstLocated(text).map(Located::found);
  }

  /** The earliest-placed valid date in the text, with its place. */
  Optional<Located> firstLocated(CharSequence text) {
    Located best = null;
    int bestAt = Integer.MAX_VALUE;
    Matcher m = DAY_MONTH_YEAR.matcher(text);
    while (m.find() && m.start() < bestAt) {
      Optional<LocalDate> d = date(m.group(3), month(m.group(2)), m.group(1));
      if (d.isPresent()) {
        best = new Located(new Found(d.get(), DatePrecision.DAY), m.start(), m.end());
        bestAt = m.start();
        break;
      }
    }
    m = MONTH_DAY_YEAR.matcher(text);
    while (m.find() && m.start() < bestAt) {
      Optional<LocalDate> d = date(m.group(3), month(m.group(1)), m.group(2));
      if (d.isPresent()) {
        best = new Located(new Found(d.get(), DatePrecision.DAY), m.start(), m.end());
        bestAt = m.start();
        break;
      }
    }
    m = ISO.matcher(text);
    while (m.find() && m.start() < bestAt) {
      Optional<LocalDate> d = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
      if (d.isPresent()) {
        best = new Located(new Found(d.get(), DatePrecision.DAY), m.start(), m.end());
        bestAt = m.start();
        break;
      }
    }
    m = NUMERIC.matcher(text);
    while (m.find() && m.start() < bestAt) {
      int day = Integer.parseInt(m.group(1));
      if (m.group(2).equals("/") && day <= 12) {
        continue; // "05/06/2014": June 5th or May 6th
      }
      Optional<LocalDate> d = date(m.group(4), Integer.parseInt(m.group(3)), m.group(1));
      if (d.isPresent()) {
        best = new Located(new Found(d.get(), DatePrecision.DAY), m.start(), m.end());
        break;
      }
    }
    return Optional.ofNullable(best);
  }

  /** A date in a file name: {@code 2023-11-29-slug.md} or {@code 20231129.txt}. */
  Optional<Found> fromFileName(String name) {
    Matcher m = ISO.matcher(name);
    while (m.find()) {
      Optional<LocalDate> d = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
      if (d.isPresent()) {
        return Optional.of(new Found(d.get(), DatePrecision.DAY));
      }
    }
    m = COMPACT.matcher(name);
    while (m.find()) {
      Optional<LocalDate> d = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
      if (d.isPresent()) {
        return Optional.of(new Found(d.get(), DatePrecision.DAY));
      }
    }
    return Optional.empty();
  }

  private static int month(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(java.util.Locale.ROOT));
  }

  private static Optional<LocalDate> date(String year, int month, String day) {
    int y = Integer.parseInt(year);
    if (y < MIN_YEAR || y > MAX_YEAR) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(y, month, Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
