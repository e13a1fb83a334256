package dev.communique.cli;

/**
 * Neutralises spreadsheet formula injection in CSV cells: a text cell that begins with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return would be run as a formula by
 * spreadsheet programs, so it gets a leading apostrophe, which they show as text. Numbers are left
 * alone. Stateless.
 */
final class SpreadsheetSafe {
  private SpreadsheetSafe() {}

  /** The text as a cell no spreadsheet runs as a formula. */
  static String cell(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    return switch (first) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
      default -> text;
    };
  }
}
