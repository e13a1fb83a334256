package dev.communique.solr.plugin;

/**
 * The text form of a range of epoch days, {@code first..last}, in which the client sends {@link
 * dev.communique.core.schema.CommuniqueSchema#DATE_RANGE} and {@link EpochDayRangeField} reads it.
 * Free of Solr classes, so that the client can use it without Solr's server jars. Stateless.
 */
public final class DayRange {

  private DayRange() {}

  /** The text form of a range. */
  public static String format(long firstDay, long lastDay) {
    return firstDay + ".." + lastDay;
  }

  /**
   * The first and last day of a range in text form.
   *
   * @throws IllegalArgumentException if the text is not {@code first..last} with whole numbers
   */
  static long[] parse(String text) {
    int dots = text.indexOf("..");
    if (dots < 0) {
      throw new IllegalArgumentException("expected first..last epoch days, got '" + text + "'");
    }
    try {
      return new long[] {
        Long.parseLong(text.substring(0, dots).trim()),
        Long.parseLong(text.substring(dots + 2).trim())
      };
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected first..last epoch days, got '" + text + "'", e);
    }
  }
}
