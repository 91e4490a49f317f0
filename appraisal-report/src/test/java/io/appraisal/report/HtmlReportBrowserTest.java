package io.appraisal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.appraisal.core.AppraisalResult;
import io.appraisal.core.Category;
import io.appraisal.core.Period;
import io.appraisal.core.UnitResult;
import io.appraisal.example.ExampleData;
import io.appraisal.example.ExampleQuarters;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Opens the report of the bundled example in the system's headless Chromium at 1,366 px and checks the live page, its
 * fit and its print. Needs {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} ({@code
 * .ci/install-chromium.sh}); without them the test is skipped, except under CI ({@code CI=true}), where it fails.
 * Selenium Manager downloads nothing: both paths are given explicitly.
 *
 * <p>The page is the one {@code appraisal report --out DIR} writes for the bundled example (every quarter evaluated
 * with the correction log); {@code docs/report.png} is a copy of {@link #SCREENSHOT}.
 */
class HtmlReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  /** Where the screenshot goes (the module's build directory; docs/report.png is a copy of it). */
  private static final Path SCREENSHOT = Path.of("target", "report-screenshot.png");
  /** The printed report, kept for a look by hand. */
  private static final Path PDF = SCREENSHOT.resolveSibling("report.pdf");
  /** The width of a common laptop screen, the narrowest the report is made for. */
  private static final int WIDTH = 1366;
  /** The height of the screenshot: the header, the ranking's top and what follows on a wide screen. */
  private static final int SCREENSHOT_HEIGHT = 1600;
  /** The unit whose rank cell is checked against the engine. */
  private static final String UNIT = "G09";
  /** The unit whose grade the example's review log overrides in 2022-Q4 (seeds/README.md). */
  private static final String OVERRIDDEN = "G34";

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
        "--user-data-dir=" + temp.resolve("profile"), "--window-size=" + WIDTH + ",1000", "--hide-scrollbars",
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

  /** The report {@code appraisal report} writes for the bundled example's 2022-Q4, opened in the browser. */
  private AppraisalResult open() throws Exception {
    return open("zh");
  }

  /** The same in {@code language}. */
  private AppraisalResult open(String language) throws Exception {
    List<AppraisalResult> quarters = Period.quarter(2022, 1).quartersOfYear().stream()
        .map(quarter -> ExampleData.load().evaluate(ExampleQuarters.policy(), quarter))
        .toList();
    AppraisalResult q4 = quarters.get(3);
    // kept next to the screenshot for a look by hand
    Path page = SCREENSHOT.resolveSibling(language.equals("zh") ? "report.html" : "report-" + language + ".html");
    HtmlReport.builder(q4).earlier(quarters.subList(0, 3)).language(language).build().write(page);
    driver.get(page.toUri().toString());
    return q4;
  }

  @Test
  void theReportOfTheBundledExampleRendersOffline() throws Exception {
    AppraisalResult q4 = open();

    List<WebElement> rows = driver.findElements(By.cssSelector("#ranking-table tbody tr"));
    assertEquals(67, rows.size(), "ranking rows");

    UnitResult unit = q4.unit(UNIT).orElseThrow();
    assertEquals(UnitResult.rankText(unit.rank()), cell("#ranking-table", UNIT, "rank"), "rank of " + UNIT);
    assertEquals(unit.published().toPlainString(), cell("#ranking-table", UNIT, "score"), "score of " + UNIT);
    assertEquals(unit.unit().name(), cell("#ranking-table", UNIT, "unit"));
    // The example's review log changes G34's grade in 2022-Q4 from 优秀 to 良好: shown on its row.
    assertEquals("等次 优秀→良好", cell("#ranking-table", OVERRIDDEN, "review"));
    assertEquals("", cell("#ranking-table", UNIT, "review"));

    List<String> bars = driver.findElements(By.cssSelector("#category-chart rect.bar")).stream()
        .map(bar -> bar.getAttribute("data-category")).toList();
    List<String> categories = q4.policy().categories().stream().map(Category::id).toList();
    assertEquals(categories, bars, "one bar per category");

    // One ranking table per category: its units in the category's published order, with their overall rank.
    List<WebElement> tables = driver.findElements(By.cssSelector("#category-rankings table.category-table"));
    assertEquals(categories, tables.stream().map(table -> table.getAttribute("data-category")).toList());
    for (WebElement table : tables) {
      String category = table.getAttribute("data-category");
      List<WebElement> members = table.findElements(By.cssSelector("tbody tr"));
      assertEquals(q4.ranking(category).stream().map(UnitResult::id).toList(),
          members.stream().map(row -> row.getAttribute("data-unit")).toList(), "table of " + category);
      for (WebElement row : members) {
        UnitResult member = q4.unit(row.getAttribute("data-unit")).orElseThrow();
        assertEquals(UnitResult.rankText(member.categoryRank()), row.findElement(By.cssSelector("td.rank")).getText());
        assertEquals(UnitResult.rankText(member.rank()), row.findElement(By.cssSelector("td.overall")).getText());
      }
    }

    // The movement chart: a panel per category, one line per unit with a point per quarter, at most three
    // coloured lines per panel and the rest grey.
    assertEquals(categories, driver.findElements(By.cssSelector("#bump-chart figure")).stream()
        .map(figure -> figure.getAttribute("data-category")).toList(), "one panel per category");
    Set<String> lines = driver.findElements(By.cssSelector("#bump-chart path.line")).stream()
        .map(line -> line.getAttribute("data-unit")).collect(Collectors.toSet());
    assertEquals(67, driver.findElements(By.cssSelector("#bump-chart path.line")).size(), "one line per unit");
    assertEquals(q4.ranking().stream().map(UnitResult::id).collect(Collectors.toSet()), lines);
    String d = driver.findElement(By.cssSelector("#bump-chart path.line[data-unit='" + UNIT + "']"))
        .getAttribute("d");
    assertEquals(4, d.split("[ML]").length - 1, "points of " + UNIT + "'s line: " + d);
    for (String category : categories) {
      String panel = "#bump-chart figure[data-category='" + category + "'] ";
      int moved = driver.findElements(By.cssSelector(panel + "g.moved")).size();
      assertTrue(moved >= 1 && moved <= 3, category + ": " + moved + " coloured lines");
      assertEquals(q4.ranking(category).size(),
          moved + driver.findElements(By.cssSelector(panel + "g.still")).size(), category);
    }

    // The appendix, the scoring rules: the root, its 9 groups and 20 leaves, then the 5 adjustment items.
    assertEquals(35, driver.findElements(By.cssSelector("#criteria table.criteria tbody tr")).size(), "criteria rows");
    assertEquals(6, driver.findElements(By.cssSelector("#criteria table.criteria thead th")).size(), "criteria columns");

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
  }

  @Test
  void nothingOverflowsAt1366Pixels() throws Exception {
    for (String language : List.of("en", "zh")) { // the English labels are the longer
      open(language);
      JavascriptExecutor js = driver;
      assertEquals((long) WIDTH, js.executeScript("return window.innerWidth"), "viewport width");
      js.executeScript("document.querySelectorAll('details').forEach(d => d.open = true)");
      // Sections scroll sideways rather than spill: any element wider inside than its box is clipped content.
      @SuppressWarnings("unchecked")
      List<String> overflowing = (List<String>) js.executeScript(
          "return [...document.querySelectorAll('section, table, th, td, figure, svg')]"
              + ".filter(e => e.scrollWidth > e.clientWidth)"
              + ".map(e => (e.id || e.tagName) + ' in ' + (e.closest('section') || {}).id + ': ' + e.scrollWidth"
              + " + ' > ' + e.clientWidth + ' ' + e.textContent.slice(0, 40))");
      assertEquals(List.of(), overflowing, language + ": cells wider than their box at " + WIDTH + " px");
      assertEquals((long) WIDTH, js.executeScript("return document.documentElement.scrollWidth"), "page width");
    }

    JavascriptExecutor js = driver;
    Files.createDirectories(SCREENSHOT.getParent());
    js.executeScript("document.querySelectorAll('details').forEach(d => d.open = false)");
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
        "captureBeyondViewport", true,
        "clip", Map.of("x", 0, "y", 0, "width", WIDTH, "height", SCREENSHOT_HEIGHT, "scale", 1)));
    Files.write(SCREENSHOT, Base64.getDecoder().decode((String) shot.get("data")));
    assertTrue(Files.size(SCREENSHOT) > 10_000, "screenshot " + SCREENSHOT.toAbsolutePath());
  }

  @Test
  void printsAsAnA4Document() throws Exception {
    open();
    JavascriptExecutor js = driver;
    // The print stylesheet: table headers repeat on every page, no row is split across two, each section starts a
    // page (the category chart follows the category tables), the appendix too.
    @SuppressWarnings("unchecked")
    List<String> rules = (List<String>) js.executeScript(
        "return [...document.styleSheets[0].cssRules].filter(r => r.media && r.media.mediaText === 'print')"
            + ".flatMap(r => [...r.cssRules]).map(r => r.cssText)");
    assertTrue(rules.contains("thead { display: table-header-group; }"), rules.toString());
    assertTrue(rules.stream().anyMatch(rule -> rule.matches("tr, .*\\{ break-inside: avoid; }")), rules.toString());
    assertTrue(rules.contains("section { border: 0px; border-radius: 0px; padding: 0px; margin: 0px 0px 10px;"
        + " overflow: visible; break-before: page; }"), rules.toString());
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    assertEquals("page", js.executeScript("return getComputedStyle(document.getElementById('criteria')).breakBefore"),
        "the appendix starts a page");
    assertEquals("table-header-group", js.executeScript(
        "return getComputedStyle(document.querySelector('#criteria thead')).display"), "its header repeats");
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

    // Chrome's Page.printToPDF with the page's own @page size and margins (A4); ChromeDriver's print command gives
    // up after 10 s, too short for 40 pages on a loaded machine.
    Map<String, Object> printed = driver.executeCdpCommand("Page.printToPDF",
        Map.of("preferCSSPageSize", true, "printBackground", true));
    byte[] pdf = Base64.getDecoder().decode((String) printed.get("data"));
    Files.createDirectories(PDF.getParent());
    Files.write(PDF, pdf);
    int pages = pages(pdf);
    Matcher box = Pattern.compile("/MediaBox\\s*\\[\\s*0\\s+0\\s+([\\d.]+)\\s+([\\d.]+)\\s*]")
        .matcher(new String(pdf, StandardCharsets.ISO_8859_1));
    int a4 = 0;
    while (box.find()) {
      // A4: 210 × 297 mm = 595.3 × 841.9 pt.
      assertEquals(595.3, Double.parseDouble(box.group(1)), 1, box.group());
      assertEquals(841.9, Double.parseDouble(box.group(2)), 1, box.group());
      a4++;
    }
    assertEquals(pages, a4, "A4 pages");
    // The ranking 2 pages (67 rows), the two charts 1, the category tables 3, the units' summaries 2 (their breakdowns
    // print only when opened), the notes 1 or 2, the appendix of scoring rules 2 (35 rows, criteria wrapped):
    // measured 12 with Noto Sans CJK (10 before the appendix).
    assertTrue(pages >= 10 && pages <= 14, pages + " pages in " + PDF.toAbsolutePath());
  }

  private String cell(String table, String unit, String column) {
    return driver.findElement(By.cssSelector(table + " tr[data-unit='" + unit + "'] td." + column)).getText();
  }

  /** The number of page objects ({@code /Type /Page}, not {@code /Pages}) in a PDF. */
  private static int pages(byte[] pdf) {
    Matcher page = Pattern.compile("/Type\\s*/Page(?![A-Za-z])").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
    int count = 0;
    while (page.find()) {
      count++;
    }
    return count;
  }
}
