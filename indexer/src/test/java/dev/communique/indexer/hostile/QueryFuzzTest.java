package dev.communique.indexer.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.communique.core.index.CommuniqueIndex;
import dev.communique.core.search.InvalidQueryException;
import dev.communique.core.search.KwicRequest;
import dev.communique.core.search.QueryLimitException;
import dev.communique.core.search.QueryLimits;
import dev.communique.core.search.SearchRequest;
import dev.communique.core.search.SearchResults;
import dev.communique.indexer.Indexer;
import dev.communique.indexer.SampleCorpus;
import dev.communique.indexer.extract.QueryVocabularies;
import dev.communique.indexer.extract.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzes the query path with 10,000 generated queries over the sample corpus (with its synonyms and
 * speaker aliases): random syntax, deep nesting, huge boolean expansions, leading wildcards, {@code
 * *:*}, regular expressions, enormous ranges, fuzzy terms on short prefixes and 100 KB strings.
 * Every 32nd also runs as keyword in context. Every query must give results, or an {@link
 * InvalidQueryException} or a {@link QueryLimitException} with a one-line message; nothing else may
 * come out of the API.
 */
class QueryFuzzTest {
  private static final int TRIES = 10_000;
  private static Path dir;
  private static CommuniqueIndex index;
  private static int documents;
  private static final AtomicInteger answered = new AtomicInteger();
  private static final AtomicInteger invalid = new AtomicInteger();
  private static final AtomicInteger limited = new AtomicInteger();

  @BeforeContainer
  static void indexSample() throws IOException {
    dir = Files.createTempDirectory("communique-fuzz");
    index = CommuniqueIndex.open(dir, QueryVocabularies.load(SampleCorpus.vocabulary()));
    Indexer.builder(index)
        .vocabulary(Vocabulary.load(SampleCorpus.vocabulary()))
        .build()
        .index(List.of(SampleCorpus.releases()));
    index.commit();
    documents = index.count();
    index.setQueryLimits(
        QueryLimits.builder().timeout(Duration.ofSeconds(5)).maxClauses(256).build());
  }

  @AfterContainer
  static void report() throws IOException {
    index.close();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    System.out.printf(
        "query fuzzing: %d queries, %d answered, %d invalid (typed), %d over a limit (typed)%n",
        answered.get() + invalid.get() + limited.get(),
        answered.get(),
        invalid.get(),
        limited.get());
    assertThat(answered.get() + invalid.get() + limited.get()).isGreaterThanOrEqualTo(TRIES);
    assertThat(answered.get()).isGreaterThan(TRIES / 10);
    assertThat(invalid.get()).isGreaterThan(TRIES / 20);
    assertThat(limited.get()).isGreaterThan(TRIES / 50);
  }

  @Property(tries = TRIES, shrinking = ShrinkingMode.OFF, seed = "16")
  void everyQueryGivesResultsOrATypedOneLineError(@ForAll("queries") String query)
      throws IOException {
    try {
      SearchResults results = index.search(SearchRequest.builder(query).limit(5).build());
      assertThat(results.totalHits()).isBetween(0L, (long) documents);
      assertThat(results.hits().size()).isLessThanOrEqualTo(5);
      KwicRequest kwic = query.hashCode() % 32 == 0 ? kwicRequest(query) : null;
      if (kwic != null) {
        assertThat(index.kwic(kwic).lines().size()).isLessThanOrEqualTo(5);
      }
      answered.incrementAndGet();
    } catch (InvalidQueryException e) {
      assertOneLine(e.getMessage());
      invalid.incrementAndGet();
    } catch (QueryLimitException e) {
      assertOneLine(e.getMessage());
      limited.incrementAndGet();
    }
  }

  /** A keyword-in-context request, or null when the query names no words to find. */
  private static KwicRequest kwicRequest(String query) {
    try {
      return KwicRequest.builder(query).limit(5).build();
    } catch (InvalidQueryException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      assertThat(e).hasMessage("keyword in context needs a query naming words to find");
      return null;
    }
  }

  private static void assertOneLine(String message) {
    assertThat(message).isNotBlank().doesNotContain("\n").hasSizeLessThan(400);
  }

  @Provide
  Arbitrary<String> queries() {
    return Arbitraries.frequencyOf(
        Tuple.of(30, randomSyntax()),
        Tuple.of(8, deepNesting()),
        Tuple.of(8, hugeBoolean()),
        Tuple.of(8, wildcards()),
        Tuple.of(2, Arbitraries.of("*:*", "*", "", " ", "*:* AND *:*", "(*)")),
        Tuple.of(10, regexps()),
        Tuple.of(8, ranges()),
        Tuple.of(8, fuzzy()),
        Tuple.of(2, hugeStrings()),
        Tuple.of(16, fielded()));
  }

