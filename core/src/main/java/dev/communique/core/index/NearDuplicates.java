package dev.communique.core.index;

import dev.communique.core.schema.CommuniqueSchema;
import dev.communique.core.schema.DocumentMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The near-duplicate pass of {@link CommuniqueIndex#mergeNearDuplicates(double)}, for communiqués
 * held by another engine: the same signatures, the same candidate buckets, the same rules and the
 * same choice of canonical copy, so that both engines form the same groups. The caller reads each
 * communiqué's duplicate fields, {@link #plan plans}, and writes back the changes.
 *
 * <p>The plan is made in memory, from the signatures of every communiqué given. Stateless and
 * thread-safe.
 */
public final class NearDuplicates {

  /** The stored fields {@link #plan} reads from each communiqué. */
  public static final List<String> FIELDS =
      List.of(
          CommuniqueSchema.ID,
          CommuniqueSchema.SIGNATURE,
          CommuniqueSchema.DATE,
          CommuniqueSchema.SOURCE,
          CommuniqueSchema.DUPLICATE_GROUP,
          CommuniqueSchema.CANONICAL,
          CommuniqueSchema.COPY_SOURCES);

  private NearDuplicates() {}

  /**
   * The signature of a body as the embedded index stores it in {@link CommuniqueSchema#SIGNATURE},
   * or {@code null} when the body is too short to compare.
   */
  public static byte[] signature(String body) {
    int[] signature = MinHash.signature(body);
    return signature == null ? null : MinHash.toBytes(signature);
  }

  /**
   * Decides the groups.
   *
   * @param stored each communiqué's stored {@link #FIELDS}, named and encoded as {@link
   *     DocumentMapper} stores them
   * @param threshold as for {@link CommuniqueIndex#mergeNearDuplicates(double)}
   */
  public static Plan plan(Iterable<Document> stored, double threshold) throws IOException {
    NearDuplicateMerger merger = new NearDuplicateMerger(threshold);
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      for (Document doc : stored) {
        writer.addDocument(candidate(doc));
      }
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        List<Change> changes = new ArrayList<>();
        for (NearDuplicateMerger.Entry entry : merger.plan(new IndexSearcher(reader))) {
          if (entry.changed()) {
            changes.add(new Change(entry.id, entry.group, entry.canonical, entry.copies));
          }
        }
        return new Plan(
            changes,
            new DuplicateReport(
                merger.examined(),
                merger.groups(),
                merger.merged(),
                merger.mergedNow(),
                changes.size()));
      }
    }
  }

  private static Document candidate(Document stored) {
    Document doc = new Document();
    String id = stored.get(CommuniqueSchema.ID);
    doc.add(new StringField(CommuniqueSchema.ID, id, Field.Store.YES));
    doc.add(new SortedDocValuesField(CommuniqueSchema.ID, new BytesRef(id)));
    byte[] signature = DocumentMapper.signature(stored);
    if (signature != null) {
      doc.add(new StoredField(CommuniqueSchema.SIGNATURE, signature));
      int[] hashes = MinHash.fromBytes(signature, 0, signature.length);
      for (int band = 0; band < MinHash.bands(); band++) {
        doc.add(
            new StringField(
                CommuniqueSchema.LSH_BAND, MinHash.bandTerm(hashes, band), Field.Store.NO));
      }
    }
    var date = stored.getField(CommuniqueSchema.DATE);
    if (date != null && date.numericValue() != null) {
      doc.add(new StoredField(CommuniqueSchema.DATE, date.numericValue().longValue()));
    }
    copy(stored, doc, CommuniqueSchema.SOURCE, true);
    copy(stored, doc, CommuniqueSchema.DUPLICATE_GROUP, true);
    copy(stored, doc, CommuniqueSchema.CANONICAL, false);
    copy(stored, doc, CommuniqueSchema.COPY_SOURCES, false);
    return doc;
  }

  private static void copy(Document from, Document to, String field, boolean storedOnly) {
    for (String value : from.getValues(field)) {
      to.add(
          storedOnly
              ? new StoredField(field, value)
              : new StringField(field, value, Field.Store.YES));
    }
  }

  /** What the pass decided for one communiqué whose duplicate fields must change. Immutable. */
  public static final class Change {
    private final String id;
    private final String group;
    private final boolean canonical;
    private final List<String> copies;

    private Change(String id, String group, boolean canonical, List<String> copies) {
      this.id = id;
      this.group = group;
      this.canonical = canonical;
      this.copies = List.copyOf(copies);
    }

    /** The communiqué's id. */
    public String id() {
      return id;
    }

    /** The id of its group's canonical communiqué (its own id when it stands alone). */
    public String group() {
      return group;
    }

    /** Whether search shows it for its group. */
    public boolean canonical() {
      return canonical;
    }

    /** The sources of its copies, on a canonical communiqué; else empty. */
    public List<String> copies() {
      return copies;
    }
  }

  /** The changes a pass decided, and its report. Immutable. */
  public static final class Plan {
    private final List<Change> changes;
    private final DuplicateReport report;

    private Plan(List<Change> changes, DuplicateReport report) {
      this.changes = List.copyOf(changes);
      this.report = report;
    }

    /** The communiqués whose duplicate fields must change. */
    public List<Change> changes() {
      return changes;
    }

    /** What the pass found, with {@code rewritten} the number of changes. */
    public DuplicateReport report() {
      return report;
    }
  }
}
