package io.appraisal.cli;

import static io.appraisal.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.appraisal.cli.Cli.Run;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad expressions in one policy file: every error the policy alone shows (an unknown name, a condition where a
 * number is needed, a cycle) is reported at once, each at its file line and the offending token's offset; a
 * division by zero depends on the data, so it is reported, for every unit it happens to, by the run that evaluates:
 * once the policy compiles. Never a stack trace.
 */
class BadExpressionsTest {
  private static final String POLICY = """
      id: bad-expressions
      scale: 1
      rounding: {scale: 3, mode: half-up}
      categories: [{id: c, name: Countries}]
      indicators:
        id: root
        name: Root
        aggregation: arithmetic-mean
        children:
          - {id: hdi_f, name: HDI female, range: [0, 1], rule: {type: goalposts, lower: 0, upper: 1}}
          - {id: hdi_m, name: HDI male, range: [0, 1], rule: {type: goalposts, lower: 0, upper: 1}}
          - {id: gdi, name: GDI, points: 2, expression: "min(hdi_f / hdi_m, 2)"}
          - {id: typo, name: Typo, expression: "hdi_f / hdi_mm"}
          - {id: cond, name: Condition, expression: "hdi_f + (hdi_f > hdi_m)"}
          - {id: p, name: P, expression: "q + 1"}
          - {id: q, name: Q, expression: "p / 2"}
      """;

  @TempDir
  Path dir;

  private Run validate(String policy) throws IOException {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, policy);
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    Files.writeString(data.resolve("units.csv"), "id,name,category,attributes\nx,x,c,\ny,y,c,\nz,z,c,\n");
    // y's and z's male HDI are 0: hdi_f / hdi_m divides by zero for them, not for x.
    Files.writeString(data.resolve("values.csv"), """
        unit,period,indicator,value
        x,2022,hdi_f,0.956
        x,2022,hdi_m,0.970
        y,2022,hdi_f,0.630
        y,2022,hdi_m,0
        z,2022,hdi_f,0.5
        z,2022,hdi_m,0
        """);
    Files.writeString(data.resolve("adjustments.csv"), "unit,period,item,count,note\n");
    return run("validate", "--policy", file.toString(), "--data", data.toString());
  }

  /** The problem lines, without the temporary directory. */
  private List<String> problems(Run run) {
    assertEquals(AppraisalCli.INVALID_INPUT, run.exit(), run.err());
    assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run.err());
    return run.err().lines().skip(1).map(line -> line.strip().replace(dir + File.separator, "")).toList();
  }

  @Test
  void everyErrorOfTheExpressionsIsLocatedAndReportedAtOnce() throws IOException {
    // Lines 13, 14 and 16 of the policy, the offset the token's within the expression:
    // 'hdi_mm' at 8, '>' at 15 (a comparison added to a number); the cycle is named at q, the node that closes it.
    assertEquals(List.of(
        "bad.yaml:13: field 'indicators.typo.expression' = 'hdi_f / hdi_mm': at offset 8 of the"
            + " expression: unknown name 'hdi_mm'; did you mean 'hdi_m'?",
        "bad.yaml:14: field 'indicators.cond.expression' = 'hdi_f + (hdi_f > hdi_m)': at offset 15 of"
            + " the expression: a condition where a number is needed",
        "bad.yaml:16: field 'indicators.q.expression' = 'p / 2': cycle: q → p → q"),
        problems(validate(POLICY)));

    // The same policy with those three fixed (typo now reads hdi_f / hdi_m too): every division by zero, for y and
    // z, not for x, in both nodes, at its '/' (offset 10 of gdi's expression, 6 of typo's).
    assertEquals(List.of(
        "data/values.csv: field 'indicator' = 'gdi': unit y, period 2022: division by zero: 0.63 / 0 at offset 10"
            + " of 'min(hdi_f / hdi_m, 2)'",
        "data/values.csv: field 'indicator' = 'gdi': unit z, period 2022: division by zero: 0.5 / 0 at offset 10"
            + " of 'min(hdi_f / hdi_m, 2)'",
        "data/values.csv: field 'indicator' = 'typo': unit y, period 2022: division by zero: 0.63 / 0 at offset 6"
            + " of 'hdi_f / hdi_m'",
        "data/values.csv: field 'indicator' = 'typo': unit z, period 2022: division by zero: 0.5 / 0 at offset 6"
            + " of 'hdi_f / hdi_m'"),
        problems(validate(POLICY.replace("hdi_mm", "hdi_m").replace(" + (hdi_f > hdi_m)", "")
            .replace("q + 1", "hdi_f"))));
  }
}
