package dev.communique.core.search;

import java.util.Locale;

/**
 * Cuts the context of a keyword out of a text: whole words on each side, with white space
 * normalised. Characters glued to the keyword (such as a closing full stop or an opening
 * parenthesis) are kept and do not count as words. Stateless and thread-safe.
 */
final class KwicContext {

  private KwicContext() {}

  /** Up to {@code words} whole words before {@code start}, plus anything glued to the keyword. */
  static String left(String text, int start, int words) {
    int from = start;
    while (from > 0 && !isSpace(text.charAt(from - 1))) {
      from--;
    }
    for (int counted = 0; counted < words; counted++) {
      int i = from;
      while (i > 0 && isSpace(text.charAt(i - 1))) {
        i--;
      }
      if (i == 0) {
        break;
      }
      while (i > 0 && !isSpace(text.charAt(i - 1))) {
        i--;
      }
      from = i;
    }
    return normalise(text.substring(from, start));
  }

  /** Up to {@code words} whole words after {@code end}, plus anything glued to the keyword. */
  static String right(String text, int end, int words) {
    int to = end;
    int length = text.length();
    while (to < length && !isSpace(text.charAt(to))) {
      to++;
    }
    for (int counted = 0; counted < words; counted++) {
      int i = to;
      while (i < length && isSpace(text.charAt(i))) {
        i++;
      }
      if (i == length) {
        break;
      }
      while (i < length && !isSpace(text.charAt(i))) {
        i++;
      }
      to = i;
    }
    return normalise(text.substring(end, to));
  }

  /** Runs of white space (newlines, non-breaking spaces) to one space, trimmed. */
  static String normalise(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A key that orders contexts word by word: lower case, punctuation dropped, words in the order
   * given (nearest first when {@code reversed} reads a left context leftwards).
   */
  static String sortKey(String context, boolean reversed) {
    String[] words = context.split(" ");
    StringBuilder key = new StringBuilder(context.length() + words.length);
    for (int w = 0; w < words.length; w++) {
      String word = words[reversed ? words.length - 1 - w : w];
      StringBuilder clean = new StringBuilder(word.length());
      word.codePoints().filter(Character::isLetterOrDigit).forEach(clean::appendCodePoint);
      if (clean.length() > 0) {
        key.append(clean.toString().toLowerCase(Locale.ROOT)).append('\u0001');
      }
    }
    return key.toString();
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
