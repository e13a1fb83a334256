package dev.communique.cli;

import static dev.communique.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.communique.cli.CliRun.Run;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code communique trend} over the sample corpus: text, JSON, CSV, and the charts. */
class TrendCommandTest {

  @TempDir static Path dir;
  static String index;

  static JsonNode json(String... args) throws Exception {
    Run run = run(args);
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  @BeforeAll
  static void indexSample() {
    index = CliRun.indexSample(dir).toString();
  }

  @Test
  void textShowsTheTableAndASparkline() {
    Run run = run("trend", "interoperability", "--index", index);
    assertThat(run.status()).isZero();
    assertThat(run.out().lines().toList())
        .containsExactly(
            "\"interoperability\" by year · documents",
            "",
            "period  count  total    share",
            "2019        1      5    20.0%  ████████",
            "2020        1      4    25.0%  ████████",
            "2021        2      8    25.0%  ████████████████",
            "2022        0      5     0.0%",
            "2023        3      8    37.5%  ████████████████████████",
            "2024        2      8    25.0%  ████████████████",
            "",
            "\"interoperability\"  ▄▄▆▁█▆  2019–2024  sum 9, peak 2023 (3)");
  }

  @Test
  void jsonHasTheDocumentedShape() throws Exception {
    JsonNode json = json("trend", "interoperability", "--index", index, "--format", "json");
    assertThat(json.get("query").asText()).isEqualTo("interoperability");
    assertThat(json.get("by").asText()).isEqualTo("year");
    assertThat(json.get("groupBy").isNull()).isTrue();
    assertThat(json.get("countOf").asText()).isEqualTo("documents");
    assertThat(json.get("normalized").asBoolean()).isFalse();
    JsonNode first = json.get("rows").get(0);
    assertThat(first.toString())
        .isEqualTo("{\"period\":\"2019\",\"group\":null,\"count\":1,\"total\":5,\"share\":0.2}");
    assertThat(json.get("rows")).hasSize(6);
  }

  @Test
  void monthsWithoutMatchesAreZeroRows() throws Exception {
    JsonNode rows =
        json(
                "trend",
                "interoperability",
                "--by",
                "month",
                "--from",
                "2023",
                "--to",
                "2023",
                "--index",
                index,
                "--format",
                "json")
            .get("rows");
    List<String> periods = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    rows.forEach(
        r -> {
          periods.add(r.get("period").asText());
          counts.add(r.get("count").asLong());
        });
    assertThat(periods)
        .containsExactly(
            "2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06", "2023-07", "2023-08",
            "2023-09", "2023-10", "2023-11", "2023-12");
    assertThat(counts).containsExactly(0L, 0L, 0L, 1L, 1L, 0L, 0L, 0L, 0L, 0L, 1L, 0L);
  }

  @Test
  void normalizedSharesAreCountOverTotal() throws Exception {
    JsonNode json =
        json("trend", "nato", "--by", "year", "--normalize", "--index", index, "--format", "json");
    assertThat(json.get("normalized").asBoolean()).isTrue();
    assertThat(json.get("rows")).hasSize(7);
    for (JsonNode row : json.get("rows")) {
      long total = row.get("total").asLong();
      double expected = total == 0 ? 0 : (double) row.get("count").asLong() / total;
      assertThat(row.get("share").asDouble()).as(row.toString()).isEqualTo(expected);
    }
    Run text = run("trend", "nato", "--normalize", "--index", index);
    assertThat(text.out()).startsWith("\"nato\" by year · documents as a share of all releases\n");
  }

  @Test
  void topTwoGroupsAreTheTwoSpeakersWithTheMostMatches() throws Exception {
    JsonNode hits =
        json("search", "ukraine", "--index", index, "--json", "--limit", "100").get("hits");
    Map<String, Integer> bySpeaker = new TreeMap<>();
    hits.forEach(h -> h.get("speakers").forEach(s -> bySpeaker.merge(s.asText(), 1, Integer::sum)));
    List<String> expected =
        bySpeaker.entrySet().stream()
            .sorted(
                Map.Entry.<String, Integer>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(2)
            .map(Map.Entry::getKey)
            .toList();
    assertThat(bySpeaker.size()).isGreaterThan(2);

    JsonNode json =
        json(
            "trend",
            "ukraine",
            "--group",
            "speaker",
            "--top",
            "2",
            "--index",
            index,
            "--format",
            "json");
    assertThat(json.get("groupBy").asText()).isEqualTo("speaker");
    List<String> groups = new ArrayList<>();
    json.get("rows").forEach(r -> groups.add(r.get("group").asText()));
    assertThat(groups.stream().distinct().toList()).isEqualTo(expected);
    long sum = 0;
    for (JsonNode r : json.get("rows")) {
      if (r.get("group").asText().equals(expected.get(0))) {
        sum += r.get("count").asLong();
      }
    }
    assertThat(sum).isEqualTo(bySpeaker.get(expected.get(0)).longValue());
  }

  @Test
  void csvAndJsonLinesHaveOneRecordPerRow() {
    Run csv = run("trend", "interoperability", "--index", index, "--format", "csv");
    assertThat(csv.out().lines().toList())
        .startsWith("period,group,count,total,share", "2019,,1,5,0.2", "2020,,1,4,0.25")
        .hasSize(7);
    Run jsonl = run("trend", "interoperability", "--index", index, "--format", "jsonl");
    assertThat(jsonl.out().lines().toList())
        .hasSize(6)
        .startsWith("{\"period\":\"2019\",\"group\":null,\"count\":1,\"total\":5,\"share\":0.2}");
  }

  @Test
  void svgHasOneSeriesPerGroup() throws Exception {
    Path svg = dir.resolve("trend.svg");
    Run run =
        run(
            "trend",
            "ukraine",
            "--group",
            "organization",
            "--top",
            "3",
            "--index",
            index,
            "--svg",
            svg.toString(),
            "--format",
            "json");
    assertThat(run.status()).isZero();
    List<String> groups = new ArrayList<>();
    new ObjectMapper()
        .readTree(run.out())
        .get("rows")
        .forEach(r -> groups.add(r.get("group").asText()));
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
    NodeList gs = doc.getElementsByTagName("g");
    List<String> series = new ArrayList<>();
    for (int i = 0; i < gs.getLength(); i++) {
      Element g = (Element) gs.item(i);
      if (TrendChart.SERIES_CLASS.equals(g.getAttribute("class"))) {
        series.add(g.getAttribute("data-series"));
      }
    }
    assertThat(series)
        .hasSize(3)
        .containsExactlyInAnyOrderElementsOf(groups.stream().distinct().toList());
    NodeList texts = doc.getElementsByTagName("text");
    List<String> words = new ArrayList<>();
    for (int i = 0; i < texts.getLength(); i++) {
      words.add(texts.item(i).getTextContent());
    }
    assertThat(words)
        .contains("\"ukraine\" by year, top 3 by organization", "year")
        .containsAll(series);
    List<String> years = words.stream().filter(w -> w.matches("\\d{4}")).toList();
    assertThat(years).isNotEmpty().doesNotHaveDuplicates();
  }

  @Test
  void pngHasTheAskedSize() throws Exception {
    Path png = dir.resolve("trend.png");
    Run run =
        run(
            "trend",
            "nato",
            "--by",
            "month",
            "--normalize",
            "--index",
            index,
            "--png",
            png.toString(),
            "--width",
            "640",
            "--height",
            "400");
    assertThat(run.status()).isZero();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(640);
    assertThat(image.getHeight()).isEqualTo(400);
  }

  @Test
  void badOptionsAreOneLineAndExitTwo() {
    assertThat(run("trend", "nato", "--index", index, "--by", "week"))
        .isEqualTo(
            new Run(
                2,
                "",
                "communique: --by: unknown period 'week' (expected year or month)"
                    + System.lineSeparator()));
    Run top = run("trend", "nato", "--index", index, "--top", "0");
    assertThat(top.status()).isEqualTo(2);
    assertThat(top.err().strip()).isEqualTo("communique: --top must be at least 1, got 0");
    Run group = run("trend", "nato", "--index", index, "--group", "month");
    assertThat(group.err().strip())
        .isEqualTo(
            "communique: --group: unknown field 'month' (expected none, speaker, organization,"
                + " role, topic or type)");
    Run count = run("trend", "nato", "--index", index, "--count", "words");
    assertThat(count.err().strip())
        .isEqualTo(
            "communique: --count: unknown count 'words' (expected documents or occurrences)");
    Run width = run("trend", "nato", "--index", index, "--png", "x.png", "--width", "10");
    assertThat(width.err().strip()).isEqualTo("communique: --width must be in 200..8000, got 10");
  }
}
