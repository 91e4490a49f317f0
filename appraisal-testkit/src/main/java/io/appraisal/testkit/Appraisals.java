package io.appraisal.testkit;

import static java.util.Objects.requireNonNull;

import io.appraisal.core.Category;
import io.appraisal.core.Policy;
import io.appraisal.core.ValueRange;
import io.appraisal.core.spi.RuleRegistry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.apiguardian.api.API;

/**
 * jqwik arbitraries for the appraisal model: the entry point of the testkit's generators. Every factory returns an
 * arbitrary with sensible defaults; the specific ones configure fluently, each call returning a new instance.
 *
 * <pre>{@code
 * @Property
 * void everyUnitIsRanked(@ForAll("data") Dataset data) { ... }
 *
 * @Provide
 * Arbitrary<Dataset> data() {
 *   return Appraisals.datasets(MyPolicy.policy(), MyRules.registry()).ofMaxSize(30).withoutAdjustments();
 * }
 * }</pre>
 *
 * <p>Everything is built from jqwik's own arbitraries and combinators, never from a random seed of its own, so a
 * failing property shrinks to a small, readable counterexample: few units with ids {@code u1, u2, ...}, small trees
 * with ids {@code 1, 1.2, ...}, values with two decimals close to zero.
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class Appraisals {
  /** The window drawn from an input range that is open on one side or both, beyond its finite end or zero. */
  private static final double WINDOW = 100;

  private Appraisals() {}

  /** Categories {@code c1} to {@code c9}, named "category 1" and so on; shrinks towards {@code c1}. */
  public static Arbitrary<Category> categories() {
    return Arbitraries.integers().between(1, 9).map(n -> new Category("c" + n, "category " + n));
  }

  /** Units with ids {@code u1} to {@code u999}, in categories {@code c1} to {@code c3}, without attributes. */
  public static UnitArbitrary units() {
    return UnitArbitrary.DEFAULT;
  }

  /**
   * Indicator trees: a root group with up to two more levels and four children per group, leaves scored by the
   * testkit's reference rule (see {@link #referenceRules()}) unless {@link IndicatorTreeArbitrary#leafRules} says
   * otherwise.
   */
  public static IndicatorTreeArbitrary indicatorTrees() {
    return IndicatorTreeArbitrary.DEFAULT;
  }

  /**
   * Whole policies: one to three categories, an indicator tree whose groups and leaves may apply to some categories
   * only, adjustment items, grades, ranking and rounding. Evaluate them with an engine that knows {@link
   * #referenceRules()} (or the rules given to {@link IndicatorTreeArbitrary#leafRules}).
   */
  public static PolicyArbitrary policies() {
    return PolicyArbitrary.DEFAULT;
  }

  /**
   * Datasets that {@code policy} can evaluate: one to twenty units in its categories, a value within range for every
   * leaf that applies to a unit (missing now and then where the policy allows it), and adjustment events for the
   * policy's items.
   *
   * @param rules the rule types the policy's leaves use, to learn the input range of leaves that declare none
   */
  public static DatasetArbitrary datasets(Policy policy, RuleRegistry rules) {
    return new DatasetArbitrary(requireNonNull(policy, "policy"), requireNonNull(rules, "rules"));
  }

  /**
   * Raw values inside {@code range}, with two decimals, shrinking towards the value nearest zero. A range open on one
   * side is drawn up to 100 beyond its finite end; one open on both sides from −100 to 100.
   */
  public static Arbitrary<Double> rawValues(ValueRange range) {
    requireNonNull(range, "range");
    double lo = range.min();
    double hi = range.max();
    if (Double.isInfinite(lo) && Double.isInfinite(hi)) {
      lo = -WINDOW;
      hi = WINDOW;
    } else if (Double.isInfinite(lo)) {
      lo = hi - WINDOW;
    } else if (Double.isInfinite(hi)) {
      hi = lo + WINDOW;
    }
    double from = BigDecimal.valueOf(lo).setScale(2, RoundingMode.CEILING).doubleValue();
    double to = BigDecimal.valueOf(hi).setScale(2, RoundingMode.FLOOR).doubleValue();
    if (from > to) {
      return Arbitraries.of(lo, hi);
    }
    if (from == to) {
      return Arbitraries.just(from);
    }
    return Arbitraries.doubles().between(from, to).ofScale(2);
  }

  /**
   * The rule types of the testkit's generated trees: {@code testkit-linear}, linear between two goalposts
   * ({@code lower}, {@code upper}), reversed when lower is better.
   */
  public static RuleRegistry referenceRules() {
    return RuleRegistry.builder().register(new ReferenceRule()).build();
  }
}
