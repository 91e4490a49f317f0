package io.appraisal.example;

import com.google.common.collect.ImmutableList;
import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.CompiledPolicy;
import io.appraisal.core.Period;
import io.appraisal.rules.BuiltInRules;

/** The bundled example evaluated for 2022-Q1..Q4 with the built-in rules, once per test run. */
public final class ExampleQuarters {
  private static final CompiledPolicy POLICY =
      AppraisalEngine.builder().rules(BuiltInRules.registry()).build().compile(ExampleData.policy());
  private static final ImmutableList<AppraisalResult> QUARTERS = Period.quarter(2022, 1).quartersOfYear().stream()
      .map(quarter -> POLICY.evaluate(ExampleData.dataset(), quarter))
      .collect(ImmutableList.toImmutableList());

  private ExampleQuarters() {}

  public static CompiledPolicy policy() {
    return POLICY;
  }

  /** 2022-Q1, Q2, Q3 and Q4, in order. */
  public static ImmutableList<AppraisalResult> quarters() {
    return QUARTERS;
  }

  public static AppraisalResult q4() {
    return QUARTERS.get(3);
  }

  /** 2022-Q1..Q3. */
  public static ImmutableList<AppraisalResult> beforeQ4() {
    return QUARTERS.subList(0, 3);
  }
}
