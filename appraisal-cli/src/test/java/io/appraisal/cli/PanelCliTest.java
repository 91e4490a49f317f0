package io.appraisal.cli;

import static io.appraisal.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.cli.Cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A yearly panel through the command line: a policy without an annual roll-up ranks a year from its own values, and
 * the units absent or screened out are listed under the table.
 *
 * <pre>
 * a, b proportional to 10, 10 points each; minCoverage 0.75; b imputed by the group median
 * 2021: x a 10 b 10, y a 4 b 6       z absent
 * 2022: y a 2 b 4, z a 8 (b missing) x absent
 *   z has 1 of 2 indicators (50 %) &lt; 75 %: screened out, so 2022 ranks y alone: (2 + 4) / 20 = 30.00
 * </pre>
 */
class PanelCliTest {
  @TempDir
  Path dir;

  @Test
  void rankAYearOfAPanel() throws IOException {
    Path policy = Files.writeString(dir.resolve("policy.yaml"), """
        id: panel
        categories: [{id: C, name: Only}]
        missing: {minCoverage: 0.75}
        indicators:
          id: root
          name: Total
          children:
            - {id: a, name: A, points: 10, rule: {type: proportional, full: 10}}
            - {id: b, name: B, points: 10, rule: {type: proportional, full: 10}, missing: group-median}
        """);
    Path data = Files.createDirectory(dir.resolve("data"));
    Files.writeString(data.resolve("units.csv"), "id,name,category,attributes\nx,X,C,\ny,Y,C,\nz,Z,C,\n");
    Files.writeString(data.resolve("values.csv"), """
        unit,period,indicator,value,self
        x,2021,a,10,
        x,2021,b,10,
        y,2021,a,4,
        y,2021,b,6,
        y,2022,a,2,
        y,2022,b,4,
        z,2022,a,8,
        """);
    Files.writeString(data.resolve("adjustments.csv"), "unit,period,item,count,note\n");

    Run run = run("rank", "--policy", policy.toString(), "--data", data.toString(), "--period", "2022");
    assertEquals(AppraisalCli.OK, run.exit(), run.err());
    assertEquals(1, run.rows().size(), run.out());
    assertEquals("y", run.rows().get(0).trim().split("\\s+")[1], run.out());
    assertTrue(run.rows().get(0).contains("30.00"), run.out());
    assertTrue(run.out().contains("no values in the period, not ranked: no values in period 2022; not ranked in"
        + " it"), run.out());
    assertTrue(run.out().contains("too few values, not ranked: values for 1 of 2 applicable indicators (50.0%) in"
        + " period 2022,"
        + " below the policy's minimum coverage of 75%; not ranked in it"), run.out());

    Run earlier = run("rank", "--policy", policy.toString(), "--data", data.toString(), "--period", "2021");
    assertEquals(AppraisalCli.OK, earlier.exit(), earlier.err());
    assertEquals(2, earlier.rows().size(), earlier.out());
    assertTrue(earlier.out().contains("no values in the period, not ranked: no values in period 2021; not ranked"
        + " in it"), earlier.out());
  }
}
