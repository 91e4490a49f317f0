package io.appraisal.testkit;

import io.appraisal.core.AdjustmentRules;
import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.Dataset;
import io.appraisal.core.GradeScheme;
import io.appraisal.core.IndicatorScore;
import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import io.appraisal.core.RankingMethod;
import io.appraisal.core.Unit;
import io.appraisal.core.UnitResult;
import io.appraisal.core.VetoEffect;
import io.appraisal.core.spi.RuleRegistry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** The checks behind {@link PolicyContract}'s properties; each throws an {@link AssertionError} naming the unit. */
final class PolicyChecks {
  private PolicyChecks() {}

  static AppraisalEngine engine(RuleRegistry rules) {
    return AppraisalEngine.builder().rules(rules).build();
  }

  static void permutation(AppraisalEngine engine, Policy policy, Dataset data, Period period) {
    AppraisalResult result = engine.evaluate(policy, data, period);
    List<Unit> reversed = new ArrayList<>(data.units());
    Collections.reverse(reversed);
    List<Unit> rotated = new ArrayList<>(data.units());
    Collections.rotate(rotated, 1);
    double tolerance = tolerance(policy);
    for (List<Unit> order : List.of(reversed, rotated)) {
      AppraisalResult permuted = engine.evaluate(policy, Datasets.reorder(data, order), period);
      for (UnitResult expected : result.ranking()) {
        UnitResult actual = permuted.unit(expected.id()).orElseThrow();
        String difference = difference(expected, actual, tolerance);
        if (difference != null) {
          fail("the result of unit %s depends on the order of units: %s with units in order %s, but %s in order %s",
              expected.id(), difference, ids(data.units()), describe(actual, difference), ids(order));
        }
      }
    }
  }

  static void bounds(AppraisalEngine engine, Policy policy, Dataset data, Period period) {
    AppraisalResult result = engine.evaluate(policy, data, period);
    double scale = policy.scale();
    AdjustmentRules adjustments = policy.adjustments();
    double tolerance = tolerance(policy);
    for (UnitResult unit : result.ranking()) {
      if (!(unit.scoreRate() >= 0 && unit.scoreRate() <= scale + tolerance)) {
        fail("unit %s has score rate %s, outside [0, %s]", unit.id(), unit.scoreRate(), scale);
      }
      if (!(unit.points() >= -tolerance && unit.points() <= unit.maxPoints() + tolerance)) {
        fail("unit %s earned %s points of an available %s", unit.id(), unit.points(), unit.maxPoints());
      }
      for (IndicatorScore score : unit.indicators()) {
        if (!(score.score() >= 0 && score.score() <= score.max() * (1 + 1e-12) + tolerance)) {
          fail("unit %s scored %s on indicator %s, outside [0, %s]", unit.id(), score.score(), score.indicator(),
              score.max());
        }
      }
      if (!(unit.bonus() >= 0 && unit.bonus() <= adjustments.bonusCap())) {
        fail("unit %s has bonus %s, outside [0, %s]", unit.id(), unit.bonus(), adjustments.bonusCap());
      }
      if (!(unit.deduction() >= 0 && unit.deduction() <= adjustments.deductionCap())) {
        fail("unit %s has deduction %s, outside [0, %s]", unit.id(), unit.deduction(), adjustments.deductionCap());
      }
      if (!(unit.composite() >= 0 && unit.composite() <= scale + unit.bonus() + tolerance)) {
        fail("unit %s has composite %s, outside [0, %s + bonus %s]", unit.id(), unit.composite(), scale,
            unit.bonus());
      }
    }
  }

