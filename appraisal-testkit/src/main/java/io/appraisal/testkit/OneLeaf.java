package io.appraisal.testkit;

import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.Dataset;
import io.appraisal.core.Indicator;
import io.appraisal.core.MissingPolicy;
import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import io.appraisal.core.Unit;
import io.appraisal.core.spi.RuleRegistry;
import io.appraisal.core.spi.RuleType;
import java.util.List;

/** A policy with one leaf scored by the rule under test, and a dataset of one column, to run a rule in the engine. */
final class OneLeaf {
  static final String LEAF = "leaf";
  static final String CATEGORY = "all";
  static final Period PERIOD = Period.quarter(2024, 1);

  private OneLeaf() {}

  /** Evaluates {@code raw} (NaN = missing, scored zero) with the rule; {@code extra}, if given, is one more unit. */
  static AppraisalResult evaluate(RuleType type, RuleCase ruleCase, List<Double> raw, Double extra) {
    Indicator leaf = Indicator.leaf(LEAF, "the rule under test", ruleCase.spec())
        .points(ruleCase.maxPoints())
        .direction(ruleCase.direction())
        .missing(MissingPolicy.ZERO)
        .build();
    Policy policy = Policy.builder("rule-contract")
        .category(CATEGORY, "every unit")
        .indicators(Indicator.group("root", "root").child(leaf).build())
        .build();
    Dataset.Builder data = Dataset.builder().source("rule contract");
    for (int i = 0; i < raw.size(); i++) {
      data.unit(unit(i));
      if (!Double.isNaN(raw.get(i))) {
        data.value(unitId(i), PERIOD, LEAF, raw.get(i));
      }
    }
    if (extra != null) {
      data.unit(unit(raw.size()));
      data.value(unitId(raw.size()), PERIOD, LEAF, extra);
    }
    AppraisalEngine engine = AppraisalEngine.builder().rules(RuleRegistry.builder().register(type).build())
        .planCacheSize(0).build();
    return engine.evaluate(policy, data.build(), PERIOD);
  }

  static String unitId(int index) {
    return "u" + (index + 1);
  }

  private static Unit unit(int index) {
    return Unit.of(unitId(index), "unit " + (index + 1), CATEGORY);
  }
}
