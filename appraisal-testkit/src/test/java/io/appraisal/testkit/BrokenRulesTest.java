package io.appraisal.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.core.Direction;
import io.appraisal.core.ValueRange;
import io.appraisal.core.spi.ParameterSpec;
import io.appraisal.core.spi.Rule;
import io.appraisal.core.spi.RuleParameters;
import io.appraisal.core.spi.RuleType;
import io.appraisal.core.spi.ScoringContext;
import io.appraisal.core.spi.UnitRule;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

/**
 * The contract catches broken rules: each rule below breaks one promise, and running its contract through jqwik's
 * engine (as a build would) fails exactly the properties that check that promise, with a small counterexample.
 */
class BrokenRulesTest {
  /** A rule type of no parameters whose rule is given by the subclass. */
  abstract static class BrokenType implements RuleType {
    @Override
    public String version() {
      return "1";
    }

    @Override
    public String description() {
      return "deliberately broken, for the contract's own tests";
    }

    @Override
    public List<ParameterSpec> parameters() {
      return List.of();
    }

    /** Rejects lower-is-better indicators, as a higher-is-better-only rule must; then builds {@link #rule()}. */
    @Override
    public Rule create(RuleParameters parameters) {
      if (parameters.direction() != Direction.HIGHER_IS_BETTER) {
        parameters.problem("direction", parameters.direction().toString(), "must be higher-is-better");
      }
      return rule();
    }

    abstract Rule rule();
  }

  /** A unit rule scoring {@code points(raw, max)}. */
  abstract static class BrokenUnitType extends BrokenType {
    @Override
    Rule rule() {
      return new UnitRule() {
        @Override
        public ValueRange inputRange() {
          return ValueRange.NON_NEGATIVE;
        }

        @Override
        protected double points(double raw, double maxPoints, Direction direction) {
          return BrokenUnitType.this.points(raw, maxPoints);
        }
      };
    }

    abstract double points(double raw, double maxPoints);
  }

  /** A population-relative rule scoring the whole column with {@code score}. */
  abstract static class BrokenColumnType extends BrokenType {
    @Override
    Rule rule() {
      return new Rule() {
        @Override
        public boolean populationRelative() {
          return BrokenColumnType.this.populationRelative();
        }

        @Override
        public ValueRange inputRange() {
          return ValueRange.NON_NEGATIVE;
        }

        @Override
        public void score(double[] raw, double[] points, ScoringContext context) {
          BrokenColumnType.this.score(raw, points, context);
        }
      };
    }

    boolean populationRelative() {
      return true;
    }

    abstract void score(double[] raw, double[] points, ScoringContext context);
  }

  /** A contract for a broken type: fixed parameters, maximum 10, whole raw values from 0 to 20. */
  abstract static class BrokenContract implements RuleContract {
    @Override
    public Arbitrary<Map<String, Object>> parameters(Direction direction, double maxPoints) {
      return Arbitraries.just(Map.of());
    }

    @Override
    public Set<Direction> directions() {
      return EnumSet.of(Direction.HIGHER_IS_BETTER);
    }

    @Override
    public Arbitrary<Double> maxPoints() {
      return Arbitraries.just(10.0);
    }

    @Override
    public Arbitrary<Double> rawValues(ValueRange inputRange) {
      return Arbitraries.integers().between(0, 20).map(Integer::doubleValue);
    }
  }

  /**
   * A bonus of 1 point per item that forfeits everything beyond a cap of 5 items instead of capping: the classic
   * non-monotone bug. 5 items score 5, 6 items score 0.
   */
  static final class ForfeitingBonus extends BrokenUnitType {
    @Override
    public String id() {
      return "forfeiting-bonus";
    }

    @Override
    double points(double raw, double maxPoints) {
      return raw > 5 ? 0 : Math.min(maxPoints, raw);
    }
  }

