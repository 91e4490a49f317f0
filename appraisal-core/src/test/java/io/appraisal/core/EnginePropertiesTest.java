package io.appraisal.core;

import static io.appraisal.core.TestRules.linear;
import static io.appraisal.core.TestRules.minmax;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the whole engine over generated units (1–40 in 1–3 categories) for a fixed small policy:
 *
 * <pre>
 * root (SUM)
 *   g1: h1 linear 0..100, 10 points (UnitRule, higher is better)
 *       l1 linear 0..50, 6 points, lower is better, categories C1 and C2 only
 *   g2: h2 minmax, 8 points (population-relative, higher is better)
 *       l2 minmax, 6 points, lower is better
 * bonus b +1 each (item cap 2, total 2.5); deduction d 1.5 each (item cap 4, total 3); veto v
 * grades: excellent ≥ 85 (best 30 %), good ≥ 70, fair ≥ 50, else poor
 * tie-break chain: higher h1 score, fewer deductions, (unit id)
 * </pre>
 */
class EnginePropertiesTest {
  static final Period Q = Period.quarter(2022, 4);
  static final List<String> CATEGORIES = List.of("C0", "C1", "C2");
  private static final Map<List<Object>, Policy> POLICIES = new ConcurrentHashMap<>();
  private static final AppraisalEngine ENGINE = TestRules.engine();

  record UnitSpec(int category, double h1, double h2, double l1, double l2, int bonus, int deduction,
      boolean veto) {
    UnitSpec with(String indicator, double value) {
      return switch (indicator) {
        case "h1" -> new UnitSpec(category, value, h2, l1, l2, bonus, deduction, veto);
        case "h2" -> new UnitSpec(category, h1, value, l1, l2, bonus, deduction, veto);
        case "l1" -> new UnitSpec(category, h1, h2, value, l2, bonus, deduction, veto);
        case "l2" -> new UnitSpec(category, h1, h2, l1, value, bonus, deduction, veto);
        default -> throw new IllegalArgumentException(indicator);
      };
    }

    double get(String indicator) {
      return switch (indicator) {
        case "h1" -> h1;
        case "h2" -> h2;
        case "l1" -> l1;
        case "l2" -> l2;
        default -> throw new IllegalArgumentException(indicator);
      };
    }
  }

  static Policy policy(RankingMethod method, boolean rankedLast, GradeScheme.QuotaTies ties) {
    return POLICIES.computeIfAbsent(List.of(method, rankedLast, ties), key -> withRules(Policy.builder("props")
        .category("C0", "Zero").category("C1", "One").category("C2", "Two")
        .indicators(Indicator.group("root", "Total")
            .child(Indicator.group("g1", "Own values")
                .child(Indicator.leaf("h1", "Higher", linear(0, 100)).points(10).range(ValueRange.PERCENT))
                .child(Indicator.leaf("l1", "Lower", linear(0, 50)).points(6).lowerIsBetter()
                    .range(ValueRange.of(0, 50)).appliesTo(Applicability.categories("C1", "C2"))))
            .child(Indicator.group("g2", "Relative")
                .child(Indicator.leaf("h2", "Higher relative", minmax()).points(8))
                .child(Indicator.leaf("l2", "Lower relative", minmax()).points(6).lowerIsBetter()))
            .build()), method, rankedLast, ties).build());
  }

  /** The adjustments, grades and ranking of the properties' policy (the class comment's), added to {@code policy}. */
  static Policy.Builder withRules(Policy.Builder policy, RankingMethod method, boolean rankedLast,
      GradeScheme.QuotaTies ties) {
    return policy
        .adjustments(new AdjustmentRules(List.of(
            AdjustmentItem.bonus("b", "Bonus", 1, 2),
            AdjustmentItem.deduction("d", "Deduction", 1.5, 4),
            AdjustmentItem.veto("v", "Veto",
                rankedLast ? VetoEffect.RANKED_LAST : VetoEffect.LOWEST_GRADE)), 2.5, 3))
        .grades(GradeScheme.builder().band("excellent", 85, 0.3).band("good", 70).band("fair", 50)
            .quotaTies(ties).otherwise("poor"))
        .ranking(Ranking.of(method, TieBreak.higherScoreIn("h1"), TieBreak.fewerDeductions()));
  }

  static Policy policy(RankingMethod method) {
    return policy(method, false, GradeScheme.QuotaTies.ALL_QUALIFY);
  }

  /** The raw values of a unit; units drawn from a few shared profiles tie exactly and often. */
  record Profile(double h1, double h2, double l1, double l2) {}

