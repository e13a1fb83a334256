package dev.communique.core.search;

import dev.communique.core.DatePrecision;
import dev.communique.core.schema.CommuniqueSchema;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

/**
 * The trend consumer of a {@link CompiledQuery}: one pass over the matches counts them per period
 * and group (reading the date and group doc values, and, for occurrences, the match offsets in the
 * postings), and one pass over the filter alone counts the totals of the reported groups. Periods
 * without data inside the span become rows with a count of 0. Thread-safe.
 */
final class TrendCounter {

  private static final BytesRef YEAR_PRECISION =
      new BytesRef(DatePrecision.YEAR.name().toLowerCase(Locale.ROOT));

  TrendResult trend(IndexSearcher searcher, CompiledQuery compiled, TrendRequest request)
      throws IOException {
    return trend(
        searcher, compiled, request, request.groupBy().map(TrendCounter::field).orElse(null));
  }

  /**
   * As {@link #trend(IndexSearcher, CompiledQuery, TrendRequest)}, with the groups read from
   * another doc-values field (the speaker of each turn, when turns are counted).
   */
  TrendResult trend(
      IndexSearcher searcher, CompiledQuery compiled, TrendRequest request, String groupField)
      throws IOException {
    PeriodScale scale = PeriodScale.of(request.by());
    Weight occurrences =
        request.count() == TrendCount.OCCURRENCES
            ? searcher.createWeight(
                searcher.rewrite(compiled.user()), ScoreMode.COMPLETE_NO_SCORES, 1f)
            : null;
    TrendTally tally = TrendTally.of(request);
    tally.addMatches(
        searcher.search(
            compiled.combined(), new TallyManager(scale, groupField, null, occurrences)));
    Set<String> kept = tally.groups().stream().map(ValueCount::value).collect(Collectors.toSet());
    Query all = compiled.filter() == null ? new MatchAllDocsQuery() : compiled.filter();
    if (groupField == null || !kept.isEmpty()) {
      tally.addTotals(searcher.search(all, new TallyManager(scale, groupField, kept, null)));
    }
    return tally.result();
  }

  /** The schema field a group is read from. */
  private static String field(FacetField group) {
    return switch (group) {
      case SPEAKER -> CommuniqueSchema.SPEAKER;
      case ORGANIZATION -> CommuniqueSchema.ORGANIZATION;
      case ROLE -> CommuniqueSchema.ROLE;
      case TOPIC -> CommuniqueSchema.TOPIC;
      case TYPE -> CommuniqueSchema.TYPE;
      default -> throw new IllegalArgumentException("cannot group a trend by " + group.label());
    };
  }

  /** Counts matches (or occurrences) per cell, one collector per slice, merged at the end. */
  private static final class TallyManager
      implements CollectorManager<Tally, Map<TrendTally.Cell, Long>> {
    private final PeriodScale scale;
    private final String groupField;
    private final Set<String> kept;
    private final Weight occurrences;

    /**
     * @param groupField the sorted-set field of the groups, or {@code null}
     * @param kept the only groups to count, or {@code null} for all
     * @param occurrences the user query's weight to count body matches with, or {@code null} to
     *     count documents
     */
    TallyManager(PeriodScale scale, String groupField, Set<String> kept, Weight occurrences) {
      this.scale = scale;
      this.groupField = groupField;
      this.kept = kept;
      this.occurrences = occurrences;
    }

    @Override
    public Tally newCollector() {
      return new Tally(this);
    }

    @Override
    public Map<TrendTally.Cell, Long> reduce(Collection<Tally> collectors) {
      Map<TrendTally.Cell, Long> merged = new HashMap<>();
      for (Tally tally : collectors) {
        tally.counts.forEach((cell, n) -> merged.merge(cell, n, Long::sum));
      }
      return merged;
    }
  }

  /** One slice's counts. Not thread-safe; Lucene gives each slice its own. */
  private static final class Tally implements Collector {
    private final TallyManager manager;
    private final Map<TrendTally.Cell, Long> counts = new HashMap<>();

    Tally(TallyManager manager) {
      this.manager = manager;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      LeafReader reader = context.reader();
      NumericDocValues dates = DocValues.getNumeric(reader, CommuniqueSchema.DATE);
      SortedDocValues precisions = DocValues.getSorted(reader, CommuniqueSchema.DATE_PRECISION);
      int yearOnlyOrd = precisions.lookupTerm(YEAR_PRECISION);
      SortedSetDocValues groups =
          manager.groupField == null ? null : DocValues.getSortedSet(reader, manager.groupField);
      String[] names = groups == null ? null : new String[(int) groups.getValueCount()];
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          if (!dates.advanceExact(doc)) {
            return;
          }
          boolean yearOnly =
              yearOnlyOrd >= 0
                  && precisions.advanceExact(doc)
                  && precisions.ordValue() == yearOnlyOrd;
          int period =
              manager.scale.key(java.time.LocalDate.ofEpochDay(dates.longValue()), yearOnly);
          long n =
              manager.occurrences == null
                  ? 1
                  : MatchOffsets.count(manager.occurrences, context, doc, CommuniqueSchema.BODY);
          if (groups == null) {
            counts.merge(new TrendTally.Cell(period, null), n, Long::sum);
            return;
          }
          if (!groups.advanceExact(doc)) {
            return;
          }
          for (int i = groups.docValueCount(); i > 0; i--) {
            int ord = (int) groups.nextOrd();
            String name = names[ord];
            if (name == null) {
              name = groups.lookupOrd(ord).utf8ToString();
              names[ord] = name;
            }
            if (manager.kept == null || manager.kept.contains(name)) {
              counts.merge(new TrendTally.Cell(period, name), n, Long::sum);
            }
          }
        }
      };
    }
  }
}
