package dev.communique.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The page of {@code communique serve} in a real browser (headless Chromium): search, facets,
 * sorting, paging, the document view, the trend chart, the concordance, "said by", downloads, bad
 * queries, and a release full of markup that must stay text.
 */
class WebPageBrowserTest {

  private static final String SEED = "releases/nato-foreign-ministers-2023-11-29";

  /** The NATO releases that mention interoperability, in rank order (from the sample corpus). */
  private static final List<String> NATO_INTEROPERABILITY =
      List.of(
          SEED,
          "releases/nato-ai-principles-2021-10-22",
          "releases/nato-cyber-coalition-exercise-2020-11-20",
          "releases/nato-interoperability-roadmap-2019-10-24");

  @TempDir static Path dir;
  private static ServedIndex served;
  private static BrowserSession browser;

  @BeforeAll
  static void start() throws IOException {
    browser = BrowserSession.start(dir);
    served = ServedIndex.start(dir);
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
    if (served != null) {
      served.close();
    }
  }

  private static String url(String query) {
    return served.page() + query;
  }

  private static void search(String words) {
    WebElement box = browser.one("#q");
    box.clear();
    box.sendKeys(words);
    browser.andRender(() -> box.sendKeys(Keys.ENTER));
  }

  @Test
  void searchingInteroperabilityPutsTheSeedReleaseFirstWithAMarkedSnippet() throws IOException {
    browser.open(url(""));
    search("interoperability");
    assertThat(browser.one("#status").getText())
        .isEqualTo("9 communiqués match “interoperability” (showing 1–9).");
    List<String> ids = browser.hitIds();
    assertThat(ids).hasSize(9).first().isEqualTo(SEED);
    WebElement first = browser.one("li.hit");
    assertThat(first.findElement(org.openqa.selenium.By.cssSelector(".rank")).getText())
        .isEqualTo("1");
    assertThat(first.findElement(org.openqa.selenium.By.cssSelector(".snippet mark")).getText())
        .isEqualTo("interoperability");
    assertThat(first.findElement(org.openqa.selenium.By.cssSelector(".meta")).getText())
        .startsWith("2023-11-29 · NATO · Jens Stoltenberg");
    assertThat(browser.driver.getCurrentUrl()).endsWith("/?q=interoperability");
    assertThat(browser.policyViolations()).isEmpty();
    browser.screenshot("results");
  }

  @Test
  void clickingAFacetNarrowsTheResultsAndItsChipRemovesIt() {
    browser.open(url("?q=interoperability"));
    WebElement nato = browser.one("button.facet[data-field=organization][data-value=NATO]");
    assertThat(nato.getText()).isEqualTo("NATO\n4");
    browser.andRender(nato::click);
    assertThat(browser.hitIds()).isEqualTo(NATO_INTEROPERABILITY);
    assertThat(browser.driver.getCurrentUrl()).endsWith("?q=interoperability&org=NATO");
    WebElement chip = browser.one("button.chip");
    assertThat(chip.getText()).isEqualTo("organisation: NATO×");
    assertThat(chip.getDomAttribute("aria-label"))
        .isEqualTo("Remove the filter organisation: NATO");
    assertThat(browser.one("button.facet[data-value=NATO]").getDomAttribute("aria-pressed"))
        .isEqualTo("true");
    browser.andRender(chip::click);
    assertThat(browser.hitIds()).hasSize(9);
    assertThat(browser.all("button.chip")).isEmpty();
  }

  @Test
  void aYearFacetSetsTheDateRangeAndTheUrlRestoresTheWholeState() {
    browser.open(url("?q=interoperability"));
    browser.andRender(
        () -> browser.one("button.facet[data-field=year][data-value='2021']").click());
    assertThat(browser.hitIds())
        .containsExactlyInAnyOrder(
            "releases/nato-ai-principles-2021-10-22",
            "releases/germany-netherlands-interoperability-land-forces-2021-09-14");
    assertThat(browser.one("#from").getDomProperty("value")).isEqualTo("2021");
    String bookmark = browser.driver.getCurrentUrl();
    browser.andRender(() -> browser.driver.navigate().back());
    assertThat(browser.hitIds()).hasSize(9);
    assertThat(browser.one("#from").getDomProperty("value")).isEmpty();
    browser.open(url(""));
    browser.open(bookmark);
    assertThat(browser.hitIds()).hasSize(2);
    assertThat(browser.one("#q").getDomProperty("value")).isEqualTo("interoperability");
    assertThat(browser.one("button.chip").getText()).isEqualTo("from: 2021×");
  }

