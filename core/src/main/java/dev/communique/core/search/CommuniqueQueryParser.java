package dev.communique.core.search;

import dev.communique.core.schema.CommuniqueSchema;
import dev.communique.core.schema.TurnFields;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Lucene's classic query syntax over the communiqué schema: unfielded terms search title (boosted)
 * and body; quoted phrases match the exact, unstemmed copies; wildcards and fuzzy terms too; field
 * aliases map to schema fields, and {@code date:} takes days, months, years and ranges of them. A
 * {@link QueryVocabulary} expands a word or quoted phrase of a synonym group to any member of the
 * group, and a speaker alias to its canonical name as well. Errors carry a hint. Not thread-safe:
 * make one per query.
 */
final class CommuniqueQueryParser extends MultiFieldQueryParser {

  private static final Pattern LINE_COLUMN = Pattern.compile("line (\\d+), column (\\d+)");

  private final String query;
  private final Analyzer phraseAnalyzer;
  private final QueryVocabulary vocabulary;
  private final boolean turns;

  CommuniqueQueryParser(String query, Analyzer queryAnalyzer, Analyzer phraseAnalyzer) {
    this(query, queryAnalyzer, phraseAnalyzer, QueryVocabulary.empty());
  }

  CommuniqueQueryParser(
      String query, Analyzer queryAnalyzer, Analyzer phraseAnalyzer, QueryVocabulary vocabulary) {
    this(query, queryAnalyzer, phraseAnalyzer, vocabulary, false);
  }

  /**
   * A parser whose words match the text of turns instead of title and body when {@code turns} is
   * set: unfielded words, {@code title:}, {@code body:} and {@code text:} all search {@link
   * TurnFields#TEXT}.
   */
  CommuniqueQueryParser(
      String query,
      Analyzer queryAnalyzer,
      Analyzer phraseAnalyzer,
      QueryVocabulary vocabulary,
      boolean turns) {
    super(
        turns
            ? new String[] {TurnFields.TEXT}
            : CommuniqueSchema.DEFAULT_FIELDS.keySet().stream().sorted().toArray(String[]::new),
        queryAnalyzer,
        turns ? java.util.Map.of(TurnFields.TEXT, 1f) : CommuniqueSchema.DEFAULT_FIELDS);
    this.turns = turns;
    this.query = query;
    this.phraseAnalyzer = phraseAnalyzer;
    this.vocabulary = vocabulary;
    setDefaultOperator(OR_OPERATOR);
    setSplitOnWhitespace(true);
  }

