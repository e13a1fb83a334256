package dev.communique.indexer.format;

import java.util.List;

/**
 * Finds where a plain-text release's text ends: at its first end marker ("###", "-30-", "- END -",
 * "ENDS"), or at a closing contact block ("Media contact: …", "Notes to editors"), whichever comes
 * first; what follows is not the release. Stateless and thread-safe.
 */
final class ReleaseEnd {

  private ReleaseEnd() {}

  /**
   * The number of leading blocks of the body that belong to the release; a block that opens with an
   * end marker or a contact label, and every block after it, do not. An end marker inside a block
   * cuts the block there, in place.
   */
  static int bodyBlocks(List<List<String>> blocks, PlainTextRules rules) {
    for (int b = 0; b < blocks.size(); b++) {
      List<String> block = blocks.get(b);
      for (int i = 0; i < block.size(); i++) {
        String line = block.get(i);
        if (rules.isEndMarker(line) || (b > 0 && i == 0 && rules.opensContactBlock(line))) {
          if (i == 0) {
            return b;
          }
          blocks.set(b, List.copyOf(block.subList(0, i)));
          return b + 1;
        }
      }
    }
    return blocks.size();
  }
}