  static final class ForfeitingBonusContract extends BrokenContract {
    @Override
    public RuleType ruleType() {
      return new ForfeitingBonus();
    }
  }

  @Test
  void aNonMonotoneRuleFailsMonotonicityWithTheSmallestCounterexample() {
    Map<String, String> failures = failures(ForfeitingBonusContract.class);
    assertEquals(Set.of("isMonotoneInTheIndicatorsDirection"), failures.keySet(), failures.toString());
    assertEquals("not monotone (HIGHER_IS_BETTER): raw 1 scores 1 points but the better raw 6 scores only 0",
        failures.get("isMonotoneInTheIndicatorsDirection"));
    String report = reports.get("isMonotoneInTheIndicatorsDirection");
    assertTrue(report.contains("Shrunk Sample"), report);
    assertTrue(report.contains("forfeiting-bonus{HIGHER_IS_BETTER, max 10} scoring raw [1, 6]")
        || report.contains("forfeiting-bonus{HIGHER_IS_BETTER, max 10} scoring raw [6, 1]"), report);
  }

  /** Scores the raw value itself: past 10 it exceeds the maximum. */
  static final class Unbounded extends BrokenUnitType {
    @Override
    public String id() {
      return "unbounded";
    }

    @Override
    double points(double raw, double maxPoints) {
      return raw;
    }
  }

  static final class UnboundedContract extends BrokenContract {
    @Override
    public RuleType ruleType() {
      return new Unbounded();
    }
  }

  @Test
  void aRuleScoringAboveTheMaximumFailsTheBounds() {
    Map<String, String> failures = failures(UnboundedContract.class);
    assertEquals("raw 11 scored 11 points, outside [0, 10]", failures.get("scoresLieBetweenZeroAndTheMaximum"),
        failures.toString());
    // With extremes mixed in, the smallest counterexample is 11 or an extreme of the input range.
    assertTrue(failures.getOrDefault("capsAndFloorsHoldAtTheExtremes", "").matches("raw (11|1000000|1000000000000)"
            + " scored \\1 points, outside \\[0, 10\\] \\(the floor and the cap of"
            + " unbounded\\{HIGHER_IS_BETTER, max 10\\}\\)"),
        failures.toString());
  }

  /** Writes 0 into the entries of units it does not score. */
  static final class Scribbler extends BrokenColumnType {
    @Override
    public String id() {
      return "scribbler";
    }

    @Override
    boolean populationRelative() {
      return false;
    }

    @Override
    void score(double[] raw, double[] points, ScoringContext context) {
      for (int i = 0; i < raw.length; i++) {
        points[i] = Double.isNaN(raw[i]) ? 0 : Math.min(context.maxPoints(), raw[i]);
      }
    }
  }

  static final class ScribblerContract extends BrokenContract {
    @Override
    public RuleType ruleType() {
      return new Scribbler();
    }
  }

  @Test
  void aRuleWritingIntoUnscoredEntriesFailsTheBounds() {
    Map<String, String> failures = failures(ScribblerContract.class);
    assertEquals(Set.of("scoresLieBetweenZeroAndTheMaximum"), failures.keySet(), failures.toString());
    assertEquals("wrote 0 into the entry of unit 1, which has no raw value (NaN) and must be left alone",
        failures.get("scoresLieBetweenZeroAndTheMaximum"));
  }

  /** First come, first served: the first unit in the column gets full points, the others half. */
  static final class FirstComeFirstServed extends BrokenColumnType {
    @Override
    public String id() {
      return "first-come";
    }

    @Override
    void score(double[] raw, double[] points, ScoringContext context) {
      boolean first = true;
      for (int i = 0; i < raw.length; i++) {
        if (!Double.isNaN(raw[i])) {
          points[i] = first ? context.maxPoints() : context.maxPoints() / 2;
          first = false;
        }
      }
    }
  }

