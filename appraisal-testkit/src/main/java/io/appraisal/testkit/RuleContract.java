package io.appraisal.testkit;

import io.appraisal.core.Direction;
import io.appraisal.core.ValueRange;
import io.appraisal.core.spi.RuleType;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apiguardian.api.API;

/**
 * The contract every scoring rule must keep, as jqwik properties: implement this interface in a test class, say which
 * rule type and which parameters are realistic, and the class runs the whole suite.
 *
 * <pre>{@code
 * class DeductionPerIncidentContractTest implements RuleContract {
 *   public RuleType ruleType() {
 *     return BuiltInRules.registry().find("deduction-per-incident").orElseThrow();
 *   }
 *   public Set<Direction> directions() { return EnumSet.of(Direction.LOWER_IS_BETTER); }
 *   public Arbitrary<Map<String, Object>> parameters(Direction direction, double maxPoints) {
 *     return Arbitraries.integers().between(1, 10).map(halves -> Map.of("perIncident", halves / 2.0));
 *   }
 * }
 * }</pre>
 *
 * <p>Every property runs 1,000 tries of a rule case (direction, maximum points, parameters drawn from the methods
 * below) and a column of up to eight raw values (NaN where a unit is not scored). Rules are scored the way the engine
 * scores them, one column per call, through a {@link io.appraisal.core.spi.ScoringContext} whose population
 * statistics are the testkit's own; two properties go through a real {@link io.appraisal.core.AppraisalEngine}. A
 * failure prints the rule case and the raw values, shrunk to a small column of small values.
 *
 * <p>The properties:
 * <ul>
 *   <li>{@link #scoresLieBetweenZeroAndTheMaximum}: every scored unit gets a finite score in {@code [0, max]}, and
 *       entries whose raw value is NaN are left alone;
 *   <li>{@link #isMonotoneInTheIndicatorsDirection}: a better raw value never scores less, equal values score the
 *       same;
 *   <li>{@link #isDeterministic}: two rules compiled from the same parameters, and two calls of one rule, give the
 *       same scores bit for bit, and the raw column is not modified;
 *   <li>{@link #doesNotDependOnTheOrderOfUnits}: reversing or rotating the column moves the scores with their units;
 *   <li>{@link #scoresEachUnitAloneUnlessPopulationRelative}: a rule that says it is not population-relative scores a
 *       value alone as it does in a column;
 *   <li>{@link #isUnchangedByACopyOfAUnit}: adding a unit identical to an existing one changes no score (only where
 *       {@link #invariantToDuplicateUnits} says the rule's definition implies it);
 *   <li>{@link #capsAndFloorsHoldAtTheExtremes}: with values at the ends of the input range, and beyond a million
 *       where the range is open, scores stay in {@code [pointsFloor, pointsCeiling]};
 *   <li>{@link #rejectsNonFiniteAndOutOfRangeValues}: through the engine, NaN, infinities and values just outside
 *       {@link io.appraisal.core.spi.Rule#inputRange()} are reported as input problems naming the value, and the
 *       rule never sees them (the engine, not the rule, does the rejecting: a rule's duty is an honest input range);
 *   <li>{@link #scoresInTheEngineAsOutside}: scored by the engine in a one-leaf policy, every unit gets the score the
 *       rule gives it here (this also checks the testkit's statistics against the engine's);
 *   <li>{@link #rejectsTheDirectionsItDoesNotSupport}: for each direction left out of {@link #directions()}, the rule
 *       type reports a problem when compiled, since it could not be monotone in it.
 * </ul>
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public interface RuleContract {
  /** The rule type under test. */
  RuleType ruleType();

  /**
   * Realistic parameters for an indicator of this direction and maximum: the values a policy author would write.
   * Build them from jqwik's {@link Arbitraries} so that failures shrink.
   */
  Arbitrary<Map<String, Object>> parameters(Direction direction, double maxPoints);

  /**
   * The directions the rule supports; by default both. A rule type that supports only one must reject the other
   * when compiled, and {@link #rejectsTheDirectionsItDoesNotSupport} checks that it does.
   */
  default Set<Direction> directions() {
    return EnumSet.allOf(Direction.class);
  }

  /** Maximum points of the indicator: whole numbers from 1 to 20 by default. */
  default Arbitrary<Double> maxPoints() {
    return Arbitraries.integers().between(1, 20).map(Integer::doubleValue);
  }

  /**
   * Raw values to score, all inside the compiled rule's input range; by default {@link
   * Appraisals#rawValues(ValueRange)}. Override for realism: whole counts, percentages.
   */
  default Arbitrary<Double> rawValues(ValueRange inputRange) {
    return Appraisals.rawValues(inputRange);
  }

  /** The least a unit can score under this case's parameters (a deduction cap sets one); 0 by default. */
  default double pointsFloor(RuleCase ruleCase) {
    return 0;
  }

  /** The most a unit can score under this case's parameters (a bonus cap sets one); the maximum by default. */
  default double pointsCeiling(RuleCase ruleCase) {
    return ruleCase.maxPoints();
  }

  /**
   * Whether, under this case's parameters, adding a unit identical to an existing one leaves every score unchanged, as
   * the rule's definition implies for rules that score from each unit's own value or from the population's minimum
   * and maximum. Return {@code false} where the definition counts units or uses the mean (percentile ranks,
   * z-scores, winsorising at quantiles).
   */
  default boolean invariantToDuplicateUnits(RuleCase ruleCase) {
    return true;
  }

  @Provide
  default Arbitrary<RuleSample> ruleContractSamples() {
    return RuleSamples.columns(this);
  }

  @Provide
  default Arbitrary<RuleSample> ruleContractExtremes() {
    return RuleSamples.extremes(this);
  }

  @Provide
  default Arbitrary<RuleSample> ruleContractRejections() {
    return RuleSamples.rejections(this);
  }

  @Property(tries = 1000)
  default void scoresLieBetweenZeroAndTheMaximum(@ForAll("ruleContractSamples") RuleSample sample) {
    RuleChecks.bounds(this, sample);
  }

  @Property(tries = 1000)
  default void isMonotoneInTheIndicatorsDirection(@ForAll("ruleContractSamples") RuleSample sample) {
    RuleChecks.monotone(this, sample);
  }

  @Property(tries = 1000)
  default void isDeterministic(@ForAll("ruleContractSamples") RuleSample sample) {
    RuleChecks.deterministic(this, sample);
  }

  @Property(tries = 1000)
  default void doesNotDependOnTheOrderOfUnits(@ForAll("ruleContractSamples") RuleSample sample) {
    RuleChecks.orderIndependent(this, sample);
  }

  @Property(tries = 1000)
  default void scoresEachUnitAloneUnlessPopulationRelative(@ForAll("ruleContractSamples") RuleSample sample) {
    RuleChecks.unitRuleAlone(this, sample);
  }

  @Property(tries = 1000)
  default void isUnchangedByACopyOfAUnit(@ForAll("ruleContractSamples") RuleSample sample) {
    if (invariantToDuplicateUnits(sample.ruleCase())) {
      RuleChecks.duplicateInvariant(this, sample);
    }
  }

  @Property(tries = 1000)
  default void capsAndFloorsHoldAtTheExtremes(@ForAll("ruleContractExtremes") RuleSample sample) {
    RuleChecks.capsAndFloors(this, sample);
  }

  @Property(tries = 1000)
  default void rejectsNonFiniteAndOutOfRangeValues(@ForAll("ruleContractRejections") RuleSample sample) {
    RuleChecks.rejection(this, sample);
  }

  @Property(tries = 1000)
  default void scoresInTheEngineAsOutside(@ForAll("ruleContractSamples") RuleSample sample) {
    RuleChecks.engineAgrees(this, sample);
  }

  @Property(tries = 1000)
  default void rejectsTheDirectionsItDoesNotSupport(@ForAll("ruleContractSamples") RuleSample sample) {
    RuleChecks.unsupportedDirections(this, sample);
  }
}
