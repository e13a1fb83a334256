package dev.communique.solr.plugin;

import dev.communique.core.schema.CommuniqueSchema;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.SortField;
import org.apache.solr.common.SolrException;
import org.apache.solr.response.TextResponseWriter;
import org.apache.solr.schema.FieldType;
import org.apache.solr.schema.SchemaField;
import org.apache.solr.uninverting.UninvertingReader;

/**
 * A Solr field type for {@link CommuniqueSchema#DATE_RANGE}: a range of epoch days sent as {@code
 * first..last} ({@link DayRange}) and indexed as the same Lucene {@link LongRange} the embedded
 * index holds, so that the date filter the project builds matches the same communiqués on both
 * engines. Indexed only; not stored, sorted or faceted.
 *
 * <p>Thread-safe once Solr has initialised it.
 */
public final class EpochDayRangeField extends FieldType {

  @Override
  public List<IndexableField> createFields(SchemaField field, Object value) {
    try {
      long[] days = DayRange.parse(value.toString());
      return List.of(new LongRange(field.getName(), new long[] {days[0]}, new long[] {days[1]}));
    } catch (IllegalArgumentException e) {
      throw new SolrException(
          SolrException.ErrorCode.BAD_REQUEST, field.getName() + ": " + e.getMessage());
    }
  }

  @Override
  public IndexableField createField(SchemaField field, Object value) {
    return createFields(field, value).get(0);
  }

  @Override
  public void write(TextResponseWriter writer, String name, IndexableField f) throws IOException {
    writer.writeStr(name, f.stringValue(), false);
  }

  @Override
  public SortField getSortField(SchemaField field, boolean top) {
    throw new SolrException(
        SolrException.ErrorCode.BAD_REQUEST, "cannot sort on the range field " + field.getName());
  }

  @Override
  public UninvertingReader.Type getUninversionType(SchemaField sf) {
    return null;
  }
}
