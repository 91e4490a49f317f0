package io.appraisal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.Dataset;
import io.appraisal.core.Explanation;
import io.appraisal.core.GradeScheme;
import io.appraisal.core.Indicator;
import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import io.appraisal.core.RuleSpec;
import io.appraisal.core.Unit;
import io.appraisal.core.UnitResult;
import io.appraisal.core.ValueRange;
import io.appraisal.rules.BuiltInRules;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's API example, compiled and checked. Keep the two in step. */
class ReadmeExampleTest {
  @Test
  void readmeExample() {
    List<String> lines = new ArrayList<>();
    // README:begin
    AppraisalEngine engine = AppraisalEngine.builder().rules(BuiltInRules.registry()).build();
    Policy policy = Policy.builder("district")
        .category("gov", "政府部门")
        .indicators(Indicator.group("total", "Total")
            .child(Indicator.leaf("loss", "Litigation loss rate (%)",
                    RuleSpec.of("goalposts", "lower", 5, "upper", 30))
                .points(60).lowerIsBetter().range(ValueRange.PERCENT))
            .child(Indicator.leaf("unfiled", "Unfiled normative documents",
                    RuleSpec.of("deduction-per-incident", "perIncident", 2))
                .points(40).lowerIsBetter())
            .build())
        .grades(GradeScheme.builder().band("优秀", 90, 0.5).band("良好", 80).otherwise("一般"))
        .build();
    Period q4 = Period.parse("2022-Q4");
    Dataset data = Dataset.builder()
        .unit(Unit.of("G01", "市教育局", "gov"))
        .unit(Unit.of("G02", "市公安局", "gov"))
        .value("G01", q4, "loss", 10).value("G01", q4, "unfiled", 1)   // 48 + 38 = 86
        .value("G02", q4, "loss", 4).value("G02", q4, "unfiled", 3)    // 60 + 34 = 94
        .build();
    AppraisalResult result = engine.evaluate(policy, data, q4);
    for (UnitResult unit : result.ranking()) {
      lines.add(UnitResult.rankText(unit.rank()) + " " + unit.unit().name() + " " + unit.published() + " "
          + unit.grade().orElse(""));
    }
    Explanation why = Explanation.of(result, "G01");
    lines.add(why.pointsLost().get(0).indicator() + " cost " + why.pointsLost().get(0).lost() + " points");
    // README:end
    assertEquals(List.of("1 市公安局 94.00 优秀", "2 市教育局 86.00 良好", "loss cost 12.0 points"), lines);
  }
}
