package dev.communique.solr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.communique.core.Communique;
import dev.communique.core.DatePrecision;
import dev.communique.core.DateSource;
import dev.communique.core.schema.CommuniqueSchema;
import dev.communique.core.schema.DocumentMapper;
import dev.communique.solr.plugin.VocabularyFile;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexableField;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;

/**
 * The generated schema against {@link CommuniqueSchema}, and the document mapping, without Solr.
 */
class SolrSchemaTest {

  @Test
  void everyFieldOfTheEmbeddedDocumentIsInTheSolrSchemaOrListedAsNotHeld() throws Exception {
    String xml = SolrSchema.xml();
    Communique full = sample();
    List<String> names = new ArrayList<>();
    for (IndexableField field :
        DocumentMapper.toDocument(full, "g", false, List.of("a.txt"), new byte[] {1, 2})
            .getFields()) {
      names.add(field.name());
    }
    for (String name : names) {
      if (!SolrSchema.NOT_HELD.contains(name)) {
        assertThat(xml).as(name).contains("<field name=\"" + name + "\"");
      }
    }
    for (Field constant : CommuniqueSchema.class.getFields()) {
      if (Modifier.isStatic(constant.getModifiers())
          && constant.getType() == String.class
          && constant.getName().equals(constant.getName().toUpperCase())
          && names.contains((String) constant.get(null))) {
        String name = (String) constant.get(null);
        assertThat(
                xml.contains("<field name=\"" + name + "\"") || SolrSchema.NOT_HELD.contains(name))
            .as(constant.getName())
            .isTrue();
      }
    }
    assertThat(xml).contains("<schema name=\"communique-" + CommuniqueSchema.VERSION + "\"");
  }

  @Test
  void thePluginClassesTheSchemaNamesExist() throws Exception {
    assertThat(Class.forName(SolrSchema.ANALYZER).getSimpleName()).isEqualTo("CommuniqueAnalyzer");
    assertThat(Class.forName(SolrSchema.RANGE_FIELD).getSimpleName())
        .isEqualTo("EpochDayRangeField");
  }

  @Test
  void aCommuniqueRoundTripsThroughTheSolrDocument() {
    Communique full = sample();
    SolrInputDocument input = SolrDocuments.toSolr(full);
    assertThat(input.getFieldValue(CommuniqueSchema.DATE_RANGE))
        .isEqualTo(
            LocalDate.of(2023, 4, 1).toEpochDay() + ".." + LocalDate.of(2023, 4, 30).toEpochDay());
    assertThat(input.getFieldValue(SolrSchema.FACET_MONTH)).isEqualTo("2023-04");
    assertThat(input.getFieldValue(SolrSchema.FACET_YEAR)).isEqualTo("2023");
    assertThat(input.getFieldValue(CommuniqueSchema.SIGNATURE)).isInstanceOf(byte[].class);
    SolrDocument output = new SolrDocument();
    for (String name : input.getFieldNames()) {
      output.setField(name, input.getFieldValues(name));
    }
    assertThat(SolrDocuments.fromSolr(output)).isEqualTo(full);
  }

  @Test
  void theVocabularyFileRoundTrips() throws Exception {
    var vocabulary =
        dev.communique.core.search.QueryVocabulary.builder()
            .synonyms(List.of("Kyiv", "Kiev"))
            .speakerAlias("Dr. Fauci", "Anthony Fauci")
            .build();
    var read =
        VocabularyFile.read(
            new ByteArrayInputStream(
                VocabularyFile.write(vocabulary).getBytes(StandardCharsets.UTF_8)));
    assertThat(read.synonymGroups()).isEqualTo(vocabulary.synonymGroups());
    assertThat(read.speakerAliases()).isEqualTo(vocabulary.speakerAliases());
    assertThat(read.canonicalSpeaker("DR FAUCI")).contains("Anthony Fauci");
  }

  private static Communique sample() {
    return Communique.builder("r/1")
        .title("A title")
        .organization("NATO")
        .speakers(List.of("Jens Stoltenberg"))
        .roles(List.of("Secretary General"))
        .topics(List.of("nato"))
        .type("statement")
        .date(LocalDate.of(2023, 4, 1), DatePrecision.MONTH, DateSource.METADATA)
        .body(
            "Allies met in Brussels today and agreed to strengthen interoperability between their"
                + " forces, with common procedures and secure communications for every mission.")
        .source("releases/1.txt")
        .path("releases/1.txt")
        .build();
  }
}
