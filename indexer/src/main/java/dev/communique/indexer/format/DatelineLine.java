package dev.communique.indexer.format;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a line that is only a dateline: a date, perhaps after a place and perhaps in
 * parentheses or between dashes ("KABUL, Afghanistan (Sept. 20, 2011)", "GENEVA — March 3, 2024 —",
 * "20 September 2011", "15-Mar-2019", "2011-09-20", "30.11.2022", "22/05/2014"). Month names come
 * from {@link Month}, in full and abbreviated, with "Sept." besides. The metadata extractor reads
 * the date itself; this only tells a dateline from a title. Stateless and thread-safe.
 */
final class DatelineLine {
  private static final Pattern DATE = Pattern.compile(datePattern(), Pattern.CASE_INSENSITIVE);

  /** At most this many words of place before the date. */
  private static final int MAX_PLACE_WORDS = 5;

  private DatelineLine() {}

  private static String datePattern() {
    List<String> names = new ArrayList<>();
    for (Month month : Month.values()) {
      names.add(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    }
    names.add("Sept");
    for (Month month : Month.values()) {
      names.add(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
    }
    String month = "(?:" + String.join("|", names) + ")\\.?";
    String day = "\\d{1,2}(?:st|nd|rd|th)?";
    return "(?:(?:[A-Z][a-z]+day,?\\s+)?(?:"
        + month
        + "\\s+"
        + day
        + ",?\\s+\\d{4}|"
        + day
        + "(?:\\s+|-)"
        + month
        + ",?(?:\\s+|-)\\d{4}|\\d{4}-\\d{2}-\\d{2}|(?<![\\d./])\\d{1,2}([./])\\d{1,2}\\1\\d{4}(?![\\d./])))";
  }

  /** The first date in the text in one of the dateline forms, or {@code null}. */
  static String dateIn(String text) {
    Matcher m = DATE.matcher(text);
    return m.find() ? m.group() : null;
  }

  /** Whether the text holds a date in one of the dateline forms. */
  static boolean containsDate(String text) {
    return DATE.matcher(text).find();
  }

  /**
   * Whether the line is a dateline alone: a date, with at most a short place before it, and nothing
   * after it but closing punctuation or a dash.
   */
  static boolean isDatelineOnly(String line) {
    Matcher m = DATE.matcher(line);
    if (!m.find()) {
      return false;
    }
    String before = line.substring(0, m.start()).replaceAll("[(\\[,\\-\\u2010-\\u2015:]", " ");
    String after = line.substring(m.end());
    return before.isBlank() || words(before) <= MAX_PLACE_WORDS && startsUpper(before)
        ? after.matches("[\\s)\\].,:\\-\\u2010-\\u2015]*")
        : false;
  }

  private static int words(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
  }

  private static boolean startsUpper(String text) {
    String stripped = text.strip();
    return !stripped.isEmpty() && Character.isUpperCase(stripped.charAt(0));
  }
}