  private static final List<String> WORDS =
      List.of(
          "nato",
          "ukraine",
          "climate",
          "energy",
          "security",
          "minister",
          "gas",
          "summit",
          "eu",
          "g7",
          "trade",
          "a",
          "of",
          "the",
          "blinken",
          "biden",
          "forest",
          "amazon",
          "cop30",
          "critical",
          "minerals",
          "arctic");
  private static final List<String> FIELDS =
      List.of(
          "title",
          "body",
          "speaker",
          "organization",
          "topic",
          "type",
          "date",
          "id",
          "source",
          "nosuchfield",
          "_id",
          "canonical",
          "duplicate_group");

  private static Arbitrary<String> word() {
    return Arbitraries.oneOf(
        Arbitraries.of(WORDS),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
        Arbitraries.strings().all().ofMinLength(1).ofMaxLength(6));
  }

  private static Arbitrary<String> randomSyntax() {
    Arbitrary<String> token =
        Arbitraries.oneOf(
            word(),
            Arbitraries.of(
                "(",
                ")",
                "[",
                "]",
                "{",
                "}",
                "\"",
                "*",
                "?",
                "~",
                "^",
                ":",
                "+",
                "-",
                "!",
                "&&",
                "||",
                "AND",
                "OR",
                "NOT",
                "/",
                "\\",
                " TO ",
                "~2",
                "^10",
                "\"\"",
                "date:",
                "title:",
                "@",
                "'",
                "\u0000",
                "\uFFFF",
                "\uD83D\uDE00",
                "\u200B"));
    return token.list().ofMinSize(1).ofMaxSize(25).map(parts -> String.join(" ", parts));
  }

  private static Arbitrary<String> deepNesting() {
    return Combinators.combine(Arbitraries.integers().between(1, 400), word())
        .as((depth, w) -> "(".repeat(depth) + w + ")".repeat(depth));
  }

  private static Arbitrary<String> hugeBoolean() {
    return Combinators.combine(
            word().list().ofMinSize(50).ofMaxSize(300),
            Arbitraries.of(" OR ", " AND ", " ", " +", " -"))
        .as((words, op) -> String.join(op, words));
  }

  private static Arbitrary<String> wildcards() {
    return Combinators.combine(
            Arbitraries.of("*", "?", "*?", "**", ""),
            Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(3),
            Arbitraries.of("*", "?", "", "*a*"),
            Arbitraries.of("", "title:", "body:", "speaker:"))
        .as((lead, middle, tail, field) -> field + lead + middle + tail);
  }

  private static Arbitrary<String> regexps() {
    Arbitrary<String> part =
        Arbitraries.of(
            "a",
            "b",
            ".",
            ".*",
            "(a|b)",
            "[a-z]",
            "{1,1000}",
            "*",
            "+",
            "?",
            "(",
            ")",
            "[",
            "]",
            "\\",
            "~",
            "&",
            "#",
            "@",
            "<1-99999999>",
            "(.*){100}",
            "[^a]");
    return Combinators.combine(
            part.list().ofMinSize(1).ofMaxSize(12), Arbitraries.of("", "title:", "body:"))
        .as((parts, field) -> field + "/" + String.join("", parts) + "/");
  }

  private static Arbitrary<String> ranges() {
    Arbitrary<String> bound =
        Arbitraries.of(
            "*",
            "0000-01-01",
            "9999-12-31",
            "1999-13-40",
            "2023-02-31",
            "31/02/2023",
            "a",
            "zzzz",
            "-99999999999999999999",
            "99999999999999999999",
            "2023",
            "2023-05");
    return Combinators.combine(
            Arbitraries.of("date:", "title:", "body:", "", "speaker:"),
            Arbitraries.of("[", "{"),
            bound,
            bound,
            Arbitraries.of("]", "}"))
        .as((field, open, from, to, close) -> field + open + from + " TO " + to + close);
  }

  private static Arbitrary<String> fuzzy() {
    return Combinators.combine(
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(3),
            Arbitraries.of("~", "~0", "~1", "~2", "~3", "~0.1", "~-1", "~99"),
            Arbitraries.of("", "title:", "speaker:"))
        .as((term, fuzz, field) -> field + term + fuzz);
  }

  private static Arbitrary<String> hugeStrings() {
    return Combinators.combine(
            Arbitraries.of("a", "nato ", "(", "\"", "*", "x~ ", "ü"),
            Arbitraries.integers().between(20_000, 100_000))
        .as((unit, length) -> unit.repeat(length / unit.length() + 1).substring(0, length));
  }

  private static Arbitrary<String> fielded() {
    return Combinators.combine(Arbitraries.of(FIELDS), word(), Arbitraries.of("", "\"", "*"))
        .as((field, w, quote) -> field + ":" + quote + w + quote);
  }
}
