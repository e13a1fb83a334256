package dev.communique.core.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts several facet fields in one pass over the matches, reading doc values only (no scores, no
 * stored fields). A {@link CollectorManager}, so segments may be searched in parallel; each
 * collector is confined to one thread and the manager merges them.
 */
final class FacetCollector
    implements CollectorManager<FacetCollector.Tallies, Map<FacetField, Map<String, Long>>> {

  private final List<FacetField> fields;

  FacetCollector(Collection<FacetField> fields) {
    this.fields = List.copyOf(fields);
  }

  @Override
  public Tallies newCollector() {
    return new Tallies(fields);
  }

  @Override
  public Map<FacetField, Map<String, Long>> reduce(Collection<Tallies> collectors) {
    Map<FacetField, Map<String, Long>> merged = new EnumMap<>(FacetField.class);
    for (FacetField field : fields) {
      merged.put(field, new HashMap<>());
    }
    for (Tallies collector : collectors) {
      for (FieldTally tally : collector.tallies) {
        Map<String, Long> into = merged.get(tally.field());
        tally.counts().forEach((value, count) -> into.merge(value, count, Long::sum));
      }
    }
    return merged;
  }

  /** The per-thread collector: one {@link FieldTally} per field. */
  static final class Tallies implements Collector {
    private final List<FieldTally> tallies = new ArrayList<>();

    private Tallies(List<FacetField> fields) {
      for (FacetField field : fields) {
        tallies.add(FieldTally.of(field));
      }
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      for (FieldTally tally : tallies) {
        tally.startSegment(context);
      }
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          for (FieldTally tally : tallies) {
            tally.collect(doc);
          }
        }

        @Override
        public void finish() throws IOException {
          for (FieldTally tally : tallies) {
            tally.finishSegment();
          }
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
