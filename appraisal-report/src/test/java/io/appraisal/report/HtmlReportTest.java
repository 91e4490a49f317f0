package io.appraisal.report;

import io.appraisal.example.ExampleData;
import io.appraisal.example.ExampleQuarters;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.core.AdjustmentEvent;
import io.appraisal.core.AdjustmentItem;
import io.appraisal.core.AdjustmentRules;
import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.CompiledPolicy;
import io.appraisal.core.Dataset;
import io.appraisal.core.GradeScheme;
import io.appraisal.core.Indicator;
import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import io.appraisal.core.RuleSpec;
import io.appraisal.core.Unit;
import io.appraisal.core.ValueRange;
import io.appraisal.rules.BuiltInRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
  private static final Period Q1 = Period.parse("2023-Q1");

  @Test
  void sameResultsSameBytes() {
    byte[] first = HtmlReport.builder(ExampleQuarters.q4()).earlier(ExampleQuarters.beforeQ4()).build().bytes();
    byte[] second = HtmlReport.builder(ExampleQuarters.q4())
        .earlier(List.of(ExampleQuarters.quarters().get(2), ExampleQuarters.quarters().get(0),
            ExampleQuarters.quarters().get(1)))
        .language("zh")
        .build().bytes();
    assertArrayEquals(first, second, "the order of the earlier results does not matter");
  }

  @Test
  void thePageReferencesNothingOutsideItself() {
    String html = HtmlReport.builder(ExampleQuarters.q4()).earlier(ExampleQuarters.beforeQ4()).build().html();
    for (String external : List.of("http:", "https:", "//", "url(", "<link", "<script", "<img", "@import",
        "<iframe", "<object")) {
      assertFalse(html.replace("<!DOCTYPE", "").contains(external), external);
    }
    Matcher href = Pattern.compile("(?:href|src)=\"([^\"]*)\"").matcher(html);
    while (href.find()) {
      assertTrue(href.group(1).startsWith("#unit-"), href.group(0));
    }
  }

  @Test
  void everyTextFromThePolicyAndTheDataIsEscaped() {
    String html = HtmlReport.of(hostile()).html();
    assertFalse(html.contains("<script>alert"), "unit name");
    assertTrue(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"));
    assertTrue(html.contains("Tom &amp; Jerry&#39;s &quot;unit&quot;"));
    assertTrue(html.contains("Cat &lt;A&gt; &amp; co"), "category name");
    assertTrue(html.contains("X &lt;raw&gt;"), "indicator name");
    assertTrue(html.contains("&lt;/td&gt;&lt;td&gt;injected"), "adjustment note");
    assertTrue(html.contains("data-unit=\"U&quot;3\""), "unit id in an attribute");
    assertTrue(html.contains("href=\"#unit-U_22_3\"") && html.contains("id=\"unit-U_22_3\""), "unit id in an anchor");
    assertTrue(html.contains("A&amp;B") && html.contains("C&lt;D"), "grade names");
    assertFalse(html.contains("</td><td>injected"));
  }

  @Test
  void labelsInChineseByDefaultOrEnglish() {
    String zh = HtmlReport.of(ExampleQuarters.q4()).html();
    assertTrue(zh.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"));
    assertTrue(zh.contains("<h2>综合排序 · 2022-Q4</h2>"));
    assertTrue(zh.contains("未提供此前季度的结果。"), "no earlier quarters");

    String en = HtmlReport.builder(ExampleQuarters.q4()).earlier(ExampleQuarters.beforeQ4()).language("en").build()
        .html();
    assertTrue(en.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
    assertTrue(en.contains("<h2>Ranking · 2022-Q4</h2>"));
    assertTrue(en.contains("Change: since 2022-Q3"));
    assertTrue(en.contains(">Score rate<"));
    assertFalse(en.contains("综合排序"), "no Chinese label left in English");
    assertEquals("en", HtmlReport.builder(ExampleQuarters.q4()).language("EN-gb").build().language());
  }

  @Test
  void theScoringRulesCloseTheReportAsAnAppendix() {
    AppraisalResult result = hostile();
    String html = HtmlReport.of(result).html();
    int start = html.indexOf("<section id=\"criteria\">");
    assertTrue(html.indexOf("<section id=\"notes\">") < start, "after the notes");
    String appendix = html.substring(start, html.indexOf("</main>"));
    assertTrue(appendix.startsWith("<section id=\"criteria\">\n<h2>附录　评分标准</h2>\n<table class=\"criteria\">\n"
        + "<thead><tr><th>编号</th><th>考核指标</th><th>分值</th>"), appendix);
    assertTrue(appendix.endsWith("</tbody>\n</table>\n</section>\n"), appendix);
    // the table appraisal policy --export html writes: the root, its leaf, then the bonus item
    String page = CriteriaHtml.html(result.policy(), Locale.CHINESE);
    String table = page.substring(page.indexOf("<table"), page.indexOf("</table>"));
    assertEquals(table, appendix.substring(appendix.indexOf("<table"), appendix.indexOf("</table>")));
    assertEquals(3, count(table, "<tr class=\"level"));
    assertTrue(table.contains("<tr class=\"level1\"><td>x</td><td style=\"padding-left:0.6em\">X &lt;raw&gt;</td>"
        + "<td class=\"points\">100</td>"), table);
    assertTrue(table.contains("<tr class=\"level1\"><td>bonus.x</td><td style=\"padding-left:0.6em\">Bonus &lt;x&gt;"
        + "</td><td class=\"points\">+2</td>"), table);

    String en = HtmlReport.builder(result).language("en").build().html();
    assertTrue(en.contains("<section id=\"criteria\">\n<h2>Appendix: scoring rules</h2>\n<table class=\"criteria\">"),
        en);
  }

  @Test
  void theBuilderChecksAtOnce() {
    AppraisalResult q4 = ExampleQuarters.q4();
    List<AppraisalResult> quarters = ExampleQuarters.quarters();
    assertEquals("language must be 'zh' or 'en' but was: 'fr'",
        assertThrows(IllegalArgumentException.class, () -> HtmlReport.builder(q4).language("fr")).getMessage());
    assertEquals("the language was already set to en", assertThrows(IllegalStateException.class,
        () -> HtmlReport.builder(q4).language("en").language("zh")).getMessage());
    assertEquals("an earlier result must be a quarter of 2022 before 2022-Q2 but was: 2022-Q3",
        assertThrows(IllegalArgumentException.class,
            () -> HtmlReport.builder(quarters.get(1)).earlier(List.of(quarters.get(2)))).getMessage());
    assertEquals("the earlier results give 2022-Q1 twice", assertThrows(IllegalArgumentException.class,
        () -> HtmlReport.builder(q4).earlier(List.of(quarters.get(0), quarters.get(0)))).getMessage());
    assertEquals("an earlier result must be a quarter of 2023 before 2023-Q1 but was: 2022-Q4",
        assertThrows(IllegalArgumentException.class,
            () -> HtmlReport.builder(hostile()).earlier(List.of(q4))).getMessage());
    assertEquals("the earlier results were already set to [2022-Q1]", assertThrows(IllegalStateException.class,
        () -> HtmlReport.builder(q4).earlier(List.of(quarters.get(0))).earlier(List.of())).getMessage());
  }

  @Test
  void writesAtomically(@TempDir Path dir) throws IOException {
    HtmlReport report = HtmlReport.builder(ExampleQuarters.q4()).earlier(ExampleQuarters.beforeQ4()).build();
    Path file = dir.resolve("reports").resolve("2022-Q4.html");
    report.write(file);
    report.write(file); // replaces
    assertArrayEquals(report.bytes(), Files.readAllBytes(file));
    try (var files = Files.list(file.getParent())) {
      assertEquals(List.of(file), files.toList(), "no temporary file left");
    }
  }

  @Test
  void theReviewLogIsShownOnTheUnitsRow() {
    // seeds/README.md: the example's correction log overrides G34's 2022-Q4 grade 优秀 → 良好 and corrects G12's
    // 2022-Q2 raw value of 5.1 from 35 to 15.
    String q4 = HtmlReport.of(ExampleData.load().evaluate(ExampleQuarters.policy(), Period.parse("2022-Q4"))).html();
    assertTrue(q4.contains("<td class=\"review\"><span title=\"执法案卷评查发现程序问题经考评委员会研究等次由优秀调整为良好 · "
        + "市绩效考评委员会\">等次 优秀→良好</span></td></tr>"), "G34's row");
    assertEquals(1, count(q4, "<td class=\"review\"><span"), "one unit with a correction in 2022-Q4");
    String q2 = HtmlReport.builder(ExampleData.load().evaluate(ExampleQuarters.policy(), Period.parse("2022-Q2")))
        .language("en").build().html();
    assertTrue(q2.contains(">5.1 raw 35→15</span></td></tr>"), "G12's row");
    assertTrue(q2.contains("<li>5.1 raw 35→15 · 二审改判"), "G12's breakdown");
  }

  @Test
  void oneRankingTablePerCategory() {
    String html = HtmlReport.of(ExampleQuarters.q4()).html();
    int tables = 0;
    int rows = 0;
    for (String category : List.of("party", "government", "mass")) {
      String start = "<table class=\"category-table\" data-category=\"" + category + "\">";
      assertTrue(html.contains(start), category);
      String table = html.substring(html.indexOf(start), html.indexOf("</table>", html.indexOf(start)));
      assertEquals(ExampleQuarters.q4().ranking(category).size(), count(table, "<tr data-unit="), category);
      tables++;
      rows += count(table, "<tr data-unit=");
    }
    assertEquals(tables, count(html, "<table class=\"category-table\""));
    assertEquals(67, rows, "every unit once");
  }

  @Test
  void theMovementChartColoursTheUnitsThatMovedMost() {
    // Positions in Q1: U1 U2 U3 U4 U5; in Q2: U5 U1 U2 U3 U4. U5 travelled 4 places, the others 1 each: U5, then
    // the two best-placed of the ties (U1, U2) are coloured; U3 and U4 are grey.
    AppraisalResult q1 = fiveUnits(Q1, 90, 80, 70, 60, 50);
    AppraisalResult q2 = fiveUnits(Period.parse("2023-Q2"), 85, 75, 65, 55, 95);
    String html = HtmlReport.builder(q2).earlier(List.of(q1)).build().html();
    for (String unit : List.of("U5", "U1", "U2")) {
      assertTrue(html.contains("<g class=\"unit moved\" data-unit=\"" + unit + "\">"), unit);
    }
    for (String unit : List.of("U3", "U4")) {
      assertTrue(html.contains("<g class=\"unit still\" data-unit=\"" + unit + "\">"), unit);
    }
    // Grey lines are drawn first, so that the coloured ones lie over them.
    assertTrue(html.indexOf("data-unit=\"U4\"><path") < html.indexOf("data-unit=\"U5\"><path"));
    // Without an earlier quarter nothing moved: every line is grey.
    assertFalse(HtmlReport.of(q2).html().contains("unit moved"));
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  /** Units U1..U5 of one category with the given percentages in {@code period}. */
  private static AppraisalResult fiveUnits(Period period, double... values) {
    Policy policy = Policy.builder("five")
        .name("Five")
        .category("a", "A")
        .indicators(Indicator.group("total", "Total")
            .child(Indicator.leaf("x", "X", RuleSpec.of("proportional")).points(100).range(ValueRange.PERCENT))
            .build())
        .build();
    Dataset.Builder data = Dataset.builder();
    for (int i = 0; i < values.length; i++) {
      data.unit(Unit.of("U" + (i + 1), "Unit " + (i + 1), "a")).value("U" + (i + 1), period, "x", values[i]);
    }
    return AppraisalEngine.builder().rules(BuiltInRules.registry()).build().compile(policy)
        .evaluate(data.build(), period);
  }

  /** A small result whose every name tries to break out of the page. */
  private static AppraisalResult hostile() {
    Policy policy = Policy.builder("hostile")
        .name("Test <policy>")
        .category("a", "Cat <A> & co")
        .category("b", "B")
        .indicators(Indicator.group("total", "Total")
            .child(Indicator.leaf("x", "X <raw>", RuleSpec.of("proportional")).points(100).range(ValueRange.PERCENT))
            .build())
        .adjustments(new AdjustmentRules(List.of(AdjustmentItem.bonus("bonus.x", "Bonus <x>", 2, 2)), 3, 10))
        .grades(GradeScheme.builder().band("A&B", 90).otherwise("C<D"))
        .build();
    Dataset data = Dataset.builder()
        .unit(Unit.of("U1", "<script>alert(\"x\")</script>", "a"))
        .unit(Unit.of("U2", "Tom & Jerry's \"unit\"", "b"))
        .unit(Unit.of("U\"3", "Quote", "b"))
        .value("U1", Q1, "x", 95)
        .value("U2", Q1, "x", 80)
        .value("U\"3", Q1, "x", 70)
        .event(new AdjustmentEvent("U1", Q1, "bonus.x", 2, "</td><td>injected"))
        .build();
    CompiledPolicy compiled = AppraisalEngine.builder().rules(BuiltInRules.registry()).build().compile(policy);
    return compiled.evaluate(data, Q1);
  }
}