  @Test
  void sortingByDatePutsTheNewestFirst() {
    browser.open(url("?q=interoperability"));
    browser.andRender(() -> new Select(browser.one("#sort")).selectByValue("date"));
    assertThat(browser.driver.getCurrentUrl()).endsWith("?q=interoperability&sort=date");
    List<String> dates = new ArrayList<>();
    for (WebElement meta : browser.all("li.hit .meta")) {
      dates.add(meta.getText().substring(0, 10));
    }
    assertThat(dates).hasSize(9).isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(browser.hitIds().get(0)).isEqualTo("releases/un-ai-governance-briefing-2024-09-19");
  }

  @Test
  void pagesOfTenFollowEachOther() {
    browser.open(url(""));
    assertThat(browser.all("li.hit")).hasSize(10);
    browser.andRender(
        () -> browser.driver.findElement(org.openqa.selenium.By.linkText("Next →")).click());
    assertThat(browser.one("li.hit .rank").getText()).isEqualTo("11");
    assertThat(browser.one(".pager span").getText()).isEqualTo("Page 2 of 5");
    assertThat(browser.driver.getCurrentUrl()).endsWith("?page=2");
  }

  @Test
  void openingAReleaseShowsItsMetadataTurnsCopiesAndSimilarReleases() throws IOException {
    browser.open(url("?q=cyber+coalition"));
    String id = "releases/nato-cyber-coalition-exercise-2020-11-20";
    assertThat(browser.hitIds().get(0)).isEqualTo(id);
    WebElement title = browser.one("li.hit h2 a");
    String text = title.getText();
    browser.andRender(title::click);
    assertThat(browser.one("article.document").getDomAttribute("data-id")).isEqualTo(id);
    assertThat(browser.one(".doc-title").getText()).isEqualTo(text);
    assertThat(browser.one(".facts").getText())
        .contains("Organisation\nNATO")
        .contains("Speakers\nKaisa Rautavaara, Teodor Valdane");
    assertThat(browser.all(".script .turn")).isNotEmpty();
    assertThat(browser.one("ul.copies").getText())
        .endsWith("/releases/nato-cyber-coalition-exercise-2020-11-20-republished.txt");
    assertThat(browser.all("ul.similar li a")).hasSize(5);
    assertThat(browser.driver.getCurrentUrl())
        .endsWith("view=doc&id=" + URLEncoder.encode(id, StandardCharsets.UTF_8));
    browser.screenshot("document");
  }

  @Test
  void theTrendChartDrawsOnePointPerYear() throws IOException {
    browser.open(url("?q=interoperability&view=trend"));
    WebElement chart = browser.one("#trend-chart");
    browser.waitFor(
        () -> ((Number) browser.script("return arguments[0].naturalWidth;", chart)).intValue() > 0);
    assertThat(chart.getDomAttribute("src")).startsWith("/api/trend?q=interoperability");
    assertThat(browser.all("table.trend-rows tbody tr")).hasSize(6);
    // The SVG the page shows, fetched again outside the page: one series of six points.
    String svg = served.get(chart.getDomAttribute("src").substring(1)).body();
    assertThat(java.util.regex.Pattern.compile("class='trend-series'").matcher(svg).results())
        .hasSize(1);
    assertThat(svg).contains("data-points='6'");
    assertThat(browser.policyViolations()).isEmpty();
    browser.screenshot("trend");
    browser.andRender(() -> new Select(browser.one("#trend-group")).selectByValue("speaker"));
    assertThat(browser.driver.getCurrentUrl()).contains("group=speaker");
    assertThat(browser.one("table.trend-rows thead").getText()).contains("Group");
  }

  @Test
  void theConcordanceAlignsEachOccurrenceAndSortsByEitherSide() throws IOException {
    browser.open(url("?q=interoperability&view=kwic"));
    assertThat(browser.one("#status").getText())
        .isEqualTo("10 occurrences of “interoperability” in 9 communiqués.");
    assertThat(browser.all("table.kwic tbody tr")).hasSize(10);
    assertThat(browser.all("table.kwic td.keyword mark")).hasSize(10);
    browser.screenshot("kwic");
    browser.andRender(() -> new Select(browser.one("#kwic-sort")).selectByValue("right"));
    List<String> right = new ArrayList<>();
    for (WebElement cell : browser.all("table.kwic td.right")) {
      right.add(cell.getDomProperty("textContent").strip().toLowerCase(java.util.Locale.ROOT));
    }
    com.fasterxml.jackson.databind.JsonNode lines =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(served.get("api/kwic?q=interoperability&sort=right&limit=200").body())
            .get("lines");
    List<String> expected = new ArrayList<>();
    lines.forEach(
        l -> expected.add(l.get("right").asText().strip().toLowerCase(java.util.Locale.ROOT)));
    assertThat(right).hasSize(10).isEqualTo(expected);
    assertThat(browser.driver.getCurrentUrl()).contains("ksort=right");
  }

