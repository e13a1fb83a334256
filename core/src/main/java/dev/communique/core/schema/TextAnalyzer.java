package dev.communique.core.schema;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.core.StopFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The English analysis chains of the text fields: standard tokenizer, English possessives, lower
 * case, ASCII folding, then per {@link Mode} stop words and the Porter stemmer, exact marking, or
 * both stacked. Thread-safe, like every Lucene analyzer.
 */
final class TextAnalyzer extends Analyzer {

  /** Which token streams the analyzer emits. */
  enum Mode {
    /** Exact copies and stems stacked at the same positions: what the index holds. */
    INDEX,
    /** Stems without stop words: unquoted query terms. */
    STEMMED,
    /** Exact copies with stop words kept: quoted phrases. */
    EXACT,
    /** Lower-cased, folded tokens with nothing removed or marked: names and organisations. */
    NAME
  }

  private final Mode mode;

  TextAnalyzer(Mode mode) {
    this.mode = mode;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new StandardTokenizer();
    TokenStream stream = tokenizer;
    if (mode != Mode.NAME) {
      stream = new EnglishPossessiveFilter(stream);
    }
    stream = new LowerCaseFilter(stream);
    stream = new ASCIIFoldingFilter(stream);
    switch (mode) {
      case INDEX -> {
        stream = new ExactCopyFilter(stream);
        stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        stream = new PorterStemFilter(stream);
      }
      case STEMMED -> {
        stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        stream = new PorterStemFilter(stream);
      }
      case EXACT -> stream = new ExactMarkFilter(stream);
      case NAME -> {}
    }
    return new TokenStreamComponents(tokenizer, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    // Keeps a phrase from matching across two values of a multi-valued field.
    return 100;
  }
}
