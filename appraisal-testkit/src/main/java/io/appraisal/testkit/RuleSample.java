package io.appraisal.testkit;

import com.google.common.collect.ImmutableList;
import io.appraisal.core.ValueRange;
import java.util.ArrayList;
import java.util.List;

/**
 * One try of a {@link RuleContract} property: a rule case and a column of raw values (NaN where a unit is not scored),
 * and for the rejection property a value the engine must refuse. Prints as the counterexample a person reads.
 */
record RuleSample(RuleCase ruleCase, ValueRange inputRange, List<Double> raw, double rejected) {
  RuleSample {
    raw = ImmutableList.copyOf(raw);
  }

  RuleSample(RuleCase ruleCase, ValueRange inputRange, List<Double> raw) {
    this(ruleCase, inputRange, raw, 0);
  }

  RuleSample withRejected(double value) {
    return new RuleSample(ruleCase, inputRange, raw, value);
  }

  double[] column() {
    return raw.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** The raw values that are scored (not NaN), in column order. */
  List<Double> scored() {
    List<Double> scored = new ArrayList<>();
    for (double value : raw) {
      if (!Double.isNaN(value)) {
        scored.add(value);
      }
    }
    return scored;
  }

  @Override
  public String toString() {
    return ruleCase + " scoring raw " + Format.numbers(raw);
  }
}