  @Test
  void saidByShowsEachHitsMatchingTurnsAndWhoTalksAboutIt() throws IOException {
    browser.open(url(""));
    browser.one("#said-by").sendKeys("Teo");
    browser.waitFor(() -> !browser.all("#speaker-names option").isEmpty());
    assertThat(browser.one("#speaker-names option").getDomAttribute("value"))
        .isEqualTo("Teodor Valdane");
    browser.one("#said-by").sendKeys("dor Valdane");
    search("interoperability");
    assertThat(browser.hitIds())
        .containsExactly(
            "releases/nato-ai-principles-2021-10-22",
            "releases/nato-interoperability-roadmap-2019-10-24");
    assertThat(browser.all("li.hit .turn")).hasSize(2);
    assertThat(browser.one("li.hit .turn strong").getText()).isEqualTo("Teodor Valdane (turn 0):");
    assertThat(browser.one("li.hit .turn mark").getText()).isEqualTo("interoperability");
    assertThat(browser.one(".who li").getText()).isEqualTo("Teodor Valdane 2 turns in 2 releases");
    browser.screenshot("said-by");
  }

  @Test
  void aMisspelledQueryOffersTheSpellingThatMatches() {
    browser.open(url("?q=interoprability"));
    assertThat(browser.one("#suggestion").getText()).isEqualTo("Did you mean interoperability?");
    browser.andRender(() -> browser.one("#suggestion a").click());
    assertThat(browser.hitIds()).hasSize(9);
  }

  @Test
  void aBadQuerySaysWhereAndMarksTheBox() {
    browser.open(url(""));
    search("interoperability AND (");
    assertThat(browser.one("#error").getText())
        .isEqualTo("invalid query at position 22: a '(' is not closed");
    assertThat(browser.one("#q").getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.all("li.hit")).isEmpty();
  }

  @Test
  void markupInAReleaseShowsAsTextAndNoScriptFromItRuns() {
    browser.open(url("?q=quokka"));
    assertThat(browser.hitIds()).containsExactly(ServedIndex.HOSTILE_ID);
    assertThat(browser.one("li.hit h2").getText())
        .contains("<script>window.__xssRan = 1</script>")
        .contains("<img src=x onerror=\"window.__xssRan = 2\">");
    assertThat(browser.one("li.hit .snippet").getText())
        .contains("<a href=\"javascript:window.__xssRan=3\">");
    browser.andRender(() -> browser.one("li.hit h2 a").click());
    assertThat(browser.one("article.document .body").getText())
        .contains("<a href=\"javascript:window.__xssRan=3\">this javascript: link</a>")
        .contains("<img src=x onerror=\"window.__xssRan=4\">");
    assertThat(browser.all("article img, article script, li.hit img")).isEmpty();
    assertThat(browser.all("a[href^='javascript']")).isEmpty();
    assertThat(browser.script("return document.scripts.length")).isEqualTo(1L);
    assertThat(browser.script("return typeof window.__xssRan")).isEqualTo("undefined");
    assertThat(browser.policyViolations()).isEmpty();
  }

  @Test
  void theCsvDownloadHoldsEveryHit() throws Exception {
    browser.open(url("?q=interoperability"));
    browser.one("#download-csv").click();
    Path csv = browser.downloads.resolve("communique-export.csv");
    browser.waitFor(() -> Files.isRegularFile(csv) && size(csv) > 0);
    browser.waitFor(() -> lines(csv) == 10);
    assertThat(Files.readAllLines(csv).get(0)).isEqualTo(String.join(",", HitFields.CSV_DEFAULT));
  }

  @Test
  void everyInputHasALabelAndTheViewsAreReachableByKeyboard() {
    browser.open(url("?q=interoperability"));
    for (WebElement input : browser.all("input, select")) {
      String id = input.getDomAttribute("id");
      assertThat(browser.all("label[for='" + id + "']")).as("label for #" + id).hasSize(1);
    }
    WebElement trend = browser.one(".views button[data-view=trend]");
    browser.script("arguments[0].focus()", trend);
    browser.andRender(() -> trend.sendKeys(Keys.ENTER));
    assertThat(browser.driver.getCurrentUrl()).contains("view=trend");
    assertThat(trend.getDomAttribute("aria-pressed")).isEqualTo("true");
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  private static long lines(Path file) {
    try {
      return Files.readAllLines(file).size();
    } catch (IOException e) {
      return -1;
    }
  }
}
