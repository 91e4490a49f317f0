package io.appraisal.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.CompiledPolicy;
import io.appraisal.core.Period;
import io.appraisal.core.UnitResult;
import io.appraisal.io.DatasetFiles;
import io.appraisal.io.LoadedDataset;
import io.appraisal.io.policy.PolicyFiles;
import io.appraisal.rules.BuiltInRules;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an application embedding the library sees with appraisal-io and appraisal-rules only: the example policy
 * file and data files read from disk rank 2022-Q4, and none of the Excel, command-line or browser libraries is on
 * the class path. The expected ranks are the ones the example's hand-computed tests and the CLI test check.
 */
class EmbeddingTest {
  /** The example's files, relative to this module's directory (surefire runs there). */
  private static final Path EXAMPLE = Path.of("..", "seeds", "baicheng-2022");

  private static AppraisalResult q4;

  @BeforeAll
  static void rank() {
    CompiledPolicy policy = AppraisalEngine.builder().rules(BuiltInRules.registry()).build()
        .compile(PolicyFiles.read(EXAMPLE.resolve("policy.yaml")));
    LoadedDataset data = DatasetFiles.read(EXAMPLE);
    assertEquals(List.of(), data.parseProblems());
    q4 = data.evaluate(policy, Period.parse("2022-Q4"));
  }

  private static UnitResult unit(String id) {
    return q4.unit(id).orElseThrow();
  }

  @Test
  void ranksAllSixtySevenUnits() {
    assertEquals(67, q4.ranking().size());
    assertEquals(1, q4.ranking().get(0).rank());
    assertEquals(67, q4.ranking().get(66).rank());
  }

  @Test
  void publishesTheHandKnownFacts() {
    // G24 is first with 99.39; G16 publishes 96.28 but is vetoed, and the example ranks a vetoed unit last: 67.
    assertEquals("G24", q4.ranking().get(0).id());
    assertEquals(new BigDecimal("99.39"), unit("G24").published());
    assertEquals(67, unit("G16").rank());
    assertTrue(unit("G16").vetoed());
    // G09: score rate 92.606 + bonus 3 = 95.606, published 95.61; 12 units publish more: rank 13.
    assertEquals(new BigDecimal("95.61"), unit("G09").published());
    assertEquals(13, unit("G09").rank());
  }

  @Test
  void tiedUnitsShareTheirRankAndTheNextRankIsSkipped() {
    // P05 and P09 both publish 90.81: 27 units not vetoed publish more (the vetoed G16 is ranked last), so both
    // rank 28 and the next unit ranks 30.
    assertEquals(new BigDecimal("90.81"), unit("P05").published());
    assertEquals(new BigDecimal("90.81"), unit("P09").published());
    assertEquals(28, unit("P05").rank());
    assertEquals(28, unit("P09").rank());
    assertEquals(30, q4.ranking().get(29).rank());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "org.apache.poi.ss.usermodel.Workbook", // Apache POI (appraisal-xlsx)
      "picocli.CommandLine", // picocli (appraisal-cli)
      "org.openqa.selenium.WebDriver" // Selenium (appraisal-report's browser test)
  })
  void heavyLibrariesAreNotOnTheClassPath(String className) {
    assertThrows(ClassNotFoundException.class, () -> Class.forName(className));
  }
}
