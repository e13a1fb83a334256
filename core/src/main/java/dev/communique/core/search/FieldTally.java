package dev.communique.core.search;

import dev.communique.core.schema.CommuniqueSchema;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * Counts the values of one {@link FacetField} over the documents one collector sees, segment by
 * segment: per-segment ordinal counts while collecting, turned into value counts when a segment is
 * finished. Not thread-safe: each collector has its own.
 */
abstract sealed class FieldTally permits FieldTally.Keyword, FieldTally.Period {

  /** The label month counts give a communiqué whose date is known to the year only. */
  static final String YEAR_ONLY = "year only";

  private final FacetField field;
  final Map<String, Long> counts = new HashMap<>();

  private FieldTally(FacetField field) {
    this.field = field;
  }

  /** A tally for this field. */
  static FieldTally of(FacetField field) {
    return switch (field) {
      case YEAR, MONTH -> new Period(field);
      case ORGANIZATION -> new Keyword(field, CommuniqueSchema.ORGANIZATION);
      case SPEAKER -> new Keyword(field, CommuniqueSchema.SPEAKER);
      case ROLE -> new Keyword(field, CommuniqueSchema.ROLE);
      case TOPIC -> new Keyword(field, CommuniqueSchema.TOPIC);
      case TYPE -> new Keyword(field, CommuniqueSchema.TYPE);
    };
  }

  /** The field counted. */
  FacetField field() {
    return field;
  }

  /** The value counts of every finished segment. */
  Map<String, Long> counts() {
    return counts;
  }

  /** Starts counting in a segment. */
  abstract void startSegment(LeafReaderContext context) throws IOException;

  /** Counts one matching document of the current segment. */
  abstract void collect(int doc) throws IOException;

  /** Adds the current segment's counts to {@link #counts()}. */
  abstract void finishSegment() throws IOException;

  /** A keyword field with sorted-set doc values: each distinct value once per document. */
  static final class Keyword extends FieldTally {
    private final String luceneField;
    private SortedSetDocValues values;
    private int[] ordinalCounts = new int[0];

    Keyword(FacetField field, String luceneField) {
      super(field);
      this.luceneField = luceneField;
    }

    @Override
    void startSegment(LeafReaderContext context) throws IOException {
      values = DocValues.getSortedSet(context.reader(), luceneField);
      int size = Math.toIntExact(values.getValueCount());
      ordinalCounts = ordinalCounts.length >= size ? ordinalCounts : new int[size];
      java.util.Arrays.fill(ordinalCounts, 0, size, 0);
    }

    @Override
    void collect(int doc) throws IOException {
      if (values.advanceExact(doc)) {
        for (int i = 0; i < values.docValueCount(); i++) {
          ordinalCounts[(int) values.nextOrd()]++;
        }
      }
    }

    @Override
    void finishSegment() throws IOException {
      int size = (int) values.getValueCount();
      for (int ord = 0; ord < size; ord++) {
        if (ordinalCounts[ord] > 0) {
          counts.merge(values.lookupOrd(ord).utf8ToString(), (long) ordinalCounts[ord], Long::sum);
        }
      }
    }
  }

  /**
   * The year or month of the date. Undated communiqués are not counted; year-only dates count under
   * their year, and as {@value #YEAR_ONLY} by month.
   */
  static final class Period extends FieldTally {
    private static final BytesRef YEAR_PRECISION = new BytesRef("year");

    private final boolean byMonth;
    private final Map<Integer, Long> periodCounts = new HashMap<>();
    private NumericDocValues dates;
    private SortedDocValues precisions;
    private int yearOrdinal;

    Period(FacetField field) {
      super(field);
      this.byMonth = field == FacetField.MONTH;
    }

    @Override
    void startSegment(LeafReaderContext context) throws IOException {
      dates = DocValues.getNumeric(context.reader(), CommuniqueSchema.DATE);
      precisions = DocValues.getSorted(context.reader(), CommuniqueSchema.DATE_PRECISION);
      yearOrdinal = byMonth ? precisions.lookupTerm(YEAR_PRECISION) : -1;
      periodCounts.clear();
    }

    @Override
    void collect(int doc) throws IOException {
      if (!dates.advanceExact(doc)) {
        return;
      }
      LocalDate date = LocalDate.ofEpochDay(dates.longValue());
      int key;
      if (!byMonth) {
        key = date.getYear();
      } else if (yearOrdinal >= 0
          && precisions.advanceExact(doc)
          && precisions.ordValue() == yearOrdinal) {
        key = Integer.MIN_VALUE;
      } else {
        key = date.getYear() * 12 + date.getMonthValue() - 1;
      }
      periodCounts.merge(key, 1L, Long::sum);
    }

    @Override
    void finishSegment() {
      for (Map.Entry<Integer, Long> e : periodCounts.entrySet()) {
        counts.merge(label(e.getKey()), e.getValue(), Long::sum);
      }
      periodCounts.clear();
    }

    private String label(int key) {
      if (!byMonth) {
        return Integer.toString(key);
      }
      if (key == Integer.MIN_VALUE) {
        return YEAR_ONLY;
      }
      return YearMonth.of(Math.floorDiv(key, 12), Math.floorMod(key, 12) + 1).toString();
    }
  }
}
