package dev.communique.core.schema;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Marks every token as exact, for analysing quoted phrases at query time so that they match the
 * copies that {@link ExactCopyFilter} indexed.
 */
final class ExactMarkFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  ExactMarkFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    ExactCopyFilter.markExact(term);
    return true;
  }
}
