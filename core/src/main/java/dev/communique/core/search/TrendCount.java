package dev.communique.core.search;

import java.util.Locale;

/** What a trend counts in each period: matching communiqués, or matches of the query in bodies. */
public enum TrendCount {
  /** Communiqués that match the query. */
  DOCUMENTS,
  /** Every match of the query in the bodies of the communiqués that match it (a phrase is one). */
  OCCURRENCES;

  /** The lower-case name used on the command line and in JSON, such as {@code documents}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The measure named {@code documents} (or {@code docs}) or {@code occurrences}, in any case.
   *
   * @throws IllegalArgumentException naming the value and the choices
   */
  public static TrendCount parse(String name) {
    return switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "documents", "document", "docs" -> DOCUMENTS;
      case "occurrences", "occurrence", "matches" -> OCCURRENCES;
      default ->
          throw new IllegalArgumentException(
              "unknown count '" + name + "' (expected documents or occurrences)");
    };
  }
}
