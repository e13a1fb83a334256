package dev.communique.indexer.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins the lines of a hard-wrapped paragraph back into sentences. Within a block, a line that ends
 * a sentence and stops well short of the block's width ends a paragraph, and a list item starts
 * one; every other line break is a wrap and becomes a space. Stateless and thread-safe.
 */
final class ParagraphUnwrapper {
  private static final Pattern LIST_ITEM = Pattern.compile("(?:[-*\\u2022]|\\d{1,2}[.)])\\s+\\S.*");

  /** A line shorter than this share of the block's longest line, ending a sentence, ends it. */
  private static final double SHORT_LINE = 0.7;

  private ParagraphUnwrapper() {}

  /** The block's paragraphs, each on one line. */
  static List<String> paragraphs(List<String> block) {
    List<String> out = new ArrayList<>();
    int width = 0;
    for (String line : block) {
      width = Math.max(width, line.length());
    }
    StringBuilder current = new StringBuilder();
    String previous = null;
    for (String line : block) {
      boolean breakBefore =
          previous != null
              && (LIST_ITEM.matcher(line).matches()
                  || endsSentence(previous) && previous.length() < width * SHORT_LINE);
      if (breakBefore && current.length() > 0) {
        out.add(current.toString());
        current.setLength(0);
      }
      if (current.length() > 0) {
        if (current.charAt(current.length() - 1) == '-'
            && current.length() > 1
            && Character.isLetter(current.charAt(current.length() - 2))
            && !line.isEmpty()
            && Character.isLowerCase(line.charAt(0))) {
          current.append(line); // a word hyphenated across the wrap, such as "co-" "operation"
        } else {
          current.append(' ').append(line);
        }
      } else {
        current.append(line);
      }
      previous = line;
    }
    if (current.length() > 0) {
      out.add(current.toString());
    }
    return out;
  }

  private static boolean endsSentence(String line) {
    char last = line.charAt(line.length() - 1);
    return ".!?:\"\u201D".indexOf(last) >= 0;
  }
}
