package dev.communique.core.search;

import dev.communique.core.schema.CommuniqueSchema;
import dev.communique.core.schema.TurnFields;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a query string and a {@link SearchFilter} into a {@link CompiledQuery}: the one place that
 * knows how requests map onto the schema's fields, with the {@link QueryVocabulary}'s synonyms and
 * speaker aliases. Thread-safe: it holds only analyzers and the immutable vocabulary.
 */
final class QueryCompiler {

  private final Analyzer queryAnalyzer = CommuniqueSchema.queryAnalyzer();
  private final Analyzer phraseAnalyzer = CommuniqueSchema.phraseAnalyzer();
  private final QueryVocabulary vocabulary;

  QueryCompiler() {
    this(QueryVocabulary.empty());
  }

  QueryCompiler(QueryVocabulary vocabulary) {
    this.vocabulary = java.util.Objects.requireNonNull(vocabulary, "vocabulary");
  }

  /**
   * Parses the query and builds the filter.
   *
   * @throws InvalidQueryException if the query cannot be parsed
   * @throws IllegalArgumentException if a filter value has no searchable words
   */
  CompiledQuery compile(String query, SearchFilter filter) {
    return new CompiledQuery(parse(query), filter(filter));
  }

  /** Parses a query string alone. */
  Query parse(String query) {
    return new CommuniqueQueryParser(query, queryAnalyzer, phraseAnalyzer, vocabulary).parse();
  }

  /** The filter as one query, or {@code null} when it keeps everything. */
  Query filter(SearchFilter filter) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    int clauses = 0;
    QueryBuilder names = new QueryBuilder(queryAnalyzer);
    clauses += addAny(builder, filter.speakers(), v -> speaker(names, v));
    clauses +=
        addAny(
            builder,
            filter.organizations(),
            v -> phrase(names, CommuniqueSchema.ORGANIZATION_TEXT, v));
    clauses +=
        addAny(
            builder,
            filter.topics(),
            v -> new TermQuery(new Term(CommuniqueSchema.TOPIC, CommuniqueSchema.keyword(v))));
    clauses +=
        addAny(
            builder,
            filter.types(),
            v -> new TermQuery(new Term(CommuniqueSchema.TYPE, CommuniqueSchema.keyword(v))));
    if (filter.from() != null || filter.to() != null) {
      long from = filter.from() == null ? Long.MIN_VALUE : filter.from().toEpochDay();
      long to = filter.to() == null ? Long.MAX_VALUE : filter.to().toEpochDay();
      builder.add(
          LongRange.newIntersectsQuery(
              CommuniqueSchema.DATE_RANGE, new long[] {from}, new long[] {to}),
          BooleanClause.Occur.FILTER);
      clauses++;
    }
    if (!filter.includeCopies()) {
      // Only releases carry the canonical mark, so this keeps turns out too.
      builder.add(new TermQuery(CommuniqueSchema.canonicalTerm()), BooleanClause.Occur.FILTER);
      clauses++;
    } else {
      builder.add(CommuniqueSchema.isRelease(), BooleanClause.Occur.FILTER);
      clauses++;
    }
    return clauses == 0 ? null : builder.build();
  }

  /**
   * The query over turns for a request restricted to what some people said: the query's words in a
   * turn's text, and the turn spoken by one of them (names or their aliases, whole names, any case;
   * {@link dev.communique.core.Turn#QUESTION} for reporters' questions).
   *
   * @throws InvalidQueryException if the query cannot be parsed
   */
  Query turns(String query, List<String> saidBy) {
    Query words = turnWords(query);
    List<org.apache.lucene.util.BytesRef> keys =
        speakerKeys(saidBy).stream().map(org.apache.lucene.util.BytesRef::new).toList();
    return new BooleanQuery.Builder()
        .add(words, BooleanClause.Occur.MUST)
        .add(new TermInSetQuery(TurnFields.SPEAKER, keys), BooleanClause.Occur.FILTER)
        .build();
  }

  /**
   * The indexed speaker keys ({@link TurnFields#speakerKey}) of said-by names: each name and the
   * canonical name it is an alias of.
   *
   * @throws IllegalArgumentException if a name is blank
   */
  java.util.Set<String> speakerKeys(List<String> saidBy) {
    java.util.Set<String> keys = new java.util.LinkedHashSet<>();
    for (String name : saidBy) {
      if (name.isBlank()) {
        throw new IllegalArgumentException("a said-by name must not be blank");
      }
      keys.add(TurnFields.speakerKey(name));
      vocabulary.canonicalSpeaker(name).ifPresent(c -> keys.add(TurnFields.speakerKey(c)));
    }
    return keys;
  }

  /**
   * The query's words in the text of turns, whoever speaks them.
   *
   * @throws InvalidQueryException if the query cannot be parsed
   */
  Query turnWords(String query) {
    return new CommuniqueQueryParser(query, queryAnalyzer, phraseAnalyzer, vocabulary, true)
        .parse();
  }

  /** A speaker name as a phrase, or also its canonical name when it is a known alias. */
  private Query speaker(QueryBuilder names, String value) {
    Query given = phrase(names, CommuniqueSchema.SPEAKER_TEXT, value);
    String canonical = vocabulary.canonicalSpeaker(value).orElse(null);
    if (canonical == null || canonical.equalsIgnoreCase(value.strip())) {
      return given;
    }
    return new BooleanQuery.Builder()
        .add(given, BooleanClause.Occur.SHOULD)
        .add(phrase(names, CommuniqueSchema.SPEAKER_TEXT, canonical), BooleanClause.Occur.SHOULD)
        .build();
  }

  private static Query phrase(QueryBuilder names, String field, String value) {
    Query q = names.createPhraseQuery(field, value);
    if (q == null) {
      throw new IllegalArgumentException("filter value '" + value + "' has no searchable words");
    }
    return q;
  }

  private static int addAny(
      BooleanQuery.Builder builder, List<String> values, Function<String, Query> toQuery) {
    if (values.isEmpty()) {
      return 0;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String value : values) {
      any.add(toQuery.apply(value), BooleanClause.Occur.SHOULD);
    }
    builder.add(any.build(), BooleanClause.Occur.FILTER);
    return 1;
  }
}