  static void ranks(AppraisalEngine engine, Policy policy, Dataset data, Period period) {
    AppraisalResult result = engine.evaluate(policy, data, period);
    List<UnitResult> units = result.ranking();
    for (UnitResult unit : units) {
      BigDecimal rounded = policy.rounding().round(unit.composite());
      if (unit.published().compareTo(rounded) != 0) {
        fail("unit %s published %s, but its composite %s rounds to %s", unit.id(), unit.published(),
            unit.composite(), rounded);
      }
    }
    checkRanks(policy, units, UnitResult::rank, "rank");
    Map<String, List<UnitResult>> byCategory = new HashMap<>();
    units.forEach(unit -> byCategory.computeIfAbsent(unit.unit().category(), c -> new ArrayList<>()).add(unit));
    byCategory.values().forEach(category -> checkRanks(policy, category, UnitResult::categoryRank,
        "category rank"));
    Optional<GradeScheme> grades = policy.grades();
    if (grades.isPresent()) {
      GradeScheme scheme = grades.get();
      for (UnitResult unit : units) {
        String grade = unit.grade().orElse("");
        if (unit.vetoed() && !grade.equals(scheme.lowest())) {
          fail("unit %s is vetoed but graded %s, not %s", unit.id(), grade, scheme.lowest());
        }
        scheme.bands().stream().filter(band -> band.name().equals(grade)).findFirst().ifPresent(band -> {
          if (scheme.graded(unit.published()).compareTo(BigDecimal.valueOf(band.minScore())) < 0) {
            fail("unit %s is graded %s with published %s, below the band's minimum %s%s", unit.id(), grade,
                unit.published(), band.minScore(), scheme.twoSided() ? " (minus the distance from the target)" : "");
          }
        });
      }
    }
  }

  private static void checkRanks(Policy policy, List<UnitResult> units, Function<UnitResult, Double> rankOf,
      String what) {
    RankingMethod method = policy.ranking().method();
    AdjustmentRules vetoLast = policy.adjustments();
    List<Double> ordinals = new ArrayList<>();
    for (UnitResult unit : units) {
      int better = 0;
      int tied = 0;
      for (UnitResult other : units) {
        int comparison = compare(other, unit, vetoLast);
        if (comparison > 0) {
          better++;
        } else if (comparison == 0) {
          tied++;
        }
      }
      double rank = rankOf.apply(unit);
      double expected = switch (method) {
        case COMPETITION -> better + 1;
        case DENSE -> distinct(units, unit, vetoLast) + 1;
        case FRACTIONAL -> better + (tied + 1) / 2.0;
        case ORDINAL -> rank;
      };
      if (method == RankingMethod.ORDINAL && (rank < better + 1 || rank > better + tied)) {
        fail("unit %s has ordinal %s %s, but %s units are ahead of it and %s share its published value %s",
            unit.id(), what, rank, better, tied, unit.published());
      }
      if (rank != expected) {
        fail("unit %s has %s %s, but with %s ranking, %s units ahead of it and %s sharing its published value %s"
            + " it should be %s", unit.id(), what, rank, method, better, tied, unit.published(), expected);
      }
      ordinals.add(rank);
    }
    if (method == RankingMethod.ORDINAL && ordinals.stream().distinct().count() != ordinals.size()) {
      fail("ordinal %ss are not distinct: %s", what, ordinals);
    }
  }

  /** How many distinct ranking keys are better than {@code unit}'s. */
  private static int distinct(List<UnitResult> units, UnitResult unit, AdjustmentRules vetoLast) {
    List<UnitResult> better = units.stream().filter(other -> compare(other, unit, vetoLast) > 0).toList();
    int count = 0;
    for (int i = 0; i < better.size(); i++) {
      boolean first = true;
      for (int j = 0; j < i; j++) {
        if (compare(better.get(i), better.get(j), vetoLast) == 0) {
          first = false;
          break;
        }
      }
      if (first) {
        count++;
      }
    }
    return count;
  }

  /** Positive when {@code a} ranks before {@code b}: vetoed units last where the policy says so, then published. */
  /** Better first: by published score, except that a unit with a ranked-last veto (by its items) is after the rest. */
  private static int compare(UnitResult a, UnitResult b, AdjustmentRules vetoLast) {
    boolean aLast = rankedLast(vetoLast, a);
    if (aLast != rankedLast(vetoLast, b)) {
      return aLast ? -1 : 1;
    }
    return a.published().compareTo(b.published());
  }

  private static boolean rankedLast(AdjustmentRules rules, UnitResult unit) {
    return rules.vetoEffect(unit.adjustments()).equals(Optional.of(VetoEffect.RANKED_LAST));
  }

