package dev.communique.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the system's packages, driven through the system's chromedriver: the test
 * never downloads a browser. Where neither is installed (and {@code .ci/run} could not install
 * them), the browser tests are skipped with a message saying so.
 */
final class BrowserSession implements AutoCloseable {

  private static final String CHROMIUM =
      System.getProperty("communique.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER =
      System.getProperty("communique.chromedriver", "/usr/bin/chromedriver");

  final ChromeDriver driver;
  final Path downloads;

  private BrowserSession(ChromeDriver driver, Path downloads) {
    this.driver = driver;
    this.downloads = downloads;
  }

  /** Starts a browser, or skips the calling test if there is none to start. */
  static BrowserSession start(Path dir) throws IOException {
    Assumptions.assumeTrue(
        Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)),
        "browser tests skipped: no "
            + CHROMIUM
            + " and "
            + CHROMEDRIVER
            + " (install the Debian packages chromium and chromium-driver; .ci/run does)");
    Path downloads = Files.createDirectories(dir.resolve("downloads"));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1300,1000",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    return new BrowserSession(new ChromeDriver(service, options), downloads);
  }

  /** Opens a page and waits until it has rendered what it asked the API for. */
  void open(String url) {
    driver.get(url);
    waitFor(() -> rendered() != null);
  }

  /** Does something on the page and waits until the page has rendered again. */
  void andRender(Runnable action) {
    String before = rendered();
    action.run();
    waitFor(() -> !Objects.equals(rendered(), before));
  }

  private String rendered() {
    return driver.findElement(By.tagName("body")).getDomAttribute("data-rendered");
  }

  void waitFor(java.util.function.BooleanSupplier condition) {
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> condition.getAsBoolean());
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  WebElement one(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  /** The ids of the hits shown, in rank order. */
  List<String> hitIds() {
    return all("li.hit").stream().map(e -> e.getDomAttribute("data-id")).toList();
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** What the browser's console said since last asked about a Content-Security-Policy. */
  List<String> policyViolations() {
    return driver.manage().logs().get("browser").getAll().stream()
        .map(org.openqa.selenium.logging.LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy"))
        .toList();
  }

  /** Saves a screenshot as PNG when {@code -Dcommunique.screenshots=DIR} names a folder. */
  void screenshot(String name) throws IOException {
    String folder = System.getProperty("communique.screenshots");
    if (folder == null || folder.isBlank()) {
      return;
    }
    Path target = Path.of(folder).resolve(name + ".png");
    Files.createDirectories(target.getParent());
    Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
