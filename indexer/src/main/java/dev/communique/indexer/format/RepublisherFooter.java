package dev.communique.indexer.format;

import java.util.List;
import java.util.Locale;

/**
 * Removes a republisher's footer ("/Public Release. This material from the originating
 * organization…") from the end of a release body. Stateless and thread-safe.
 */
public final class RepublisherFooter {

  private static final List<String> MARKERS =
      List.of(
          "/public release.",
          "this material from the originating organization",
          "view in full here");

  private RepublisherFooter() {}

  /** The body without its footer paragraph and anything after it; unchanged if it has none. */
  public static String strip(String body) {
    String lower = body.toLowerCase(Locale.ROOT);
    int cut = -1;
    for (String marker : MARKERS) {
      int at = lower.lastIndexOf(marker);
      if (at >= 0 && at > body.length() / 3 && (cut < 0 || at < cut)) {
        cut = at;
      }
    }
    if (cut < 0) {
      return body;
    }
    int paragraph = body.lastIndexOf("\n\n", cut);
    int lineStart = body.lastIndexOf('\n', cut);
    int from = paragraph >= 0 && cut - paragraph < 400 ? paragraph : Math.max(lineStart, 0);
    return body.substring(0, from).strip();
  }

  /** Whether the body carries a republisher footer. */
  public static boolean present(String body) {
    return strip(body).length() != body.strip().length();
  }
}
