package io.appraisal.core.recommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.Dataset;
import io.appraisal.core.Indicator;
import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import io.appraisal.core.RuleSpec;
import io.appraisal.core.Unit;
import io.appraisal.core.ValueRange;
import io.appraisal.core.Direction;
import io.appraisal.core.spi.ParameterSpec;
import io.appraisal.core.spi.Rule;
import io.appraisal.core.spi.RuleParameters;
import io.appraisal.core.spi.RuleRegistry;
import io.appraisal.core.spi.RuleType;
import io.appraisal.core.spi.UnitRule;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RecommendationsTest {
  private static final Period Q4 = Period.quarter(2022, 4);

  /** Points = max × raw / 100. */
  private static final class Percent implements RuleType {
    @Override
    public String id() {
      return "percent";
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public String description() {
      return "max × raw / 100";
    }

    @Override
    public List<ParameterSpec> parameters() {
      return List.of();
    }

    @Override
    public Rule create(RuleParameters parameters) {
      return new UnitRule() {
        @Override
        protected double points(double raw, double maxPoints, Direction direction) {
          return maxPoints * raw / 100;
        }
      };
    }
  }

  private static AppraisalResult evaluate(Recommendation recommendation, double[][] values) {
    Policy policy = Policy.builder("demo").category("county", "县")
        .indicators(Indicator.group("total", "total")
            .child(Indicator.leaf("a", "tasks", RuleSpec.of("percent")).points(60).range(ValueRange.PERCENT))
            .child(Indicator.leaf("b", "must-pass task", RuleSpec.of("percent")).points(40).range(ValueRange.PERCENT))
            .build())
        .recommendation(recommendation)
        .build();
    Dataset.Builder data = Dataset.builder();
    for (int u = 0; u < values.length; u++) {
      data.unit(Unit.of("U" + (u + 1), "县" + (u + 1), "county"))
          .value("U" + (u + 1), Q4, "a", values[u][0]).value("U" + (u + 1), Q4, "b", values[u][1]);
    }
    AppraisalEngine engine = AppraisalEngine.builder()
        .rules(RuleRegistry.builder().register(new Percent()).build()).build();
    return engine.compile(policy).evaluate(data.build(), Q4);
  }

  @Test
  void aUnitFailingAMustPassItemIsNotRecommendedWhateverItsTotal() {
    Recommendation recommendation = Recommendation.top(2).mustPass(List.of("b")).conditionIfScoreBelow(90).build();
    // U1: 60 × 100% + 40 × 90% = 96 (rank 1, but b earns 36 of 40); U2: 54 + 40 = 94; U3: 48 + 40 = 88;
    // U4: 42 + 40 = 82. Passing: U2, U3, U4; the top 2 are U2 and U3; U3's 88 is below 90: with conditions.
    AppraisalResult result = evaluate(recommendation, new double[][] {{100, 90}, {90, 100}, {80, 100}, {70, 100}});

    List<UnitRecommendation> outcomes = Recommendations.apply(result, recommendation);

    assertEquals(List.of("U1", "U2", "U3", "U4"), outcomes.stream().map(o -> o.result().id()).toList());
    assertEquals(List.of(UnitRecommendation.Outcome.NOT_RECOMMENDED, UnitRecommendation.Outcome.RECOMMENDED,
            UnitRecommendation.Outcome.RECOMMENDED_WITH_CONDITIONS, UnitRecommendation.Outcome.NOT_RECOMMENDED),
        outcomes.stream().map(UnitRecommendation::outcome).toList());
    assertEquals(List.of("b"), outcomes.get(0).failedMustPass());
    assertEquals(List.of("failed must-pass b (36 of 40 points)"), english(outcomes.get(0)));
    assertEquals(List.of("place 2 among 3 passing units", "condition: score 88.00 below 90"),
        english(outcomes.get(2)));
    assertEquals(List.of("place 3 among 3 passing units; top 2 recommended"), english(outcomes.get(3)));
    // and in Chinese, from the same keys
    assertEquals("未达必达项 b（得 36 分，满分 40 分）", outcomes.get(0).reasons().get(0).message(Locale.CHINESE));
    assertEquals("附条件：得分 88.00 低于 90", outcomes.get(2).reasons().get(1).message(Locale.CHINESE));
  }

  @Test
  void aLowerMustPassRateAndTiesAtTheLastPlace() {
    // b passes at 90 % of its points (36 of 40). U1 96; U2 and U3 tie at 54 + 40 = 94; U4 82.
    Recommendation recommendation = Recommendation.top(2).mustPass(List.of("b")).mustPassRate(90).build();
    AppraisalResult result = evaluate(recommendation, new double[][] {{100, 90}, {90, 100}, {90, 100}, {70, 100}});

    List<UnitRecommendation> outcomes = Recommendations.apply(result, recommendation);

    // U1 passes now and is first; U2 and U3 share rank 2, so both are recommended (ties at the last place qualify)
    assertEquals(List.of(UnitRecommendation.Outcome.RECOMMENDED, UnitRecommendation.Outcome.RECOMMENDED,
            UnitRecommendation.Outcome.RECOMMENDED, UnitRecommendation.Outcome.NOT_RECOMMENDED),
        outcomes.stream().map(UnitRecommendation::outcome).toList());
  }

  private static List<String> english(UnitRecommendation outcome) {
    return outcome.reasons().stream().map(UnitRecommendation.Reason::message).toList();
  }
}