  static final class FirstComeFirstServedContract extends BrokenContract {
    @Override
    public RuleType ruleType() {
      return new FirstComeFirstServed();
    }
  }

  @Test
  void aRuleDependingOnTheOrderOfUnitsFailsOrderIndependence() {
    Map<String, String> failures = failures(FirstComeFirstServedContract.class);
    assertEquals("scores depend on the order of units: unit 2 with raw 0 scored 5 in column [0, 0] but 10 once the"
        + " column is reversed to [0, 0]",
        failures.get("doesNotDependOnTheOrderOfUnits"), failures.toString());
  }

  /** Remembers how often it was called: a second call scores differently. */
  static final class Forgetful extends BrokenUnitType {
    private final AtomicInteger calls = new AtomicInteger();

    @Override
    public String id() {
      return "forgetful";
    }

    @Override
    double points(double raw, double maxPoints) {
      return calls.incrementAndGet() % 2 == 0 ? 0 : maxPoints;
    }
  }

  static final class ForgetfulContract extends BrokenContract {
    @Override
    public RuleType ruleType() {
      return new Forgetful();
    }
  }

  @Test
  void aRuleWithStateFailsDeterminism() {
    Map<String, String> failures = failures(ForgetfulContract.class);
    assertTrue(failures.getOrDefault("isDeterministic", "").startsWith("scored the same column twice differently"),
        failures.toString());
  }

  /** Says it scores each unit alone, but divides by the population's best value. */
  static final class SecretlyRelative extends BrokenColumnType {
    @Override
    public String id() {
      return "secretly-relative";
    }

    @Override
    boolean populationRelative() {
      return false;
    }

    @Override
    void score(double[] raw, double[] points, ScoringContext context) {
      double best = context.population().max();
      for (int i = 0; i < raw.length; i++) {
        if (!Double.isNaN(raw[i])) {
          points[i] = best == 0 ? context.maxPoints() : context.maxPoints() * raw[i] / best;
        }
      }
    }
  }

  static final class SecretlyRelativeContract extends BrokenContract {
    @Override
    public RuleType ruleType() {
      return new SecretlyRelative();
    }
  }

  @Test
  void aRuleHidingThatItIsPopulationRelativeFailsTheAloneCheck() {
    Map<String, String> failures = failures(SecretlyRelativeContract.class);
    assertEquals(Set.of("scoresEachUnitAloneUnlessPopulationRelative"), failures.keySet(), failures.toString());
    assertTrue(Set.of("says it is not population-relative, but raw 0 scored 10 alone and 0 in column [0, 1]",
            "says it is not population-relative, but raw 0 scored 10 alone and 0 in column [1, 0]")
        .contains(failures.get("scoresEachUnitAloneUnlessPopulationRelative")), failures.toString());
  }

  /** Scores the share of units it beats: adding a copy of a unit changes everyone's share. */
  static final class ShareBeaten extends BrokenColumnType {
    @Override
    public String id() {
      return "share-beaten";
    }

    @Override
    void score(double[] raw, double[] points, ScoringContext context) {
      int n = context.population().count();
      for (int i = 0; i < raw.length; i++) {
        if (!Double.isNaN(raw[i])) {
          points[i] = context.maxPoints() * context.population().countBelow(raw[i]) / n;
        }
      }
    }
  }

  static final class ShareBeatenContract extends BrokenContract {
    @Override
    public RuleType ruleType() {
      return new ShareBeaten();
    }
  }

  static final class HonestShareBeatenContract extends BrokenContract {
    @Override
    public RuleType ruleType() {
      return new ShareBeaten();
    }

    @Override
    public boolean invariantToDuplicateUnits(RuleCase ruleCase) {
      return false;
    }
  }

  @Test
  void aRuleCountingUnitsFailsDuplicateInvarianceUnlessItSaysSo() {
    Map<String, String> failures = failures(ShareBeatenContract.class);
    assertEquals(Set.of("isUnchangedByACopyOfAUnit"), failures.keySet(), failures.toString());
    assertEquals(Map.of(), failures(HonestShareBeatenContract.class));
  }