  @Provide
  Arbitrary<List<UnitSpec>> scenarios() {
    // mostly high coarse values (so that units reach the excellent band), some anywhere, some with decimals
    Arbitrary<Double> value = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(16, 20).map(i -> i * 5.0)),
        Tuple.of(1, Arbitraries.integers().between(0, 20).map(i -> i * 5.0)),
        Tuple.of(1, Arbitraries.doubles().between(0, 100).ofScale(2)));
    Arbitrary<Double> low = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(0, 4).map(i -> i * 2.5)),
        Tuple.of(1, Arbitraries.doubles().between(0, 50).ofScale(3)));
    Arbitrary<Profile> profile = Combinators.combine(value, value, low, low.map(x -> 2 * x)).as(Profile::new);
    Arbitrary<Integer> count = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just(0)), Tuple.of(1, Arbitraries.integers().between(1, 3)));
    Arbitrary<Boolean> veto = Arbitraries.integers().between(0, 24).map(i -> i == 0);
    return Arbitraries.integers().between(1, 3).flatMap(categories ->
        profile.list().ofMinSize(1).ofMaxSize(10).flatMap(profiles ->
            Combinators.combine(Arbitraries.integers().between(0, categories - 1),
                    Arbitraries.integers().between(0, profiles.size() - 1), count, count, veto)
                .as((category, p, bonus, deduction, vetoed) -> {
                  Profile values = profiles.get(p);
                  return new UnitSpec(category, values.h1(), values.h2(), values.l1(), values.l2(), bonus,
                      deduction, vetoed);
                })
                .list().ofMinSize(1).ofMaxSize(40)));
  }

  static String id(int k) {
    return String.format(Locale.ROOT, "u%02d", k);
  }

  /** The dataset with the units added in {@code order}. */
  static Dataset dataset(List<UnitSpec> units, List<Integer> order) {
    Dataset.Builder data = Dataset.builder();
    for (int k : order) {
      data.unit(Unit.of(id(k), "Unit " + k, CATEGORIES.get(units.get(k).category())));
    }
    for (int k : order) {
      UnitSpec u = units.get(k);
      data.value(id(k), Q, "h1", u.h1()).value(id(k), Q, "h2", u.h2()).value(id(k), Q, "l2", u.l2());
      if (u.category() != 0) {
        data.value(id(k), Q, "l1", u.l1());
      }
      if (u.bonus() > 0) {
        data.event(new AdjustmentEvent(id(k), Q, "b", u.bonus(), ""));
      }
      if (u.deduction() > 0) {
        data.event(new AdjustmentEvent(id(k), Q, "d", u.deduction(), ""));
      }
      if (u.veto()) {
        data.event(new AdjustmentEvent(id(k), Q, "v", 1, ""));
      }
    }
    return data.build();
  }

  static Dataset dataset(List<UnitSpec> units) {
    return dataset(units, IntStream.range(0, units.size()).boxed().toList());
  }

  @Property
  void permutingTheInputOrderChangesNoUnitsResult(@ForAll("scenarios") List<UnitSpec> units,
      @ForAll RankingMethod method, @ForAll GradeScheme.QuotaTies ties, @ForAll boolean rankedLast,
      @ForAll Random random) {
    List<Integer> shuffled = new ArrayList<>(IntStream.range(0, units.size()).boxed().toList());
    Collections.shuffle(shuffled, random);
    Policy policy = policy(method, rankedLast, ties);
    List<UnitResult> given = ENGINE.evaluate(policy, dataset(units), Q).ranking();
    List<UnitResult> permuted = ENGINE.evaluate(policy, dataset(units, shuffled), Q).ranking();
    // the published order (rank, then unit id) is the same list of units
    assertEquals(given.stream().map(UnitResult::id).toList(), permuted.stream().map(UnitResult::id).toList());
    for (int i = 0; i < given.size(); i++) {
      UnitResult a = given.get(i);
      UnitResult b = permuted.get(i);
      assertEquals(a.scoreRate(), b.scoreRate(), a.id());
      assertEquals(a.published(), b.published(), a.id());
      assertEquals(a.rank(), b.rank(), a.id());
      assertEquals(a.categoryRank(), b.categoryRank(), a.id());
      assertEquals(a.grade(), b.grade(), a.id());
      assertEquals(a.adjustments(), b.adjustments(), a.id());
    }
  }

  @Provide
  Arbitrary<String> indicators() {
    return Arbitraries.of("h1", "h2", "l1", "l2");
  }

  /**
   * Improving one unit's raw value (raising a higher-is-better one, lowering a lower-is-better one) never lowers its
   * score rate nor worsens its rank, for the UnitRule (h1, l1) and for the population-relative min-max rule (h2, l2).
   */
  @Property
  void improvingOneValueNeverHurtsTheUnit(@ForAll("scenarios") List<UnitSpec> units,
      @ForAll @IntRange(min = 0, max = 39) int which, @ForAll("indicators") String indicator,
      @ForAll @IntRange(min = 1, max = 20) int steps, @ForAll boolean rankedLast) {
    int k = which % units.size();
    UnitSpec before = units.get(k);
    Assume.that(!indicator.equals("l1") || before.category() != 0);
    double value = before.get(indicator);
    double improved = switch (indicator) {
      case "h1" -> Math.min(100, value + 5 * steps);
      case "h2" -> value + 5 * steps;
      case "l1" -> Math.max(0, value - 2.5 * steps);
      default -> value - 5 * steps;
    };
    List<UnitSpec> changed = new ArrayList<>(units);
    changed.set(k, before.with(indicator, improved));
    Policy policy = policy(RankingMethod.COMPETITION, rankedLast, GradeScheme.QuotaTies.ALL_QUALIFY);
    UnitResult was = ENGINE.evaluate(policy, dataset(units), Q).unit(id(k)).orElseThrow();
    UnitResult now = ENGINE.evaluate(policy, dataset(changed), Q).unit(id(k)).orElseThrow();
    String what = id(k) + " " + indicator + " " + value + " -> " + improved;
    assertTrue(now.scoreRate() >= was.scoreRate(), what + ": score rate " + was.scoreRate() + " -> "
        + now.scoreRate());
    assertTrue(now.published().compareTo(was.published()) >= 0, what + ": published");
    assertTrue(now.rank() <= was.rank(), what + ": rank " + was.rank() + " -> " + now.rank());
    assertTrue(now.categoryRank() <= was.categoryRank(),
        what + ": category rank " + was.categoryRank() + " -> " + now.categoryRank());
  }

  /** What the reference ranking needs of a unit, computed once. */
  record Ranked(String id, String category, BigDecimal published, boolean vetoed, BigDecimal h1, BigDecimal deduction,
      Optional<String> grade, double rank, double categoryRank) {
    static Ranked of(UnitResult u) {
      return new Ranked(u.id(), u.unit().category(), u.published(), u.vetoed(),
          Rounding.DEFAULT.round(u.indicator("h1").orElseThrow().score()), Rounding.DEFAULT.round(u.deduction()),
          u.grade(), u.rank(), u.categoryRank());
    }
  }

  private static List<Ranked> ranked(AppraisalResult result) {
    return IntStream.range(0, result.size()).mapToObj(u -> Ranked.of(result.unit(u))).toList();
  }

  /** The published order: better published value first; with a ranked-last veto, every vetoed unit after the others. */
  private static Comparator<Ranked> better(boolean rankedLast) {
    Comparator<Ranked> published = (a, b) -> b.published().compareTo(a.published());
    return rankedLast ? Comparator.comparing(Ranked::vetoed).thenComparing(published) : published;
  }

  /** The tie-break chain of the policy: higher h1 score at two decimals, fewer deductions, unit id. */
  private static final Comparator<Ranked> TIE_ORDER = Comparator
      .comparing(Ranked::h1, Comparator.reverseOrder())
      .thenComparing(Ranked::deduction)
      .thenComparing(Ranked::id);

  private static boolean sameCategory(Ranked a, Ranked b) {
    return a.category().equals(b.category());
  }

  @Property
  void ranksAreTheMethodAppliedToThePublishedValues(@ForAll("scenarios") List<UnitSpec> units,
      @ForAll RankingMethod method, @ForAll boolean rankedLast) {
    AppraisalResult result =
        ENGINE.evaluate(policy(method, rankedLast, GradeScheme.QuotaTies.ALL_QUALIFY), dataset(units), Q);
    List<Ranked> all = ranked(result);
    double[] overall = NaiveRanking.rank(all, better(rankedLast), TIE_ORDER, (a, b) -> true, method);
    double[] inCategory =
        NaiveRanking.rank(all, better(rankedLast), TIE_ORDER, EnginePropertiesTest::sameCategory, method);
    for (int u = 0; u < all.size(); u++) {
      assertEquals(overall[u], all.get(u).rank(), all.get(u).id() + " overall " + method);
      assertEquals(inCategory[u], all.get(u).categoryRank(), all.get(u).id() + " in category " + method);
    }
  }

  @Property
  void gradesFollowThresholdsQuotasAndVetoes(@ForAll("scenarios") List<UnitSpec> units,
      @ForAll GradeScheme.QuotaTies ties) {
    AppraisalResult result = ENGINE.evaluate(policy(RankingMethod.COMPETITION, false, ties), dataset(units), Q);
    List<Ranked> all = ranked(result);
    // quota places: vetoed units count last; ALL_QUALIFY shares a place among ties, TIE_BREAK uses the chain
    RankingMethod quotaMethod =
        ties == GradeScheme.QuotaTies.ALL_QUALIFY ? RankingMethod.COMPETITION : RankingMethod.ORDINAL;
    double[] place = NaiveRanking.rank(all, better(true), TIE_ORDER, EnginePropertiesTest::sameCategory, quotaMethod);
    for (int u = 0; u < all.size(); u++) {
      Ranked r = all.get(u);
      long size = all.stream().filter(v -> sameCategory(v, r)).count();
      long quota = (long) Math.floor(0.3 * size + 1e-9);
      BigDecimal published = r.published();
      String expected;
      if (r.vetoed()) {
        expected = "poor";
      } else if (published.compareTo(BigDecimal.valueOf(85)) >= 0 && place[u] <= quota) {
        expected = "excellent";
      } else if (published.compareTo(BigDecimal.valueOf(70)) >= 0) {
        expected = "good";
      } else if (published.compareTo(BigDecimal.valueOf(50)) >= 0) {
        expected = "fair";
      } else {
        expected = "poor";
      }
      assertEquals(Optional.of(expected), r.grade(), r.id() + " published " + published + ", place " + place[u]
          + " of quota " + quota);
    }
    if (ties == GradeScheme.QuotaTies.TIE_BREAK) {
      for (String category : CATEGORIES) {
        long size = all.stream().filter(v -> v.category().equals(category)).count();
        long excellent = all.stream()
            .filter(v -> v.category().equals(category) && v.grade().equals(Optional.of("excellent")))
            .count();
        assertTrue(excellent <= Math.floor(0.3 * size + 1e-9), category + ": " + excellent + " of " + size);
      }
    }
  }

  @Property
  void scoreRatesLieBetweenZeroAndTheScale(@ForAll("scenarios") List<UnitSpec> units,
      @ForAll RankingMethod method) {
    AppraisalResult result = ENGINE.evaluate(policy(method), dataset(units), Q);
    for (double rate : result.scoreRates()) {
      assertTrue(rate >= 0 && rate <= 100, "score rate " + rate);
    }
    for (UnitResult u : result.ranking()) {
      assertTrue(u.composite() >= 0 && u.composite() <= 100 + 2.5, u.id() + " composite " + u.composite());
      assertTrue(u.bonus() <= 2.5 && u.deduction() <= 3, u.id() + " adjustments within the total caps");
      assertEquals(Rounding.DEFAULT.round(u.composite()), u.published(), u.id());
      double leaves = u.indicators().stream().filter(IndicatorScore::leaf)
          .mapToDouble(IndicatorScore::contribution).sum();
      assertEquals(u.scoreRate(), leaves, 1e-9, u.id() + " contributions");
      for (IndicatorScore score : u.indicators()) {
        assertTrue(score.score() >= 0 && score.score() <= score.max() + 1e-9, u.id() + " " + score);
      }
    }
  }

  @Property
  void evaluatingTwiceGivesEqualResults(@ForAll("scenarios") List<UnitSpec> units, @ForAll RankingMethod method,
      @ForAll GradeScheme.QuotaTies ties) {
    Policy policy = policy(method, true, ties);
    Dataset data = dataset(units);
    CompiledPolicy plan = ENGINE.compile(policy);
    AppraisalResult first = plan.evaluate(data, Q);
    AppraisalResult second = plan.evaluate(data, Q);
    AppraisalResult fresh = TestRules.engine().evaluate(policy, dataset(units), Q);
    List<UnitResult> expected = first.ranking();
    assertEquals(expected, second.ranking());
    assertEquals(expected, fresh.ranking());
    assertEquals(first.notes(), second.notes());
    for (String category : CATEGORIES) {
      assertEquals(first.ranking(category), second.ranking(category));
    }
  }

  @Provide
  Arbitrary<Double> roundingValues() {
    Arbitrary<Double> anywhere = Arbitraries.doubles().between(-1e6, 1e6);
    Arbitrary<Double> small = Arbitraries.doubles().between(-200, 200);
    // decimals with one digit more than kept: exact half-way cases such as 2.675, and their neighbours
    Arbitrary<Double> boundaries = Combinators.combine(Arbitraries.longs().between(-100_000_000L, 100_000_000L),
            Arbitraries.integers().between(1, 7), Arbitraries.integers().between(-1, 1))
        .as((digits, places, nudge) -> {
          double x = new BigDecimal(digits).movePointLeft(places).doubleValue();
          return nudge < 0 ? Math.nextDown(x) : nudge > 0 ? Math.nextUp(x) : x;
        });
    return Arbitraries.oneOf(anywhere, small, boundaries);
  }

  @Property
  void rounderKeyEqualsRoundingRound(@ForAll("roundingValues") double value, @ForAll RoundingMode mode,
      @ForAll @IntRange(min = 0, max = 6) int scale) {
    Assume.that(mode != RoundingMode.UNNECESSARY);
    Rounding rounding = Rounding.of(scale, mode);
    assertEquals(rounding.round(value).unscaledValue().longValueExact(), new Rounder(rounding).key(value),
        () -> "key(" + value + ") at scale " + scale + " " + mode);
  }
}
