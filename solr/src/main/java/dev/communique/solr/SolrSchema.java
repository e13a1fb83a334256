package dev.communique.solr;

import dev.communique.core.schema.CommuniqueSchema;
import java.util.List;

/**
 * The Solr schema of a communiqué collection, written from {@link CommuniqueSchema}: the same field
 * names, the same analysis (through the plugin's {@code CommuniqueAnalyzer}), offsets in the
 * postings of the text fields for the unified highlighter, doc values where the embedded index
 * sorts or counts, and BM25 with Lucene's default parameters, as the embedded index scores. The
 * schema's name carries {@link CommuniqueSchema#VERSION}, so a client refuses a collection made for
 * another version. Stateless.
 */
final class SolrSchema {

  /** The schema name's prefix; the version follows it. */
  static final String NAME_PREFIX = "communique-";

  /** Field: the year facet's value ({@link dev.communique.core.search.FacetField#YEAR}). */
  static final String FACET_YEAR = "facet_year";

  /** Field: the month facet's value ({@link dev.communique.core.search.FacetField#MONTH}). */
  static final String FACET_MONTH = "facet_month";

  /**
   * Field: the month of a trend ({@code 2023-04}), or the year of a communiqué dated to the year
   * only ({@code 2019/year}), which trends by month count in a slot of its own.
   */
  static final String TREND_MONTH = "trend_month";

  /** The suffix of a year-only value of {@link #TREND_MONTH}. */
  static final String YEAR_ONLY = "/year";

  /** Fields of the embedded index that the Solr collection does not hold yet, and why. */
  static final List<String> NOT_HELD =
      List.of(
          CommuniqueSchema.CONTENTS, // the bm25-anserini profile is embedded only
          CommuniqueSchema.LSH_BAND); // the near-duplicate pass computes the bands itself

  /**
   * The plugin classes the schema names, by name: the client must not load them, as they need
   * Solr's server jars.
   */
  static final String ANALYZER = "dev.communique.solr.plugin.CommuniqueAnalyzer";

  static final String RANGE_FIELD = "dev.communique.solr.plugin.EpochDayRangeField";

  private SolrSchema() {}

  /** The suffix of the collection that keeps a collection's source checksums. */
  static final String SOURCES_SUFFIX = "-sources";

  /** Field of the sources collection: the checksum recorded for a source (its id). */
  static final String CHECKSUM = "checksum";

  /** The schema's name for this build. */
  static String name() {
    return NAME_PREFIX + CommuniqueSchema.VERSION;
  }

  /**
   * The text of {@code schema.xml} for the sources collection: one document per source, its name as
   * the id and the checksum recorded when all its communiqués were written.
   */
  static String sourcesXml() {
    StringBuilder x = header();
    keyword(x, CommuniqueSchema.ID, false, true, true);
    storedOnly(x, CHECKSUM, false);
    x.append("</schema>\n");
    return x.toString();
  }