  static void contributions(AppraisalEngine engine, Policy policy, Dataset data, Period period) {
    AppraisalResult result = engine.evaluate(policy, data, period);
    double tolerance = tolerance(policy);
    for (UnitResult unit : result.ranking()) {
      double sum = unit.indicators().stream().filter(IndicatorScore::leaf).mapToDouble(IndicatorScore::contribution)
          .sum();
      if (Math.abs(sum - unit.scoreRate()) > tolerance) {
        fail("the leaf contributions of unit %s add up to %s, not to its score rate %s", unit.id(), sum,
            unit.scoreRate());
      }
      double composite = Math.max(0, sum + unit.bonus() - unit.deduction());
      if (Math.abs(composite - unit.composite()) > tolerance) {
        fail("unit %s: contributions %s + bonus %s − deduction %s give %s, but its composite is %s", unit.id(), sum,
            unit.bonus(), unit.deduction(), composite, unit.composite());
      }
    }
  }

  static void idempotent(AppraisalEngine engine, RuleRegistry rules, Policy policy, Dataset data, Period period) {
    AppraisalResult first = engine.evaluate(policy, data, period);
    AppraisalResult again = engine.evaluate(policy, data, period);
    AppraisalResult fresh = engine(rules).evaluate(policy, data, period);
    for (AppraisalResult other : List.of(again, fresh)) {
      for (int u = 0; u < first.size(); u++) {
        if (!first.unit(u).equals(other.unit(u))) {
          fail("recalculating gave unit %s a different result: %s, then %s", first.unit(u).id(), first.unit(u),
              other.unit(u));
        }
      }
      if (!first.notes().equals(other.notes())) {
        fail("recalculating gave different notes: %s, then %s", first.notes(), other.notes());
      }
    }
  }

  /** What differs between two results of one unit, or null. */
  private static String difference(UnitResult a, UnitResult b, double tolerance) {
    if (a.published().compareTo(b.published()) != 0) {
      return "published " + a.published();
    }
    if (a.rank() != b.rank() || a.categoryRank() != b.categoryRank()) {
      return "rank " + UnitResult.rankText(a.rank()) + " (" + UnitResult.rankText(a.categoryRank())
          + " in category)";
    }
    if (!a.grade().equals(b.grade()) || a.vetoed() != b.vetoed()) {
      return "grade " + a.grade().orElse("none") + (a.vetoed() ? " (vetoed)" : "");
    }
    if (a.bonus() != b.bonus() || a.deduction() != b.deduction()
        || Math.abs(a.composite() - b.composite()) > tolerance) {
      return "composite " + Format.number(a.composite()) + " (bonus " + Format.number(a.bonus()) + ", deduction "
          + Format.number(a.deduction()) + ")";
    }
    for (int i = 0; i < a.indicators().size(); i++) {
      IndicatorScore x = a.indicators().get(i);
      IndicatorScore y = b.indicators().get(i);
      if (x.status() != y.status() || Math.abs(x.score() - y.score()) > tolerance
          || Math.abs(x.max() - y.max()) > tolerance) {
        return "indicator " + x.indicator() + " scored " + Format.number(x.score()) + " of "
            + Format.number(x.max()) + " (" + x.status() + ")";
      }
    }
    return null;
  }

  /** The same field of {@code b} as {@code difference} names of the other result. */
  private static String describe(UnitResult b, String difference) {
    String field = difference.substring(0, difference.indexOf(' '));
    return switch (field) {
      case "published" -> "published " + b.published();
      case "rank" -> "rank " + UnitResult.rankText(b.rank()) + " (" + UnitResult.rankText(b.categoryRank())
          + " in category)";
      case "grade" -> "grade " + b.grade().orElse("none") + (b.vetoed() ? " (vetoed)" : "");
      case "composite" -> "composite " + Format.number(b.composite()) + " (bonus " + Format.number(b.bonus())
          + ", deduction " + Format.number(b.deduction()) + ")";
      default -> {
        String indicator = difference.split(" ")[1];
        IndicatorScore y = b.indicator(indicator).orElseThrow();
        yield "indicator " + indicator + " scored " + Format.number(y.score()) + " of " + Format.number(y.max())
            + " (" + y.status() + ")";
      }
    };
  }

  private static List<String> ids(List<Unit> units) {
    return units.stream().map(Unit::id).toList();
  }

  private static double tolerance(Policy policy) {
    return 1e-9 * Math.max(1, policy.scale());
  }

  private static void fail(String format, Object... args) {
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      shown[i] = args[i] instanceof Double d ? Format.number(d) : Objects.toString(args[i]);
    }
    throw new AssertionError(String.format(Locale.ROOT, format, shown));
  }
}
