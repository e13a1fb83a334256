package dev.communique.core.schema;

import dev.communique.core.Communique;
import dev.communique.core.DatePrecision;
import dev.communique.core.DateSource;
import dev.communique.core.Turn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/**
 * Builds the Lucene document for a {@link Communique} and reads one back, following {@link
 * CommuniqueSchema}. Stateless and thread-safe.
 */
public final class DocumentMapper {

  /** English text with offsets in the postings, so the highlighter needs no re-analysis. */
  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private static final FieldType TURN_TEXT = turnText();

  private DocumentMapper() {}

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /**
   * The document for a communiqué that stands for itself: its own near-duplicate group, canonical,
   * with no copies.
   *
   * @param signature the MinHash signature of the body, as bytes, or {@code null}
   */
  public static Document toDocument(Communique communique, byte[] signature) {
    return toDocument(communique, communique.id(), true, List.of(), signature);
  }

  /**
   * The document for a communiqué with its near-duplicate fields.
   *
   * @param group the id of the canonical communiqué of its group
   * @param canonical whether search shows it for its group
   * @param copies the sources of its copies, listed on the canonical communiqué only
   * @param signature the MinHash signature of the body, as bytes, or {@code null}
   */
  public static Document toDocument(
      Communique communique,
      String group,
      boolean canonical,
      List<String> copies,
      byte[] signature) {
    Document doc = new Document();
    doc.add(new StringField(CommuniqueSchema.ID, communique.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(CommuniqueSchema.ID, new BytesRef(communique.id())));
    doc.add(new Field(CommuniqueSchema.TITLE, communique.title(), TEXT_WITH_OFFSETS));
    doc.add(new Field(CommuniqueSchema.BODY, communique.body(), TEXT_WITH_OFFSETS));
    if (!communique.organization().isBlank()) {
      addName(
          doc,
          CommuniqueSchema.ORGANIZATION,
          CommuniqueSchema.ORGANIZATION_TEXT,
          communique.organization());
    }
    for (String speaker : communique.speakers()) {
      addName(doc, CommuniqueSchema.SPEAKER, CommuniqueSchema.SPEAKER_TEXT, speaker);
    }
    for (String role : communique.roles()) {
      addName(doc, CommuniqueSchema.ROLE, CommuniqueSchema.ROLE_TEXT, role);
    }
    for (String speaker : communique.unresolvedSpeakers()) {
      doc.add(new StoredField(CommuniqueSchema.UNRESOLVED_SPEAKER, speaker));
    }
    for (String topic : communique.topics()) {
      addKeyword(doc, CommuniqueSchema.TOPIC, CommuniqueSchema.keyword(topic));
    }
    if (!communique.type().isBlank()) {
      addKeyword(doc, CommuniqueSchema.TYPE, CommuniqueSchema.keyword(communique.type()));
    }
    if (communique.date() != null) {
      long first = communique.date().toEpochDay();
      long last = communique.datePrecision().periodEnd(communique.date()).toEpochDay();
      doc.add(new LongRange(CommuniqueSchema.DATE_RANGE, new long[] {first}, new long[] {last}));
      doc.add(new NumericDocValuesField(CommuniqueSchema.DATE, first));
      doc.add(new StoredField(CommuniqueSchema.DATE, first));
      String precision = communique.datePrecision().label();
      doc.add(new StoredField(CommuniqueSchema.DATE_PRECISION, precision));
      doc.add(new SortedDocValuesField(CommuniqueSchema.DATE_PRECISION, new BytesRef(precision)));
    }
    doc.add(new StoredField(CommuniqueSchema.DATE_SOURCE, communique.dateSource().label()));
    doc.add(new StringField(CommuniqueSchema.SOURCE, communique.source(), Field.Store.YES));
    if (!communique.path().isEmpty()) {
      doc.add(new StringField(CommuniqueSchema.PATH, communique.path(), Field.Store.YES));
    }
    if (communique.titleDerived()) {
      doc.add(new StoredField(CommuniqueSchema.TITLE_DERIVED, "true"));
    }
    doc.add(new StringField(CommuniqueSchema.DUPLICATE_GROUP, group, Field.Store.YES));
    doc.add(new SortedDocValuesField(CommuniqueSchema.DUPLICATE_GROUP, new BytesRef(group)));
    doc.add(
        new StringField(
            CommuniqueSchema.CANONICAL,
            canonical ? CommuniqueSchema.CANONICAL_YES : CommuniqueSchema.CANONICAL_NO,
            Field.Store.YES));
    for (String copy : copies) {
      doc.add(new StringField(CommuniqueSchema.COPY_SOURCES, copy, Field.Store.YES));
    }
    if (signature != null) {
      doc.add(new StoredField(CommuniqueSchema.SIGNATURE, signature));
    }
    for (Turn turn : communique.turns()) {
      doc.add(new StoredField(CommuniqueSchema.TURNS, storedTurn(turn)));
    }
    return doc;
  }

  /**
   * Adds {@link CommuniqueSchema#CONTENTS}: the stated title (none when it was derived from the
   * text), a line break, and the body, as the published baselines index them.
   */
  public static void addContents(Document doc, Communique communique) {
    String title = communique.titleDerived() ? "" : communique.title();
    doc.add(
        new TextField(CommuniqueSchema.CONTENTS, title + "\n" + communique.body(), Field.Store.NO));
  }

  /** Whether a stored document is the one search shows for its near-duplicate group. */
  public static boolean isCanonical(Document doc) {
    return !CommuniqueSchema.CANONICAL_NO.equals(doc.get(CommuniqueSchema.CANONICAL));
  }

  /** The stored MinHash signature bytes of a document, or {@code null}. */
  public static byte[] signature(Document doc) {
    BytesRef ref = doc.getBinaryValue(CommuniqueSchema.SIGNATURE);
    return ref == null
        ? null
        : java.util.Arrays.copyOfRange(ref.bytes, ref.offset, ref.offset + ref.length);
  }

  private static void addName(Document doc, String keywordField, String textField, String value) {
    doc.add(new StringField(keywordField, value, Field.Store.YES));
    doc.add(new SortedSetDocValuesField(keywordField, new BytesRef(value)));
    doc.add(new TextField(textField, value, Field.Store.NO));
  }

  private static void addKeyword(Document doc, String field, String value) {
    doc.add(new StringField(field, value, Field.Store.YES));
    doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
  }

  /** Reads a communiqué back from a document's stored fields. */
  public static Communique fromDocument(Document doc) {
    Communique.Builder builder =
        Communique.builder(doc.get(CommuniqueSchema.ID))
            .title(doc.get(CommuniqueSchema.TITLE))
            .organization(doc.get(CommuniqueSchema.ORGANIZATION))
            .speakers(List.of(doc.getValues(CommuniqueSchema.SPEAKER)))
            .roles(List.of(doc.getValues(CommuniqueSchema.ROLE)))
            .topics(List.of(doc.getValues(CommuniqueSchema.TOPIC)))
            .type(doc.get(CommuniqueSchema.TYPE))
            .body(doc.get(CommuniqueSchema.BODY))
            .source(doc.get(CommuniqueSchema.SOURCE))
            .path(doc.get(CommuniqueSchema.PATH))
            .titleDerived("true".equals(doc.get(CommuniqueSchema.TITLE_DERIVED)))
            .unresolvedSpeakers(List.of(doc.getValues(CommuniqueSchema.UNRESOLVED_SPEAKER)))
            .turns(turns(doc));
    IndexableField date = doc.getField(CommuniqueSchema.DATE);
    if (date != null && date.numericValue() != null) {
      builder.date(
          LocalDate.ofEpochDay(date.numericValue().longValue()),
          DatePrecision.parse(doc.get(CommuniqueSchema.DATE_PRECISION)),
          DateSource.parse(doc.get(CommuniqueSchema.DATE_SOURCE)));
    }
    return builder.build();
  }

  /** The stored values of a multi-valued field, in order. */
  public static List<String> values(Document doc, String field) {
    return new ArrayList<>(List.of(doc.getValues(field)));
  }

  /**
   * The block for a communiqué: one child document per turn, then the communiqué's own document (as
   * {@link #toDocument(Communique, String, boolean, List, byte[])} builds it) last, as Lucene's
   * block join requires.
   */
  public static List<Document> toBlock(
      Communique communique,
      String group,
      boolean canonical,
      List<String> copies,
      byte[] signature) {
    List<Document> block = new ArrayList<>(communique.turns().size() + 1);
    String body = communique.body();
    for (Turn turn : communique.turns()) {
      Document child = new Document();
      child.add(new Field(TurnFields.TEXT, turn.text(body), TURN_TEXT));
      child.add(
          new StringField(
              TurnFields.SPEAKER, TurnFields.speakerKey(turn.speaker()), Field.Store.NO));
      child.add(new SortedDocValuesField(TurnFields.SPEAKER, new BytesRef(turn.speaker())));
      child.add(new NumericDocValuesField(TurnFields.INDEX, turn.index()));
      child.add(new StringField(TurnFields.RELEASE, communique.id(), Field.Store.NO));
      if (communique.date() != null) {
        // Doc values only, never searched or scored: trends count turns per period from them.
        child.add(new NumericDocValuesField(CommuniqueSchema.DATE, communique.date().toEpochDay()));
        child.add(
            new SortedDocValuesField(
                CommuniqueSchema.DATE_PRECISION, new BytesRef(communique.datePrecision().label())));
      }
      block.add(child);
    }
    block.add(toDocument(communique, group, canonical, copies, signature));
    return block;
  }

  /**
   * The block for a communiqué that stands for itself (see {@link #toDocument(Communique,
   * byte[])}).
   */
  public static List<Document> toBlock(Communique communique, byte[] signature) {
    return toBlock(communique, communique.id(), true, List.of(), signature);
  }

  /** The turns stored on a release document, in order; empty if it has none. */
  public static List<Turn> turns(Document doc) {
    String[] stored = doc.getValues(CommuniqueSchema.TURNS);
    List<Turn> turns = new ArrayList<>(stored.length);
    for (String value : stored) {
      String[] parts = value.split("\t", 4);
      turns.add(
          Turn.of(
              parts[2],
              parts.length > 3 ? parts[3] : "",
              turns.size(),
              Integer.parseInt(parts[0]),
              Integer.parseInt(parts[1])));
    }
    return turns;
  }

  private static String storedTurn(Turn turn) {
    return turn.start() + "\t" + turn.end() + "\t" + turn.speaker() + "\t" + turn.role();
  }

  /** A turn's words: indexed as the body with positions for phrases, no offsets, not stored. */
  private static FieldType turnText() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    type.freeze();
    return type;
  }
}