  /** The text of {@code schema.xml}. */
  static String xml() {
    StringBuilder x = header();
    x.append("  <similarity class=\"solr.BM25SimilarityFactory\">\n");
    x.append("    <float name=\"k1\">1.2</float>\n    <float name=\"b\">0.75</float>\n");
    x.append("  </similarity>\n");
    x.append("  <fieldType name=\"binary\" class=\"solr.BinaryField\"/>\n");
    x.append("  <fieldType name=\"text\" class=\"solr.TextField\">\n");
    x.append("    <analyzer class=\"").append(ANALYZER).append("\"/>\n");
    x.append("  </fieldType>\n");
    x.append("  <fieldType name=\"day_range\" class=\"").append(RANGE_FIELD).append("\"/>\n");
    keyword(x, CommuniqueSchema.ID, false, true, true);
    text(x, CommuniqueSchema.TITLE);
    text(x, CommuniqueSchema.BODY);
    name(x, CommuniqueSchema.ORGANIZATION, CommuniqueSchema.ORGANIZATION_TEXT, false);
    name(x, CommuniqueSchema.SPEAKER, CommuniqueSchema.SPEAKER_TEXT, true);
    name(x, CommuniqueSchema.ROLE, CommuniqueSchema.ROLE_TEXT, true);
    keyword(x, CommuniqueSchema.TOPIC, true, true, true);
    keyword(x, CommuniqueSchema.TYPE, false, true, true);
    field(
        x,
        CommuniqueSchema.DATE,
        "plong",
        "indexed=\"true\" stored=\"true\" docValues=\"true\" multiValued=\"false\"");
    field(x, CommuniqueSchema.DATE_RANGE, "day_range", "indexed=\"true\" stored=\"false\"");
    keyword(x, CommuniqueSchema.DATE_PRECISION, false, true, true);
    storedOnly(x, CommuniqueSchema.DATE_SOURCE, false);
    keyword(x, CommuniqueSchema.SOURCE, false, true, false);
    keyword(x, CommuniqueSchema.PATH, false, true, false);
    storedOnly(x, CommuniqueSchema.TITLE_DERIVED, false);
    storedOnly(x, CommuniqueSchema.UNRESOLVED_SPEAKER, true);
    storedOnly(x, CommuniqueSchema.TURNS, true);
    keyword(x, CommuniqueSchema.DUPLICATE_GROUP, false, true, true);
    keyword(x, CommuniqueSchema.CANONICAL, false, true, false);
    keyword(x, CommuniqueSchema.COPY_SOURCES, true, true, false);
    field(x, CommuniqueSchema.SIGNATURE, "binary", "indexed=\"false\" stored=\"true\"");
    field(
        x,
        FACET_YEAR,
        "string",
        "indexed=\"false\" stored=\"false\" docValues=\"true\" multiValued=\"false\"");
    field(
        x,
        FACET_MONTH,
        "string",
        "indexed=\"false\" stored=\"false\" docValues=\"true\" multiValued=\"false\"");
    field(
        x,
        TREND_MONTH,
        "string",
        "indexed=\"false\" stored=\"false\" docValues=\"true\" multiValued=\"false\"");
    x.append("</schema>\n");
    return x.toString();
  }

  /**
   * The start of a schema: its name with the version, the id as unique key, the string and long
   * types, and the fields SolrCloud needs.
   */
  private static StringBuilder header() {
    StringBuilder x = new StringBuilder();
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n");
    x.append("<!-- Written by 'communique solr setup' from CommuniqueSchema; do not edit. -->\n");
    x.append("<schema name=\"").append(name()).append("\" version=\"1.6\">\n");
    x.append("  <uniqueKey>").append(CommuniqueSchema.ID).append("</uniqueKey>\n");
    x.append("  <fieldType name=\"string\" class=\"solr.StrField\" sortMissingLast=\"true\"/>\n");
    x.append(
        "  <fieldType name=\"plong\" class=\"solr.LongPointField\" sortMissingLast=\"true\"/>\n");
    field(x, "_version_", "plong", "indexed=\"false\" stored=\"false\" docValues=\"true\"");
    field(x, "_root_", "string", "indexed=\"true\" stored=\"false\" docValues=\"false\"");
    return x;
  }

  private static void text(StringBuilder x, String name) {
    field(
        x,
        name,
        "text",
        "indexed=\"true\" stored=\"true\" multiValued=\"false\" storeOffsetsWithPositions=\"true\"");
  }

  private static void name(StringBuilder x, String keyword, String words, boolean multi) {
    keyword(x, keyword, multi, true, true);
    field(x, words, "text", "indexed=\"true\" stored=\"false\" multiValued=\"" + multi + "\"");
    x.append("  <copyField source=\"")
        .append(keyword)
        .append("\" dest=\"")
        .append(words)
        .append("\"/>\n");
  }

  private static void keyword(
      StringBuilder x, String name, boolean multi, boolean stored, boolean docValues) {
    field(
        x,
        name,
        "string",
        "indexed=\"true\" stored=\""
            + stored
            + "\" docValues=\""
            + docValues
            + "\" multiValued=\""
            + multi
            + "\"");
  }

  private static void storedOnly(StringBuilder x, String name, boolean multi) {
    field(
        x,
        name,
        "string",
        "indexed=\"false\" stored=\"true\" docValues=\"false\" multiValued=\"" + multi + "\"");
  }

  private static void field(StringBuilder x, String name, String type, String attributes) {
    x.append("  <field name=\"")
        .append(name)
        .append("\" type=\"")
        .append(type)
        .append("\" ")
        .append(attributes)
        .append("/>\n");
  }
}
