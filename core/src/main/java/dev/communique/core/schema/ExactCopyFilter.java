package dev.communique.core.schema;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Emits each token twice at the same position: first an exact copy marked with {@link
 * CommuniqueSchema#EXACT_MARK} and flagged as a keyword (so later stemming and stop filters leave
 * it alone), then the token itself for the stemmed stream. Phrase and exact-name queries then match
 * the exact copies while plain terms match the stems, all in one field with one set of offsets,
 * which keeps highlighting exact.
 */
final class ExactCopyFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute positionIncrement =
      addAttribute(PositionIncrementAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private State pending;

  ExactCopyFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending != null) {
      restoreState(pending);
      pending = null;
      positionIncrement.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    pending = captureState();
    markExact(term);
    keyword.setKeyword(true);
    return true;
  }

  /** Prefixes the term in place with the exact mark. */
  static void markExact(CharTermAttribute term) {
    int length = term.length();
    char[] buffer = term.resizeBuffer(length + 1);
    System.arraycopy(buffer, 0, buffer, 1, length);
    buffer[0] = CommuniqueSchema.EXACT_MARK;
    term.setLength(length + 1);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
  }
}
