package dev.communique.solr.plugin;

import dev.communique.core.schema.CommuniqueSchema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

/**
 * The analyzer Solr runs on the text fields of a communiqué collection: the embedded index's own
 * per-field analysis ({@link CommuniqueSchema#indexAnalyzer()}), so that Solr indexes exactly the
 * tokens the embedded index does: an exact copy and a stem of each English word, lower-cased names.
 * Named by class in the generated schema; Solr makes it with the no-argument constructor.
 *
 * <p>Thread-safe, as every Lucene analyzer is.
 */
public final class CommuniqueAnalyzer extends DelegatingAnalyzerWrapper {

  private final Analyzer schema = CommuniqueSchema.indexAnalyzer();

  /** The analyzer of every text field of the schema. */
  public CommuniqueAnalyzer() {
    super(PER_FIELD_REUSE_STRATEGY);
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return schema;
  }
}
