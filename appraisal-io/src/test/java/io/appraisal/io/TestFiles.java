package io.appraisal.io;

import io.appraisal.core.Problem;
import java.nio.file.Path;
import java.util.List;

/** Paths of the test fixtures under {@code src/test/resources}. */
public final class TestFiles {
  private TestFiles() {}

  /**
   * The directory of a fixture of this module's {@code src/test/resources}, such as {@code broken}. It is found
   * through the sibling module's folder, not the class path, because the other modules' tests see these fixtures
   * inside a test jar, where they are no directory.
   */
  public static Path fixture(String name) {
    return Path.of("..", "appraisal-io", "src", "test", "resources", name);
  }

  /**
   * The problems as free text (no bundle key, no arguments), to compare them with problems written out by hand with
   * their English message.
   */
  public static List<Problem> plain(List<Problem> problems) {
    return problems.stream().map(p -> new Problem(p.source(), p.line(), p.field(), p.value(), p.message())).toList();
  }

  /**
   * The problems of the {@code broken} fixture, in the order every tool reports them, as {@code file:line: field
   * 'f' = 'v': message} with the fixture's directory as {@code dir}.
   */
  public static java.util.List<String> brokenProblems(Path dir) {
    String units = dir.resolve("units.csv").toString();
    String values = dir.resolve("values.csv").toString();
    String adjustments = dir.resolve("adjustments.csv").toString();
    return java.util.List.of(
        units + ":5: field 'category': unit M01 has no category",
        units + ":6: field 'id' = 'G16': duplicate unit id (first given at " + units + ":4)",
        units + ":7: field 'id': blank id: every row needs one",
        units + ":8: field 'columns' = '3': expected 4 columns (id,name,category,attributes) but found 3",
        values + ":3: field 'value' = '四': not a number: write digits with a '.' decimal point (95% is read as"
            + " 95), or NA for not applicable, or leave it empty when missing",
        values + ":19: field 'value' = '81.4': duplicate value for unit G01, period 2022-Q4, indicator 2.2 (first"
            + " given at " + values + ":18)",
        values + ":33: field 'unit' = 'X99': unknown unit",
        values + ":34: field 'indicator' = '10.1': unknown indicator (did you mean '1.1'?)",
        values + ":35: field 'period' = '2022-Q5': not a period: write a quarter as 2022-Q4 or a year as 2022",
        values + ":36: field 'columns' = '3': expected 4 columns (unit,period,indicator,value) but found 3",
        values + ":40: field 'value' = '120': outside the range [0, 100] of indicator 2.2",
        values + ": field 'value': required value missing for unit P01, period 2022-Q4, indicator 6.1",
        adjustments + ":3: field 'count' = 'zero': not a count: write a whole number of occurrences, at least 1",
        adjustments + ":4: field 'columns' = '4': expected 5 columns (unit,period,item,count,note) but found 4",
        adjustments + ":5: field 'item' = 'bonus.unknown': unknown adjustment item; the policy has"
            + " [bonus.regulation, bonus.demonstration, deduction.notice, deduction.fabrication, veto.illegal-act]");
  }
}