  /** Ignores the direction: a lower-is-better indicator is scored as if higher were better. */
  static final class DirectionBlind extends BrokenUnitType {
    @Override
    public String id() {
      return "direction-blind";
    }

    @Override
    public Rule create(RuleParameters parameters) {
      return rule();
    }

    @Override
    double points(double raw, double maxPoints) {
      return Math.min(maxPoints, raw);
    }
  }

  static final class DirectionBlindContract extends BrokenContract {
    @Override
    public RuleType ruleType() {
      return new DirectionBlind();
    }
  }

  static final class DirectionBlindBothWaysContract extends BrokenContract {
    @Override
    public RuleType ruleType() {
      return new DirectionBlind();
    }

    @Override
    public Set<Direction> directions() {
      return EnumSet.allOf(Direction.class);
    }
  }

  @Test
  void aRuleIgnoringTheDirectionFailsEitherWay() {
    Map<String, String> failures = failures(DirectionBlindContract.class);
    assertEquals(Set.of("rejectsTheDirectionsItDoesNotSupport"), failures.keySet(), failures.toString());
    assertEquals("accepted direction LOWER_IS_BETTER, which directions() leaves out: direction-blind{LOWER_IS_BETTER,"
        + " max 10} compiled without a problem. A rule that is not monotone in a direction must report a problem"
        + " when compiled for it", failures.get("rejectsTheDirectionsItDoesNotSupport"));
    failures = failures(DirectionBlindBothWaysContract.class);
    assertEquals("not monotone (LOWER_IS_BETTER): raw 1 scores 1 points but the better raw 0 scores only 0",
        failures.get("isMonotoneInTheIndicatorsDirection"), failures.toString());
  }

  /** Claims a cap of 5 points (say, a bonus cap) but scores up to the maximum. */
  static final class CapClaimedContract extends BrokenContract {
    @Override
    public RuleType ruleType() {
      return new DirectionBlind();
    }

    @Override
    public double pointsCeiling(RuleCase ruleCase) {
      return 5;
    }
  }

  @Test
  void aCapThatDoesNotHoldFailsCapsAndFloors() {
    Map<String, String> failures = failures(CapClaimedContract.class);
    assertTrue(failures.getOrDefault("capsAndFloorsHoldAtTheExtremes", "").matches("raw (6 scored 6|1000000 scored 10"
        + "|1000000000000 scored 10) points, outside \\[0, 5\\] \\(the floor and the cap of direction-blind"
        + "\\{HIGHER_IS_BETTER, max 10\\}\\)"), failures.toString());
  }

  /** A contract whose raw values leave the rule's input range: the author is told, not the rule blamed. */
  static final class NegativeValuesContract extends BrokenContract {
    @Override
    public RuleType ruleType() {
      return new ForfeitingBonus();
    }

    @Override
    public Arbitrary<Double> rawValues(ValueRange inputRange) {
      return Arbitraries.integers().between(-3, 3).map(Integer::doubleValue);
    }
  }

  @Test
  void rawValuesOutsideTheInputRangeAreTheContractAuthorsMistake() {
    Map<String, String> failures = failures(NegativeValuesContract.class);
    assertTrue(failures.getOrDefault("isDeterministic", "").endsWith("NegativeValuesContract.rawValues([0, +inf])"
        + " gave -1, outside the rule's input range; give values inside the range it is passed"),
        failures.toString());
  }

  private Map<String, String> reports = Map.of();

  /** Runs a contract class through jqwik's engine: the failed properties with their failure messages. */
  private Map<String, String> failures(Class<?> contract) {
    JqwikRunner.Outcome outcome = JqwikRunner.run(contract);
    reports = outcome.reports();
    return outcome.failures();
  }
}
