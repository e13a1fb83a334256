package dev.communique.core.search;

import java.util.Locale;

/** The order of keyword-in-context lines. */
public enum KwicSort {
  /** Oldest first, undated last; then by id, then by position in the text. */
  DATE,
  /**
   * By the words to the left of the keyword read leftwards, nearest word first, ignoring case and
   * punctuation; ties in date order.
   */
  LEFT,
  /**
   * By the words to the right of the keyword, nearest word first, ignoring case and punctuation;
   * ties in date order.
   */
  RIGHT,
  /** By id, then by position in the text. */
  DOC;

  /**
   * The order named {@code date}, {@code left}, {@code right} or {@code doc}, in any case.
   *
   * @throws IllegalArgumentException naming the value and the choices
   */
  public static KwicSort parse(String name) {
    return switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "date" -> DATE;
      case "left" -> LEFT;
      case "right" -> RIGHT;
      case "doc", "id" -> DOC;
      default ->
          throw new IllegalArgumentException(
              "unknown order '" + name + "' (expected date, left, right or doc)");
    };
  }
}
