package dev.communique.indexer.format;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one definition of a transcript turn: a reporter's {@code Q}, or an upper-case label of up to
 * seven words and a colon, as in "MS. PSAKI:", "SECRETARY GENERAL STOLTENBERG (via phone):" or
 * "**THE PRESIDENT**:". Readers use it to keep turns apart; speaker extraction reads the labels.
 * Stateless and thread-safe.
 */
public final class TranscriptLabel {

  private static final Pattern LABEL =
      Pattern.compile(
          "^[ \\t\\u00A0*_>]*(\\p{Lu}[\\p{Lu}.'’\\-]*(?:[ \\u00A0]+\\p{Lu}[\\p{Lu}.'’\\-]*){0,6})"
              + "(?:[ \\u00A0]*\\([^)\\n]{1,40}\\))?[*_]*:[*_]*(?=[ \\t\\u00A0]|$)",
          Pattern.MULTILINE);

  private static final Pattern QUESTION =
      Pattern.compile("^[ \\t\\u00A0*_>]*Q(?:[*_.:]*)(?=\\s|$)");

  private TranscriptLabel() {}

  /** A matcher over every label in {@code text}, one per line start; group 1 is the label. */
  public static Matcher labels(CharSequence text) {
    return LABEL.matcher(text);
  }

  /** Whether {@code line} starts a turn: a label, or a reporter's question ({@code Q}). */
  public static boolean startsTurn(CharSequence line) {
    return isQuestion(line) || LABEL.matcher(line).lookingAt();
  }

  /** Whether {@code line} starts a reporter's question ({@code Q}, {@code Q:}, {@code **Q**}). */
  public static boolean isQuestion(CharSequence line) {
    return QUESTION.matcher(line).lookingAt();
  }
}
