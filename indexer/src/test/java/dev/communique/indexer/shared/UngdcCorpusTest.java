package dev.communique.indexer.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.communique.core.Communique;
import dev.communique.core.DatePrecision;
import dev.communique.core.index.CommuniqueIndex;
import dev.communique.core.search.SearchRequest;
import dev.communique.indexer.IndexingReport;
import dev.communique.indexer.format.ColumnMapping;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indexes the UN General Debate corpus through its manifest and checks counts and named files. */
@Tag("shared")
class UngdcCorpusTest {

  @TempDir static Path dir;
  static CommuniqueIndex index;
  static IndexingReport report;

  @BeforeAll
  static void indexCorpus() throws Exception {
    Path manifest = SharedData.ungdc().resolve("manifest.csv");
    index = CommuniqueIndex.open(dir);
    report =
        SharedData.indexer(index)
            .indexManifest(manifest, ColumnMapping.parse(SharedData.UNGDC_MAPPING));
    System.out.printf(
        "UN General Debate corpus: read %d, indexed %d, skipped %d, duplicate groups %d in %s%n",
        report.read(),
        report.indexed(),
        report.skipped().size(),
        report.duplicates().groups(),
        report.elapsed());
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static Communique statement(String session, String file) throws Exception {
    String id = "ungdc/TXT/" + session.replace(' ', '_') + "/" + file;
    return index.get(id).orElseThrow(() -> new AssertionError("not indexed: " + id));
  }

  @Test
  void everyManifestRowIsIndexed() throws Exception {
    assertThat(report.read()).isEqualTo(10_952);
    assertThat(report.indexed()).isEqualTo(10_952);
    assertThat(report.skipped()).isEmpty();
    assertThat(index.count()).isEqualTo(10_952);
    long unattributed =
        index
            .search(SearchRequest.builder("*:* -speaker:*").includeCopies(true).limit(0).build())
            .totalHits();
    assertThat(unattributed).isEqualTo(81);
  }

  private static void check(String session, String file, String speaker, String country, int year)
      throws Exception {
    Communique c = statement(session, file);
    assertThat(c.speakers()).as(file).containsExactly(speaker);
    assertThat(c.organization()).as(file).isEqualTo(country);
    assertThat(c.date()).as(file).isEqualTo(LocalDate.of(year, 1, 1));
    assertThat(c.datePrecision()).as(file).isEqualTo(DatePrecision.YEAR);
    assertThat(c.formattedDate()).as(file).isEqualTo(Integer.toString(year));
    assertThat(c.type()).as(file).isEqualTo("general-debate");
    assertThat(c.title()).as(file).isEqualTo(country + " at the UN General Debate, " + year);
  }

  @Test
  void namedStatementsCarryTheManifestMetadata() throws Exception {
    check("Session 02 - 1947", "YUG_02_1947", "Simic", "Yugoslavia", 1947);
    check("Session 10 - 1955", "IRQ_10_1955", "Al-Jamali", "Iraq", 1955);
    check("Session 12 - 1957", "ESP_12_1957", "De Lequerica", "Spain", 1957);
    check("Session 12 - 1957", "USA_12_1957", "Dulles", "United States of America", 1957);
    check("Session 14 - 1959", "GIN_14_1959", "Diallo Telli", "Guinea", 1959);
    check("Session 18 - 1963", "ARG_18_1963", "Cordini", "Argentina", 1963);
    check("Session 19 - 1964", "ZAF_19_1964", "Muller", "South Africa", 1964);
    check("Session 24 - 1969", "PAK_24_1969", "Sher Ali Khan", "Pakistan", 1969);
    check("Session 70 - 2015", "DEU_70_2015", "Frank-Walter Steinmeier", "Germany", 2015);
    check("Session 75 - 2020", "USA_75_2020", "Donald Trump", "United States of America", 2020);
    check("Session 78 - 2023", "GBR_78_2023", "Oliver Dowden", "United Kingdom", 2023);
    assertThat(statement("Session 70 - 2015", "DEU_70_2015").roles())
        .containsExactly("Minister for Foreign Affairs");
    assertThat(statement("Session 78 - 2023", "GBR_78_2023").roles())
        .containsExactly("Deputy Prime Minister");
  }

  @Test
  void emptySpeakerRowsAreIndexedWithoutASpeaker() throws Exception {
    Communique togo = statement("Session 44 - 1989", "TGO_44_1989");
    assertThat(togo.speakers()).isEmpty();
    assertThat(togo.organization()).isEqualTo("Togo");
    assertThat(togo.formattedDate()).isEqualTo("1989");
  }

  @Test
  void yearRangesFindYearPrecisionStatements() throws Exception {
    long in2023 =
        index
            .search(
                SearchRequest.builder("*")
                    .from(LocalDate.of(2023, 9, 1))
                    .to(LocalDate.of(2023, 9, 30))
                    .includeCopies(true)
                    .limit(0)
                    .build())
            .totalHits();
    long year2023 =
        index
            .search(SearchRequest.builder("date:2023").includeCopies(true).limit(0).build())
            .totalHits();
    assertThat(in2023).isEqualTo(year2023).isBetween(180L, 200L);
  }
}
