package io.appraisal.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.appraisal.core.AdjustmentItem;
import io.appraisal.core.AdjustmentKind;
import io.appraisal.core.AdjustmentRules;
import io.appraisal.core.GradeScheme;
import io.appraisal.core.Policy;
import io.appraisal.core.Ranking;
import io.appraisal.core.RankingMethod;
import io.appraisal.core.Rounding;
import io.appraisal.core.TieBreak;
import io.appraisal.core.VetoEffect;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.apiguardian.api.API;

/**
 * Generates whole {@link Policy policies}: categories {@code c1..cN}, an indicator tree whose indicators may be
 * restricted to some of them, the score-rate scale (100 or 1), adjustment items with caps, grades with a quota, a
 * ranking method with a tie-break chain, and rounding. Configure with the methods below, each returning a new
 * instance. Shrinks towards one category, a root with one leaf, no adjustments and no grades.
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class PolicyArbitrary extends ArbitraryDecorator<Policy> {
  static final PolicyArbitrary DEFAULT = new PolicyArbitrary(1, 3, IndicatorTreeArbitrary.DEFAULT, true, true);

  private static final List<RoundingMode> MODES = List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN,
      RoundingMode.HALF_DOWN, RoundingMode.DOWN, RoundingMode.UP, RoundingMode.FLOOR, RoundingMode.CEILING);

  private final int minCategories;
  private final int maxCategories;
  private final IndicatorTreeArbitrary trees;
  private final boolean adjustments;
  private final boolean grades;

  private PolicyArbitrary(int minCategories, int maxCategories, IndicatorTreeArbitrary trees, boolean adjustments,
      boolean grades) {
    this.minCategories = minCategories;
    this.maxCategories = maxCategories;
    this.trees = trees;
    this.adjustments = adjustments;
    this.grades = grades;
  }

  /** Between {@code min} and {@code max} categories (1 to 9); 1 to 3 by default. */
  public PolicyArbitrary categories(int min, int max) {
    checkArgument(min >= 1 && min <= max && max <= 9, "categories must satisfy 1 <= min <= max <= 9 but were: %s,"
        + " %s", min, max);
    return new PolicyArbitrary(min, max, trees, adjustments, grades);
  }

  /** The indicator trees, given each policy's categories; {@link Appraisals#indicatorTrees()} by default. */
  public PolicyArbitrary indicatorTrees(IndicatorTreeArbitrary trees) {
    return new PolicyArbitrary(minCategories, maxCategories, requireNonNull(trees, "trees"), adjustments, grades);
  }

  /** Policies without adjustment items. */
  public PolicyArbitrary withoutAdjustments() {
    return new PolicyArbitrary(minCategories, maxCategories, trees, false, grades);
  }

  /** Policies without grades. */
  public PolicyArbitrary withoutGrades() {
    return new PolicyArbitrary(minCategories, maxCategories, trees, adjustments, false);
  }

  @Override
  protected Arbitrary<Policy> arbitrary() {
    return Arbitraries.integers().between(minCategories, maxCategories).flatMap(count -> {
      List<String> ids = IntStream.rangeClosed(1, count).mapToObj(n -> "c" + n).toList();
      Arbitrary<Double> scales = Arbitraries.of(100.0, 1.0);
      return Combinators.combine(trees.categories(ids), scales, adjustmentRules(), gradeShapes(), rankings(),
              roundings())
          .as((root, scale, adjustmentRules, gradeShape, ranking, rounding) -> {
            Policy.Builder policy = Policy.builder("generated")
                .name("generated policy")
                .indicators(root)
                .scale(scale)
                .adjustments(adjustmentRules)
                .ranking(ranking)
                .rounding(rounding);
            ids.forEach(id -> policy.category(id, "category " + id.substring(1)));
            gradeShape.ifPresent(shape -> policy.grades(shape.scheme(scale)));
            return policy.build();
          });
    });
  }

  private Arbitrary<AdjustmentRules> adjustmentRules() {
    if (!adjustments) {
      return Arbitraries.just(AdjustmentRules.NONE);
    }
    Arbitrary<Double> caps = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Double.POSITIVE_INFINITY)),
        Tuple.of(1, Arbitraries.integers().between(1, 10).map(Integer::doubleValue)));
    Arbitrary<Tuple.Tuple3<AdjustmentKind, Double, Double>> item = Combinators.combine(
        Arbitraries.of(AdjustmentKind.class), Arbitraries.integers().between(1, 10).map(halves -> halves / 2.0),
        caps).as(Tuple::of);
    // Vetoes that keep the unit in the ranking: an excluded unit is in no result, which the contracts read whole.
    Arbitrary<VetoEffect> effects = Arbitraries.of(VetoEffect.LOWEST_GRADE, VetoEffect.RANKED_LAST);
    return Combinators.combine(item.list().ofMaxSize(3), caps, caps, effects)
        .as((drafts, bonusCap, deductionCap, effect) -> {
          List<AdjustmentItem> items = new ArrayList<>();
          for (int i = 0; i < drafts.size(); i++) {
            AdjustmentKind kind = drafts.get(i).get1();
            String id = kind.name().toLowerCase(Locale.ROOT) + (i + 1);
            items.add(kind == AdjustmentKind.VETO ? AdjustmentItem.veto(id, id, effect)
                : new AdjustmentItem(id, id, kind, drafts.get(i).get2(), drafts.get(i).get3(), Optional.empty()));
          }
          return new AdjustmentRules(items, bonusCap, deductionCap);
        });
  }

  /** Grades as fractions of the scale: 1 to 3 bands at 90, 80 and 60 %, the best maybe with a 30 % quota. */
  private record GradeShape(int bands, boolean quota, GradeScheme.QuotaTies ties) {
    GradeScheme scheme(double scale) {
      GradeScheme.Builder builder = GradeScheme.builder().quotaTies(ties);
      int[] percent = {90, 80, 60};
      String[] names = {"A", "B", "C"};
      for (int b = 0; b < bands; b++) {
        if (b == 0 && quota) {
          builder.band(names[b], percent[b] * scale / 100, 0.3);
        } else {
          builder.band(names[b], percent[b] * scale / 100);
        }
      }
      return builder.otherwise("D");
    }
  }

  private Arbitrary<Optional<GradeShape>> gradeShapes() {
    if (!grades) {
      return Arbitraries.just(Optional.empty());
    }
    Arbitrary<GradeShape> shapes = Combinators.combine(Arbitraries.integers().between(1, 3),
            Arbitraries.of(false, true), Arbitraries.of(GradeScheme.QuotaTies.class))
        .as(GradeShape::new);
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Optional.empty())),
        Tuple.of(1, shapes.map(Optional::of)));
  }

  private static Arbitrary<Ranking> rankings() {
    Arbitrary<List<TieBreak>> chains = Arbitraries.of(List.of(), List.of(TieBreak.unitId()),
        List.of(TieBreak.fewerDeductions(), TieBreak.unitId()), List.of(TieBreak.higherScoreIn("1")));
    return Combinators.combine(Arbitraries.of(RankingMethod.class), chains).as(Ranking::new);
  }

  private static Arbitrary<Rounding> roundings() {
    return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.of(MODES)).as(Rounding::new);
  }
}