  /** Parses the query given at construction; blank or {@code *} matches every communiqué. */
  Query parse() {
    String trimmed = query.strip();
    if (trimmed.isEmpty() || trimmed.equals("*") || trimmed.equals("*:*")) {
      return new MatchAllDocsQuery();
    }
    try {
      Query parsed = parse(query);
      return parsed == null ? new MatchAllDocsQuery() : parsed;
    } catch (ParseException e) {
      throw translate(e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidQueryException(
          query,
          -1,
          "the query expands to too many terms",
          "make wildcard and fuzzy terms more specific (more letters before the '*')");
    } catch (InvalidQueryException e) {
      throw e;
    } catch (org.apache.lucene.util.automaton.TooComplexToDeterminizeException e) {
      throw new InvalidQueryException(
          query,
          -1,
          "a wildcard or regular expression is too complex to run",
          "simplify the /regular expression/ or the wildcard pattern");
    } catch (RuntimeException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new InvalidQueryException(
          query, -1, message.lines().findFirst().orElse(message).strip());
    } catch (StackOverflowError e) {
      throw new InvalidQueryException(query, -1, "the query is nested too deeply");
    }
  }

  @Override
  protected Query newFieldQuery(Analyzer analyzer, String field, String queryText, boolean quoted)
      throws ParseException {
    boolean exact = quoted && CommuniqueSchema.TEXT_FIELDS.contains(field);
    return super.newFieldQuery(exact ? phraseAnalyzer : analyzer, field, queryText, quoted);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted)
      throws ParseException {
    if (field == null) {
      Optional<List<String>> group = vocabulary.synonymsOf(queryText);
      return group.isPresent()
          ? synonymQuery(null, group.get(), quoted)
          : super.getFieldQuery(null, queryText, quoted);
    }
    String resolved = resolve(field);
    Query keyword = keywordQuery(field, resolved, queryText);
    if (keyword != null) {
      return keyword;
    }
    if (CommuniqueSchema.TEXT_FIELDS.contains(resolved)) {
      Optional<List<String>> group = vocabulary.synonymsOf(queryText);
      if (group.isPresent()) {
        return synonymQuery(resolved, group.get(), quoted);
      }
    }
    if (resolved.equals(CommuniqueSchema.SPEAKER_TEXT)) {
      return speakerQuery(queryText, quoted);
    }
    return super.getFieldQuery(resolved, queryText, quoted);
  }

  /**
   * Any member of a synonym group: single words as the user wrote them (stemmed unless quoted),
   * several words (also joined by hyphens, as in COVID-19) as an exact phrase, so that a member
   * never matches by its parts and a highlighted phrase is one match.
   */
  private Query synonymQuery(String field, List<String> members, boolean quoted)
      throws ParseException {
    List<Query> distinct = new java.util.ArrayList<>();
    for (String member : members) {
      boolean phrase = quoted || words(field, member) > 1;
      Query q = super.getFieldQuery(field, member, phrase);
      if (q != null && !distinct.contains(q)) {
        distinct.add(q);
      }
    }
    if (distinct.size() <= 1) {
      return distinct.isEmpty() ? null : distinct.get(0);
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    distinct.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
    return any.build();
  }

  /** How many words the exact analysis finds in a text (stop words count). */
  private int words(String field, String text) {
    int count = 0;
    try (org.apache.lucene.analysis.TokenStream tokens = phraseAnalyzer.tokenStream(field, text)) {
      org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute increments =
          tokens.addAttribute(
              org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        count += increments.getPositionIncrement() > 0 ? 1 : 0;
      }
      tokens.end();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return count;
  }

  /** A speaker name, and also the canonical name it is an alias of. */
  private Query speakerQuery(String name, boolean quoted) throws ParseException {
    Query given = super.getFieldQuery(CommuniqueSchema.SPEAKER_TEXT, name, quoted);
    Optional<String> canonical = vocabulary.canonicalSpeaker(name);
    if (canonical.isEmpty() || canonical.get().equalsIgnoreCase(name.strip())) {
      return given;
    }
    Query known = super.getFieldQuery(CommuniqueSchema.SPEAKER_TEXT, canonical.get(), true);
    if (given == null) {
      return known;
    }
    return new BooleanQuery.Builder()
        .add(given, BooleanClause.Occur.SHOULD)
        .add(known, BooleanClause.Occur.SHOULD)
        .build();
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    Optional<List<String>> group = slop == 0 ? vocabulary.synonymsOf(queryText) : Optional.empty();
    if (field == null) {
      return group.isPresent()
          ? synonymQuery(null, group.get(), true)
          : super.getFieldQuery(null, queryText, slop);
    }
    String resolved = resolve(field);
    Query keyword = keywordQuery(field, resolved, queryText);
    if (keyword != null) {
      return keyword;
    }
    if (group.isPresent() && CommuniqueSchema.TEXT_FIELDS.contains(resolved)) {
      return synonymQuery(resolved, group.get(), true);
    }
    if (slop == 0 && resolved.equals(CommuniqueSchema.SPEAKER_TEXT)) {
      return speakerQuery(queryText, true);
    }
    return super.getFieldQuery(resolved, queryText, slop);
  }

  private Query keywordQuery(String given, String field, String text) {
    return switch (field) {
      case CommuniqueSchema.DATE -> dateQuery(given, text, text, true, true);
      case CommuniqueSchema.TOPIC, CommuniqueSchema.TYPE ->
          new TermQuery(new Term(field, CommuniqueSchema.keyword(text)));
      case CommuniqueSchema.ID, CommuniqueSchema.SOURCE, CommuniqueSchema.PATH ->
          new TermQuery(new Term(field, text));
      default -> null;
    };
  }

  @Override
  protected Query getRangeQuery(
      String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    if (field == null) {
      return super.getRangeQuery(null, part1, part2, startInclusive, endInclusive);
    }
    String resolved = resolve(field);
    if (resolved.equals(CommuniqueSchema.DATE)) {
      return dateQuery(field, part1, part2, startInclusive, endInclusive);
    }
    return super.getRangeQuery(resolved, part1, part2, startInclusive, endInclusive);
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    return field == null
        ? super.getPrefixQuery(null, termStr)
        : super.getPrefixQuery(resolve(field), exactForm(resolve(field), termStr));
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    if (field == null || "*".equals(field)) {
      return super.getWildcardQuery(field, termStr);
    }
    String resolved = resolve(field);
    if ("*".equals(termStr)) {
      return new FieldExistsQuery(
          CommuniqueSchema.EXISTENCE_FIELDS.getOrDefault(resolved, resolved));
    }
    return super.getWildcardQuery(resolved, exactForm(resolved, termStr));
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
      throws ParseException {
    return field == null
        ? super.getFuzzyQuery(null, termStr, minSimilarity)
        : super.getFuzzyQuery(resolve(field), exactForm(resolve(field), termStr), minSimilarity);
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    return field == null
        ? super.getRegexpQuery(null, termStr)
        : super.getRegexpQuery(resolve(field), exactForm(resolve(field), termStr));
  }

  /** Multi-term queries on text fields match the exact, unstemmed copies of words. */
  private String exactForm(String field, String term) {
    if (!getAllowLeadingWildcard() && (term.startsWith("*") || term.startsWith("?"))) {
      throw new InvalidQueryException(
          query,
          positionOf(term),
          "a term may not start with '*' or '?' (leading wildcard)",
          "put the wildcard after a few letters, such as interop*, or search the whole word");
    }
    return CommuniqueSchema.TEXT_FIELDS.contains(field)
        ? CommuniqueSchema.exactTerm(term.toLowerCase(Locale.ROOT))
        : term;
  }

  private String resolve(String field) {
    if (turns && field.equals(TurnFields.TEXT)) {
      return field; // the default field of a turns parser, as the multi-field parser passes it
    }
    String resolved = CommuniqueSchema.QUERY_FIELDS.get(field.toLowerCase(Locale.ROOT));
    if (resolved == null) {
      throw new InvalidQueryException(
          query,
          positionOf(field + ":"),
          "unknown field '"
              + field
              + "' (fields: "
              + String.join(", ", CommuniqueSchema.QUERY_FIELD_NAMES)
              + ")",
          QueryHints.unknownField(field));
    }
    if (turns
        && (resolved.equals(CommuniqueSchema.BODY) || resolved.equals(CommuniqueSchema.TITLE))) {
      return TurnFields.TEXT;
    }
    return resolved;
  }

  private Query dateQuery(
      String field, String lower, String upper, boolean lowerInclusive, boolean upperInclusive) {
    long from = Long.MIN_VALUE;
    long to = Long.MAX_VALUE;
    if (!isOpen(lower)) {
      DatePeriod period = period(lower);
      from = (lowerInclusive ? period.start() : period.end().plusDays(1)).toEpochDay();
    }
    if (!isOpen(upper)) {
      DatePeriod period = period(upper);
      to = (upperInclusive ? period.end() : period.start().minusDays(1)).toEpochDay();
    }
    if (from > to) {
      throw new InvalidQueryException(
          query,
          positionOf(field + ":"),
          "the date range "
              + LocalDate.ofEpochDay(from)
              + " to "
              + LocalDate.ofEpochDay(to)
              + " is empty",
          "put the earlier date first, as in date:[2023-01 TO 2023-06]");
    }
    return LongRange.newIntersectsQuery(
        CommuniqueSchema.DATE_RANGE, new long[] {from}, new long[] {to});
  }

  private static boolean isOpen(String bound) {
    return bound == null || bound.equals("*");
  }

  private DatePeriod period(String text) {
    try {
      return DatePeriod.parse(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidQueryException(
          query, positionOf(text), e.getMessage(), QueryHints.DATE_FORMS);
    }
  }

  private int positionOf(String text) {
    return query.indexOf(text);
  }

  private InvalidQueryException translate(ParseException wrapper) {
    Throwable cause = wrapper.getCause();
    if (cause instanceof ParseException e && e.currentToken != null) {
      Token next = e.currentToken.next;
      int position = offset(next.beginColumn);
      if (next.kind == QueryParserConstants.EOF) {
        String problem = endProblem();
        return new InvalidQueryException(
            query, query.length(), problem, QueryHints.atEnd(query, problem));
      }
      return new InvalidQueryException(
          query, position, "unexpected '" + next.image + "'", QueryHints.unexpected(next.image));
    }
    if (cause instanceof TokenMgrError e) {
      Matcher m = LINE_COLUMN.matcher(String.valueOf(e.getMessage()));
      int position = m.find() ? offset(Integer.parseInt(m.group(2))) : -1;
      int openQuote = unclosedQuote();
      if (openQuote >= 0) {
        return new InvalidQueryException(
            query, openQuote, "a quoted phrase is not closed", "close the phrase with a second \"");
      }
      if (query.strip().endsWith("\\")) {
        return new InvalidQueryException(
            query,
            Math.min(position, query.length()),
            "the query ends with an escape character",
            "remove the trailing \\ or double it (\\\\) to search for a backslash");
      }
      return new InvalidQueryException(
          query,
          Math.min(position, query.length()),
          "unexpected character",
          "put the text in quotes or escape special characters with \\");
    }
    String message = String.valueOf(wrapper.getMessage());
    int colon = message.indexOf("': ");
    return new InvalidQueryException(
        query, -1, colon >= 0 ? message.substring(colon + 3) : message);
  }

  private String endProblem() {
    long open = query.chars().filter(c -> c == '(').count();
    long close = query.chars().filter(c -> c == ')').count();
    if (open > close) {
      return "a '(' is not closed";
    }
    if (query.contains("[") || query.contains("{")) {
      return "a range is not closed";
    }
    return "the query ends where a term was expected";
  }

  /** The offset of the quote that opens a phrase never closed, or -1 if quotes balance. */
  private int unclosedQuote() {
    int open = -1;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        open = open < 0 ? i : -1;
      }
    }
    return open;
  }

  /**
   * The 0-based offset of a token position. The classic parser reads through a {@code
   * FastCharStream}, whose "columns" are already 0-based offsets into the whole query.
   */
  private int offset(int column) {
    return Math.max(0, Math.min(column, query.length()));
  }
}
