package dev.communique.indexer.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.communique.indexer.format.ColumnMapping.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColumnMappingTest {

  private static final String UNGDC =
      "speaker=\"Name of Person Speaking\", organization=Country, date=Year, role=Post,"
          + " title=\"{Country}: UN General Debate, {Year}\", type='general-debate'";

  private static final List<String> HEADER =
      List.of("file", "ISO Code", "Country", "Session", "Year", "Name of Person Speaking", "Post");

  @TempDir Path dir;

  @Test
  void parsesColumnsTemplatesAndLiterals() {
    ColumnMapping mapping = ColumnMapping.parse(UNGDC);
    Map<String, String> row =
        row(
            "TXT/Session 01 - 1946/ARG_01_1946.txt",
            "ARG",
            "Argentina",
            "01",
            "1946",
            "Mr. Arce",
            "Minister for Foreign Affairs");

    assertThat(mapping.fields())
        .containsExactly(
            Field.TITLE, Field.ORGANIZATION, Field.SPEAKER, Field.ROLE, Field.DATE, Field.TYPE);
    assertThat(mapping.value(Field.SPEAKER, row)).contains("Mr. Arce");
    assertThat(mapping.value(Field.ORGANIZATION, row)).contains("Argentina");
    assertThat(mapping.value(Field.DATE, row)).contains("1946");
    assertThat(mapping.value(Field.ROLE, row)).contains("Minister for Foreign Affairs");
    assertThat(mapping.value(Field.TITLE, row)).contains("Argentina: UN General Debate, 1946");
    assertThat(mapping.value(Field.TYPE, row)).contains("general-debate");
    assertThat(mapping.value(Field.FILE, row)).contains("TXT/Session 01 - 1946/ARG_01_1946.txt");
    assertThat(mapping.value(Field.TOPICS, row)).isEmpty();
    assertThat(mapping.value(Field.ID, row)).isEmpty();
  }

  @Test
  void emptyCellsGiveNoValueAndTemplatesWithAnEmptyColumnGiveNone() {
    ColumnMapping mapping = ColumnMapping.parse(UNGDC);
    Map<String, String> row =
        row("TXT/Session 02 - 1947/CSK_02_1947.txt", "CSK", "", "02", "1947", " ", "");

    assertThat(mapping.value(Field.SPEAKER, row)).isEmpty();
    assertThat(mapping.value(Field.ROLE, row)).isEmpty();
    assertThat(mapping.value(Field.ORGANIZATION, row)).isEmpty();
    assertThat(mapping.value(Field.TITLE, row)).isEmpty();
    assertThat(mapping.value(Field.DATE, row)).contains("1947");
  }

  @Test
  void toStringReadsBackAsTheSameMapping() {
    ColumnMapping mapping = ColumnMapping.parse(UNGDC);

    assertThat(mapping.toString())
        .isEqualTo(
            "title=\"{Country}: UN General Debate, {Year}\", organization=\"Country\","
                + " speaker=\"Name of Person Speaking\", role=\"Post\", date=\"Year\","
                + " type='general-debate'");
    assertThat(ColumnMapping.parse(mapping.toString())).isEqualTo(mapping);
    assertThat(mapping.describe(Field.DATE)).isEqualTo("date=\"Year\"");
    assertThat(mapping.describe(Field.FILE)).isEqualTo("file=file|path");
  }

  @Test
  void quotedValuesMayHoldCommasQuotesAndLiteralBraces() {
    ColumnMapping mapping =
        ColumnMapping.parse(
            "organization=\"Country, Territory\", type='it\\'s literal',"
                + " title=\"{{{Name}}} \\\"{Year}\\\"\", topics=Tags");
    Map<String, String> row = new LinkedHashMap<>();
    row.put("Country, Territory", "Chile");
    row.put("Name", "Debate");
    row.put("Year", "2001");
    row.put("Tags", "trade; security;; climate ");

    assertThat(mapping.value(Field.ORGANIZATION, row)).contains("Chile");
    assertThat(mapping.value(Field.TYPE, row)).contains("it's literal");
    assertThat(mapping.value(Field.TITLE, row)).contains("{Debate} \"2001\"");
    assertThat(mapping.values(Field.TOPICS, row)).containsExactly("trade", "security", "climate");
  }

  @Test
  void unknownFieldListsTheKnownOnes() {
    assertThatThrownBy(() -> ColumnMapping.parse("speakr=Name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown field 'speakr'; known fields: file, id, title, organization, speaker, role,"
                + " date, type, topics, source (in mapping: speakr=Name)");
  }

  @Test
  void malformedSpecsAreRefused() {
    assertThatThrownBy(() -> ColumnMapping.parse("speaker=\"Name of Person"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unclosed \" in the value of 'speaker'");
    assertThatThrownBy(() -> ColumnMapping.parse("speaker"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("expected '=' after 'speaker'");
    assertThatThrownBy(() -> ColumnMapping.parse("speaker=, date=Year"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no value for 'speaker'");
    assertThatThrownBy(() -> ColumnMapping.parse("title=\"{Country: debate\""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unclosed '{' in template \"{Country: debate\"");
    assertThatThrownBy(() -> ColumnMapping.parse("date=Year date=Session"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "unquoted value 'Year date=Session' of 'date' holds = or a quote; separate pairs"
                + " with ',' or quote the value");
    assertThatThrownBy(() -> ColumnMapping.parse("date=\"Year\" role=Post"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("expected ',' after the value of 'date' at position 13");
  }

  @Test
  void severalMapOptionsJoinAndMayNotRepeatAField() {
    ColumnMapping joined =
        ColumnMapping.parse(List.of("speaker=\"Name of Person Speaking\"", "date=Year, role=Post"));

    assertThat(joined)
        .isEqualTo(
            ColumnMapping.parse("speaker=\"Name of Person Speaking\", date=Year, role=Post"));
    assertThatThrownBy(() -> ColumnMapping.parse(List.of("date=Year", "date=Session")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("field 'date' is mapped twice");
  }

  @Test
  void laterMappingOverridesEarlierFields() {
    ColumnMapping merged =
        ColumnMapping.parse("date=Year, role=Post")
            .overriddenBy(ColumnMapping.parse("date=Session"));

    assertThat(merged).isEqualTo(ColumnMapping.parse("date=Session, role=Post"));
  }

  @Test
  void loadsAMappingFileWithComments() throws Exception {
    Path file = dir.resolve("ungdc.map");
    Files.writeString(
        file,
        "\uFEFF# UN General Debate corpus\n"
            + "speaker = \"Name of Person Speaking\"\n"
            + "\n"
            + "  # the country is the issuing organisation\n"
            + "organisation = Country\n"
            + "date = Year\n"
            + "role = Post\n"
            + "title = \"{Country}: UN General Debate, {Year}\"\n"
            + "type = 'general-debate'\n",
        StandardCharsets.UTF_8);

    assertThat(ColumnMapping.load(file)).isEqualTo(ColumnMapping.parse(UNGDC));
  }

  @Test
  void mappingFileErrorsNameTheLine() throws Exception {
    Path file = dir.resolve("bad.map");
    Files.writeString(file, "date = Year\n# fine\nspeeker = Name\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> ColumnMapping.load(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(file + ":3: unknown field 'speeker'");
  }

  @Test
  void validateNamesMissingColumnsAndListsTheHeader() {
    ColumnMapping mapping =
        ColumnMapping.parse("speaker=Speaker, title=\"{Nation} {Year}\", date=Year");

    assertThatThrownBy(() -> mapping.validate(HEADER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "mapped columns 'Nation' (for title), 'Speaker' (for speaker) are not in the manifest"
                + " header; the header has: file, ISO Code, Country, Session, Year,"
                + " Name of Person Speaking, Post");
  }

  @Test
  void validateAcceptsAMatchingHeader() {
    ColumnMapping mapping = ColumnMapping.parse(UNGDC);

    mapping.validate(HEADER);

    assertThat(mapping.value(Field.FILE, row("a.txt", "", "", "", "", "", ""))).contains("a.txt");
  }

  @Test
  void fileDefaultsToAPathColumnAndIsRequired() {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("Path", "texts/one.txt");
    row.put("Year", "2001");

    assertThat(ColumnMapping.defaults().value(Field.FILE, row)).contains("texts/one.txt");
    assertThatThrownBy(() -> ColumnMapping.defaults().validate(List.of("Document", "Year")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the manifest has no 'file' or 'path' column; map one with file=COLUMN;"
                + " the header has: Document, Year");
    assertThat(ColumnMapping.parse("file=Document").value(Field.FILE, Map.of("Document", "d.txt")))
        .contains("d.txt");
  }

  @Test
  void blankSpecMapsNothing() {
    assertThat(ColumnMapping.parse("  ")).isEqualTo(ColumnMapping.defaults());
    assertThat(ColumnMapping.parse("  ").fields()).isEmpty();
  }

  private static Map<String, String> row(String... cells) {
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < HEADER.size(); i++) {
      row.put(HEADER.get(i), cells[i]);
    }
    return row;
  }
}
