package dev.communique.core;

import java.util.Locale;

/**
 * Where a communiqué's date came from, so that researchers can judge how far to trust it.
 *
 * <p>Immutable and thread-safe.
 */
public enum DateSource {
  /** A structured field of the source: front matter, a JSON field, a manifest column. */
  METADATA,
  /** A dateline at the head of the text, such as "Brussels, 29 November 2023". */
  DATELINE,
  /** A date found later in the prose. */
  PROSE,
  /** A date in the file name, such as {@code 2023-11-29-slug.md}. */
  FILE_NAME,
  /** No date was found. */
  NONE;

  /** The lower-case name used in JSON output and the index, e.g. {@code "file_name"}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a {@link #label()}. */
  public static DateSource parse(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT));
  }
}
