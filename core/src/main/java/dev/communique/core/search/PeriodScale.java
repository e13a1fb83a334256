package dev.communique.core.search;

import java.time.LocalDate;

/**
 * Maps dates to the periods of a trend and back: each period has an integer key, and keys follow
 * time order. In months, a year's communiqués dated to the year only get a key of their own, just
 * after that year's December. Thread-safe.
 */
enum PeriodScale {
  YEAR {
    @Override
    int key(LocalDate date, boolean yearOnly) {
      return date.getYear();
    }

    @Override
    boolean yearOnly(int key) {
      return false;
    }

    @Override
    LocalDate start(int key) {
      return LocalDate.of(key, 1, 1);
    }

    @Override
    String label(int key) {
      return Integer.toString(key);
    }

    @Override
    int year(int key) {
      return key;
    }
  },
  MONTH {
    @Override
    int key(LocalDate date, boolean yearOnly) {
      return date.getYear() * SLOTS + (yearOnly ? YEAR_ONLY : date.getMonthValue() - 1);
    }

    @Override
    boolean yearOnly(int key) {
      return Math.floorMod(key, SLOTS) == YEAR_ONLY;
    }

    @Override
    LocalDate start(int key) {
      int slot = Math.floorMod(key, SLOTS);
      return LocalDate.of(year(key), slot == YEAR_ONLY ? 1 : slot + 1, 1);
    }

    @Override
    String label(int key) {
      if (yearOnly(key)) {
        return year(key) + " (year only)";
      }
      return String.format(java.util.Locale.ROOT, "%d-%02d", year(key), start(key).getMonthValue());
    }

    @Override
    int year(int key) {
      return Math.floorDiv(key, SLOTS);
    }
  };

  /** Month keys: twelve months and the year-only slot per year. */
  private static final int SLOTS = 13;

  private static final int YEAR_ONLY = 12;

  /** The scale for a trend's period field. */
  static PeriodScale of(FacetField by) {
    return switch (by) {
      case YEAR -> YEAR;
      case MONTH -> MONTH;
      default -> throw new IllegalArgumentException("not a period: " + by.label());
    };
  }

  /** The key of the period {@code date} falls in; {@code yearOnly} if it is known to the year. */
  abstract int key(LocalDate date, boolean yearOnly);

  /** Whether the key is a year-only slot (months only). */
  abstract boolean yearOnly(int key);

  /** The first day of the period. */
  abstract LocalDate start(int key);

  /** The period's label: {@code 2023}, {@code 2023-04} or {@code 2023 (year only)}. */
  abstract String label(int key);

  /** The year the period is in. */
  abstract int year(int key);
}
