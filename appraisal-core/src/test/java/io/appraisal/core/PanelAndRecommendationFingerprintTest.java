package io.appraisal.core;

import static io.appraisal.core.TestRules.linear;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.appraisal.core.panel.Panel;
import io.appraisal.core.recommendation.Recommendation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A policy's panels and recommendation are part of its canonical form (docs/PROVENANCE.md), hence of its hash. */
class PanelAndRecommendationFingerprintTest {
  private static Policy.Builder base() {
    return Policy.builder("p").category("c", "category")
        .indicators(Indicator.group("root", "root").child(Indicator.leaf("a", "a", linear(0, 100))).build());
  }

  @Test
  void panelsAndTheRecommendationAreWrittenAfterEverythingElse() {
    Policy policy = base()
        .panel("a", Panel.builder(Panel.Method.TRIMMED_MEAN).trim(1).minRaters(7)
            .group("representatives", 0.6).group("leaders", 0.4).build())
        .recommendation(Recommendation.top(2).mustPass(List.of("a")).build())
        .build();

    List<String> lines = Fingerprints.policyText(policy).lines().toList();

    assertEquals(List.of(
        "panel\tindicator=\"a\"\tmethod=\"TRIMMED_MEAN\"\ttrim=1\tminRaters=7\t"
            // numbers inside a map are written as the exact decimal of the double, as rule parameters are
            + "groups={\"leaders\":0.40000000000000002220446049250313080847263336181640625,"
            + "\"representatives\":0.59999999999999997779553950749686919152736663818359375}\toutlierMads=3\t"
            + "showRaterIds=false",
        "recommendation\ttop=2\tmustPass=[\"a\"]\tmustPassRate=100\tconditionIfSelfAssessmentFlagged=false\t"
            + "conditionIfDeduction=false\tconditionIfScoreBelow=-Infinity"),
        lines.subList(lines.size() - 2, lines.size()));
    assertEquals(Fingerprints.policyText(base().build()),
        String.join("\n", lines.subList(0, lines.size() - 2)) + "\n", "nothing else changes");
  }
}
