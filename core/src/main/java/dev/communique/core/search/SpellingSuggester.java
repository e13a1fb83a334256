package dev.communique.core.search;

import dev.communique.core.schema.CommuniqueSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": corrects the words of a query that the index does not have, from the index's own
 * exact (unstemmed) words, preferring close and frequent ones. Operators, field names, non-text
 * fields, wildcards, fuzzy terms and ranges are left as written. Also finds ids close to a mistyped
 * one. Thread-safe: it holds only an analyzer and read-only settings.
 */
final class SpellingSuggester {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "TO");
  private static final Set<String> TEXT_FIELD_NAMES = Set.of("title", "body", "text");

  /** The shortest exact term (its marker included) that is corrected. */
  static final int MIN_TERM_LENGTH = 5;

  private final Analyzer exact = CommuniqueSchema.phraseAnalyzer();

  /** The embedded index's answers about words: its reader's frequencies and spell checker. */
  static SpellingLookup lookup(IndexReader reader) {
    return new ReaderLookup(reader);
  }

  /**
   * The query with its unknown words corrected, asking {@code lookup} about each word, or empty if
   * no word needs or has a correction. Words of a synonym group are never corrected: they may be
   * known by another name.
   */
  String suggest(SpellingLookup lookup, String query, QueryVocabulary vocabulary)
      throws IOException {
    StringBuilder corrected = new StringBuilder();
    int copied = 0;
    boolean changed = false;
    Matcher m = WORD.matcher(query);
    while (m.find()) {
      String word = m.group().replaceAll("[.’'-]+$", "");
      int start = m.start();
      int end = start + word.length();
      if (!correctable(query, word, start, end) || vocabulary.synonymsOf(word).isPresent()) {
        continue;
      }
      String term = exactTerm(word);
      if (term == null || lookup.indexed(term)) {
        continue;
      }
      Optional<String> found = lookup.closest(term);
      if (found.isEmpty()) {
        continue;
      }
      corrected.append(query, copied, start).append(sameCase(word, found.get().substring(1)));
      copied = end;
      changed = true;
    }
    if (!changed) {
      return "";
    }
    return corrected.append(query.substring(copied)).toString();
  }

  /** The embedded index's answers: its reader's document frequencies and spell checker. */
  private static final class ReaderLookup implements SpellingLookup {
    private final IndexReader reader;
    private final DirectSpellChecker checker = new DirectSpellChecker();

    ReaderLookup(IndexReader reader) {
      this.reader = reader;
      checker.setMinQueryLength(MIN_TERM_LENGTH);
    }

    @Override
    public boolean indexed(String exactTerm) throws IOException {
      return reader.docFreq(new Term(CommuniqueSchema.BODY, exactTerm)) > 0
          || reader.docFreq(new Term(CommuniqueSchema.TITLE, exactTerm)) > 0;
    }

    @Override
    public Optional<String> closest(String exactTerm) throws IOException {
      SuggestWord[] found =
          checker.suggestSimilar(
              new Term(CommuniqueSchema.BODY, exactTerm),
              1,
              reader,
              SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      return found.length == 0 ? Optional.empty() : Optional.of(found[0].string);
    }
  }

  /**
   * Ids in the index close to {@code id} (within two edits), closest first, else ids that start
   * with it; at most {@code max}.
   */
  List<String> similarIds(IndexReader reader, String id, int max) throws IOException {
    DirectSpellChecker checker = new DirectSpellChecker();
    checker.setLowerCaseTerms(false);
    checker.setMinPrefix(0);
    checker.setMinQueryLength(1);
    checker.setAccuracy(0.1f);
    List<String> ids = new ArrayList<>();
    for (SuggestWord word :
        checker.suggestSimilar(
            new Term(CommuniqueSchema.ID, id), max, reader, SuggestMode.SUGGEST_ALWAYS)) {
      ids.add(word.string);
    }
    if (ids.isEmpty() && !id.isEmpty()) {
      org.apache.lucene.index.Terms terms =
          org.apache.lucene.index.MultiTerms.getTerms(reader, CommuniqueSchema.ID);
      if (terms != null) {
        org.apache.lucene.index.TermsEnum all = terms.iterator();
        if (all.seekCeil(new org.apache.lucene.util.BytesRef(id))
            != org.apache.lucene.index.TermsEnum.SeekStatus.END) {
          do {
            String candidate = all.term().utf8ToString();
            if (!candidate.startsWith(id)) {
              break;
            }
            ids.add(candidate);
          } while (ids.size() < max && all.next() != null);
        }
      }
    }
    return ids;
  }

  private static boolean correctable(String query, String word, int start, int end) {
    if (word.length() < 4
        || OPERATORS.contains(word)
        || word.chars().allMatch(Character::isDigit)) {
      return false;
    }
    if (insideRange(query, start)) {
      return false;
    }
    char after = end < query.length() ? query.charAt(end) : ' ';
    char before = start > 0 ? query.charAt(start - 1) : ' ';
    if (after == ':'
        || after == '*'
        || after == '?'
        || after == '~'
        || before == '*'
        || before == '?'
        || before == '\\') {
      return false;
    }
    String field = fieldOf(query, start);
    return field == null || TEXT_FIELD_NAMES.contains(field.toLowerCase(Locale.ROOT));
  }

  /** The field a word at {@code start} is searched in, as written, or {@code null} if none. */
  private static String fieldOf(String query, int start) {
    int anchor = start;
    int quote = openQuoteBefore(query, start);
    if (quote >= 0) {
      anchor = quote;
    }
    if (anchor == 0 || query.charAt(anchor - 1) != ':') {
      return null;
    }
    int nameEnd = anchor - 1;
    int nameStart = nameEnd;
    while (nameStart > 0 && Character.isLetterOrDigit(query.charAt(nameStart - 1))
        || nameStart > 0 && query.charAt(nameStart - 1) == '_') {
      nameStart--;
    }
    return query.substring(nameStart, nameEnd);
  }

  private static int openQuoteBefore(String query, int position) {
    int open = -1;
    for (int i = 0; i < position; i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        open = open < 0 ? i : -1;
      }
    }
    return open;
  }

  private static boolean insideRange(String query, int position) {
    int depth = 0;
    for (int i = 0; i < position; i++) {
      char c = query.charAt(i);
      if (c == '[' || c == '{') {
        depth++;
      } else if ((c == ']' || c == '}') && depth > 0) {
        depth--;
      }
    }
    return depth > 0;
  }

  /** The word's one exact-copy term, or {@code null} if it analyses to none or several. */
  private String exactTerm(String word) throws IOException {
    String term = null;
    try (TokenStream tokens = exact.tokenStream(CommuniqueSchema.BODY, word)) {
      CharTermAttribute text = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        if (term != null) {
          return null;
        }
        term = text.toString();
      }
      tokens.end();
    }
    return term;
  }

  private static String sameCase(String original, String suggestion) {
    if (original.length() > 1 && original.equals(original.toUpperCase(Locale.ROOT))) {
      return suggestion.toUpperCase(Locale.ROOT);
    }
    if (Character.isUpperCase(original.charAt(0))) {
      return Character.toUpperCase(suggestion.charAt(0)) + suggestion.substring(1);
    }
    return suggestion;
  }
}
