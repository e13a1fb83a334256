package dev.communique.solr;

import dev.communique.core.Communique;
import dev.communique.core.DatePrecision;
import dev.communique.core.index.NearDuplicates;
import dev.communique.core.schema.CommuniqueSchema;
import dev.communique.core.schema.DocumentMapper;
import dev.communique.core.search.FacetField;
import dev.communique.solr.plugin.DayRange;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/**
 * Converts communiqués to Solr documents and back through the embedded index's own {@link
 * DocumentMapper}, so that both engines hold the same stored values: a Solr document is the stored
 * fields of the Lucene document, plus the date range and the period facets, which the embedded
 * index derives while indexing. Stateless.
 */
final class SolrDocuments {

  private SolrDocuments() {}

  /** The Solr document of a communiqué that stands for itself (its own canonical copy). */
  static SolrInputDocument toSolr(Communique communique) {
    return toSolr(
        communique, communique.id(), true, List.of(), NearDuplicates.signature(communique.body()));
  }

  /** The Solr document of a communiqué with its near-duplicate fields. */
  static SolrInputDocument toSolr(
      Communique communique,
      String group,
      boolean canonical,
      List<String> copies,
      byte[] signature) {
    Document lucene = DocumentMapper.toDocument(communique, group, canonical, copies, signature);
    SolrInputDocument solr = new SolrInputDocument();
    for (IndexableField field : lucene.getFields()) {
      if (!field.fieldType().stored() || SolrSchema.NOT_HELD.contains(field.name())) {
        continue;
      }
      Object value = field.numericValue();
      if (value == null) {
        value = field.stringValue();
      }
      if (value == null && field.binaryValue() != null) {
        BytesRef bytes = field.binaryValue();
        value = Arrays.copyOfRange(bytes.bytes, bytes.offset, bytes.offset + bytes.length);
      }
      if (value != null) {
        solr.addField(field.name(), value);
      }
    }
    if (communique.date() != null) {
      solr.setField(
          CommuniqueSchema.DATE_RANGE,
          DayRange.format(
              communique.date().toEpochDay(),
              communique.datePrecision().periodEnd(communique.date()).toEpochDay()));
    }
    for (String year : FacetField.YEAR.valuesOf(communique)) {
      solr.setField(SolrSchema.FACET_YEAR, year);
    }
    for (String month : FacetField.MONTH.valuesOf(communique)) {
      solr.setField(SolrSchema.FACET_MONTH, month);
    }
    if (communique.date() != null) {
      solr.setField(
          SolrSchema.TREND_MONTH,
          communique.datePrecision() == DatePrecision.YEAR
              ? communique.date().getYear() + SolrSchema.YEAR_ONLY
              : YearMonth.from(communique.date()).toString());
    }
    return solr;
  }

  /**
   * A stored Solr document again, with other near-duplicate fields: its communiqué and signature as
   * stored, its group, canonical mark and copies as given.
   */
  static SolrInputDocument regrouped(
      SolrDocument stored, String group, boolean canonical, List<String> copies) {
    Document lucene = toLucene(stored);
    return toSolr(
        DocumentMapper.fromDocument(lucene),
        group,
        canonical,
        copies,
        DocumentMapper.signature(lucene));
  }

  /** Reads a communiqué back from a Solr document's stored fields. */
  static Communique fromSolr(SolrDocument solr) {
    return DocumentMapper.fromDocument(toLucene(solr));
  }

  /** The stored values of a Solr document as a Lucene document, for {@link DocumentMapper}. */
  static Document toLucene(SolrDocument solr) {
    Document doc = new Document();
    for (String name : solr.getFieldNames()) {
      Collection<Object> values = solr.getFieldValues(name);
      if (values == null) {
        continue;
      }
      for (Object value : values) {
        if (value instanceof Number number) {
          doc.add(new StoredField(name, number.longValue()));
        } else if (value instanceof byte[] bytes) {
          doc.add(new StoredField(name, bytes));
        } else if (value instanceof java.nio.ByteBuffer buffer) {
          byte[] bytes = new byte[buffer.remaining()];
          buffer.duplicate().get(bytes);
          doc.add(new StoredField(name, bytes));
        } else if (value != null) {
          doc.add(new StoredField(name, value.toString()));
        }
      }
    }
    return doc;
  }
}
