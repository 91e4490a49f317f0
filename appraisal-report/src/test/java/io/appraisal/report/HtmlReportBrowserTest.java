package io.appraisal.report;

import io.appraisal.example.ExampleQuarters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.appraisal.core.AppraisalResult;
import io.appraisal.core.Category;
import io.appraisal.core.UnitResult;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Opens the report of the bundled example in the system's headless Chromium and checks the live page. Needs
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} ({@code .ci/install-chromium.sh}); without them the test
 * is skipped, except under CI ({@code CI=true}), where it fails. Selenium Manager downloads nothing: both paths are
 * given explicitly.
 */
class HtmlReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  /** Where the screenshot goes (the module's build directory; docs/report.png is a copy of it). */
  private static final Path SCREENSHOT = Path.of("target", "report-screenshot.png");
  /** The unit whose rank cell is checked against the engine. */
  private static final String UNIT = "G09";

  private static final Logger DEVTOOLS_LOGGER = Logger.getLogger("org.openqa.selenium.devtools");

  @TempDir Path temp;
  private ChromeDriver driver;

  @BeforeEach
  void startChromium() {
    // Selenium warns that it has no DevTools module for this Chromium version; the test does not use DevTools.
    DEVTOOLS_LOGGER.setLevel(Level.SEVERE);
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String message = "chromium is missing: the browser test needs " + CHROMIUM + " and " + CHROMEDRIVER
          + " (Debian packages chromium and chromium-driver; run .ci/install-chromium.sh)";
      if ("true".equals(System.getenv("CI"))) {
        fail(message);
      }
      assumeTrue(false, message);
    }
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .withLogOutput(OutputStream.nullOutputStream())
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + temp.resolve("profile"), "--window-size=1600,1300", "--hide-scrollbars",
        "--force-device-scale-factor=1", "--lang=zh-CN");
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterEach
  void stopChromium() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void theReportOfTheBundledExampleRendersOffline() throws Exception {
    AppraisalResult q4 = ExampleQuarters.q4();
    Path page = SCREENSHOT.resolveSibling("report.html"); // kept next to the screenshot for a look by hand
    HtmlReport.builder(q4).earlier(ExampleQuarters.beforeQ4()).build().write(page);

    driver.get(page.toUri().toString());

    Files.createDirectories(SCREENSHOT.getParent());
    Files.write(SCREENSHOT, driver.getScreenshotAs(OutputType.BYTES));

    List<WebElement> rows = driver.findElements(By.cssSelector("#ranking-table tbody tr"));
    assertEquals(67, rows.size(), "ranking rows");

    UnitResult unit = q4.unit(UNIT).orElseThrow();
    WebElement rankCell = driver.findElement(By.cssSelector("#ranking-table tr[data-unit='" + UNIT + "'] td.rank"));
    assertEquals(UnitResult.rankText(unit.rank()), rankCell.getText(), "rank of " + UNIT);
    WebElement scoreCell = driver.findElement(By.cssSelector("#ranking-table tr[data-unit='" + UNIT + "'] td.score"));
    assertEquals(unit.published().toPlainString(), scoreCell.getText(), "score of " + UNIT);
    assertEquals(unit.unit().name(), driver.findElement(
        By.cssSelector("#ranking-table tr[data-unit='" + UNIT + "'] td.unit")).getText());

    List<String> bars = driver.findElements(By.cssSelector("#category-chart rect.bar")).stream()
        .map(bar -> bar.getAttribute("data-category")).toList();
    assertEquals(q4.policy().categories().stream().map(Category::id).toList(), bars, "one bar per category");

    Set<String> lines = driver.findElements(By.cssSelector("#bump-chart path.line")).stream()
        .map(line -> line.getAttribute("data-unit")).collect(Collectors.toSet());
    assertEquals(67, driver.findElements(By.cssSelector("#bump-chart path.line")).size(), "one line per unit");
    assertEquals(q4.ranking().stream().map(UnitResult::id).collect(Collectors.toSet()), lines);
    // Four quarters: every line has four points.
    String d = driver.findElement(By.cssSelector("#bump-chart path.line[data-unit='" + UNIT + "']"))
        .getAttribute("d");
    assertEquals(4, d.split("[ML]").length - 1, "points of " + UNIT + "'s line: " + d);

    JavascriptExecutor js = driver;
    assertEquals(0L, js.executeScript("return document.querySelectorAll('link').length"), "<link> elements");
    assertEquals(0L, js.executeScript("return document.querySelectorAll('script[src]').length"), "<script src>");
    assertEquals(0L, js.executeScript(
        "return [...document.querySelectorAll('img')].filter(i => !i.src.startsWith('data:')).length"), "<img>");
    assertEquals(0L, js.executeScript("return [...document.querySelectorAll('[src],[href]')]"
        + ".filter(e => !(e.getAttribute('href') || e.getAttribute('src') || '').startsWith('#')).length"),
        "only in-page links");
    assertEquals(0L, js.executeScript("return performance.getEntriesByType('resource').length"),
        "resources fetched by the page");
    assertTrue(driver.getPageSource().contains("市司法局"));
    assertTrue(Files.size(SCREENSHOT) > 10_000, "screenshot " + SCREENSHOT.toAbsolutePath());
  }
}
