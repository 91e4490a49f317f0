package io.appraisal.testkit;

import io.appraisal.core.InvalidInputException;
import io.appraisal.core.ValueRange;
import io.appraisal.core.spi.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** The arbitraries behind {@link RuleContract}'s properties. */
final class RuleSamples {
  /** The most units in a generated column: enough for every pattern, few enough to read. */
  static final int MAX_UNITS = 8;
  /** Where an open input range is probed for caps and floors. */
  static final double[] FAR = {1e6, 1e12};

  private RuleSamples() {}

  static Arbitrary<RuleCase> cases(RuleContract contract) {
    String type = contract.ruleType().id();
    if (contract.directions().isEmpty()) {
      throw new IllegalStateException(contract.getClass().getName() + ".directions() is empty");
    }
    return Combinators.combine(Arbitraries.of(contract.directions()), contract.maxPoints())
        .flatAs((direction, max) -> contract.parameters(direction, max)
            .map(parameters -> new RuleCase(type, direction, max, parameters)));
  }

  static Arbitrary<RuleSample> columns(RuleContract contract) {
    return samples(contract, range -> Arbitraries.frequencyOf(Tuple.of(16, contract.rawValues(range)),
        Tuple.of(2, Arbitraries.just(Double.NaN)), Tuple.of(1, Arbitraries.of(edges(range)))));
  }

  static Arbitrary<RuleSample> extremes(RuleContract contract) {
    return samples(contract, range -> Arbitraries.frequencyOf(
        Tuple.of(1, contract.rawValues(range)), Tuple.of(1, Arbitraries.of(extremes(range)))));
  }

  static Arbitrary<RuleSample> rejections(RuleContract contract) {
    Map<ValueRange, Arbitrary<Tuple.Tuple2<List<Double>, Double>>> byRange = new ConcurrentHashMap<>();
    return cases(contract).flatMap(ruleCase -> {
      ValueRange range = compile(contract, ruleCase).inputRange();
      return byRange.computeIfAbsent(range, r -> Combinators.combine(
              contract.rawValues(r).list().ofMinSize(0).ofMaxSize(MAX_UNITS - 1), Arbitraries.of(rejected(r)))
              .as(Tuple::of).withoutEdgeCases())
          .map(drawn -> new RuleSample(ruleCase, range, drawn.get1(), drawn.get2()));
    });
  }

  /**
   * Samples of a case and a column drawn from {@code entries}. The column arbitrary is made once per input range and
   * reused, and has no edge cases of its own (the entries include the range's edges instead): jqwik would otherwise
   * compute them afresh for every try, at more cost than the checks.
   */
  private static Arbitrary<RuleSample> samples(RuleContract contract, Function<ValueRange, Arbitrary<Double>> entries) {
    Map<ValueRange, Arbitrary<List<Double>>> byRange = new ConcurrentHashMap<>();
    return cases(contract).flatMap(ruleCase -> {
      ValueRange range = compile(contract, ruleCase).inputRange();
      return byRange.computeIfAbsent(range,
              r -> entries.apply(r).list().ofMinSize(1).ofMaxSize(MAX_UNITS).withoutEdgeCases())
          .map(raw -> new RuleSample(ruleCase, range, raw));
    });
  }

  static Rule compile(RuleContract contract, RuleCase ruleCase) {
    try {
      return ruleCase.compile(contract.ruleType());
    } catch (InvalidInputException e) {
      throw new IllegalStateException(contract.getClass().getName() + ".parameters(" + ruleCase.direction() + ", "
          + Format.number(ruleCase.maxPoints()) + ") gave parameters that rule type " + ruleCase.type()
          + " rejects; make it give realistic, valid parameters. " + e.getMessage(), e);
    }
  }

  /** The finite ends of the input range, and zero where it lies inside. */
  static List<Double> edges(ValueRange range) {
    List<Double> values = new ArrayList<>();
    addExtreme(values, range, 0);
    addExtreme(values, range, range.min());
    addExtreme(values, range, range.max());
    if (values.isEmpty()) {
      values.add(Math.nextUp(range.min()));
    }
    return values;
  }

  /** The ends of the input range, or far values where it is open. */
  static List<Double> extremes(ValueRange range) {
    List<Double> values = new ArrayList<>();
    addExtreme(values, range, range.min());
    addExtreme(values, range, range.max());
    for (double far : FAR) {
      addExtreme(values, range, far);
      addExtreme(values, range, -far);
    }
    if (values.isEmpty()) {
      values.add(range.min());
    }
    return values;
  }

  private static void addExtreme(List<Double> values, ValueRange range, double value) {
    if (Double.isFinite(value) && range.contains(value) && !values.contains(value)) {
      values.add(value);
    }
  }

  /** NaN, the infinities, and values just outside the input range. */
  static List<Double> rejected(ValueRange range) {
    List<Double> values = new ArrayList<>(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
    if (Double.isFinite(range.min())) {
      values.add(Math.nextDown(range.min()));
      values.add(range.min() - 1);
    }
    if (Double.isFinite(range.max())) {
      values.add(Math.nextUp(range.max()));
      values.add(range.max() + 1);
    }
    return values;
  }
}
