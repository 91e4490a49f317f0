package io.appraisal.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static io.appraisal.core.InvalidArgumentException.check;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Grade bands from best to worst, the grade below all bands (also forced by a veto), and how quotas count.
 *
 * <p>A two-sided scheme grades by distance from a target value instead ("within 2.5 % of parity": the UNDP Gender
 * Development Index groups countries by {@code |1 − GDI|} ≤ 0.025, 0.05, 0.075, 0.1, and above). It grades the
 * closeness {@code −|published − target|} (see {@link #graded}), so a band's {@code minScore} is minus its largest
 * distance ({@link Builder#within}) and the bands keep one rule: best first, decreasing {@code minScore}. Distances
 * are exact decimals of the published score; a two-sided scheme has no quotas.
 *
 * @param bands the bands, best first, with strictly decreasing minimum scores
 * @param lowest the grade of a unit below every band or vetoed
 * @param quotaRounding how {@code quota × category size} becomes a whole number of units (FLOOR by default)
 * @param quotaTies what happens to units tied on the published score at the quota boundary
 * @param target the value a two-sided scheme measures distances from; NaN for the usual, one-sided scheme
 */
@API(status = STABLE, since = "0.1")
public record GradeScheme(List<Grade> bands, String lowest, RoundingMode quotaRounding, QuotaTies quotaTies,
    double target) {
  /** Units tied at the quota boundary. */
  @API(status = STABLE, since = "0.1")
  public enum QuotaTies {
    /** Every unit tied with the last unit inside the quota gets the better grade. */
    ALL_QUALIFY,
    /** The ranking's tie-break chain decides who is inside the quota. */
    TIE_BREAK
  }

  public GradeScheme {
    bands = ImmutableList.copyOf(bands);
    requireNonNull(lowest, "lowest");
    requireNonNull(quotaRounding, "quotaRounding");
    requireNonNull(quotaTies, "quotaTies");
    check(quotaRounding != RoundingMode.UNNECESSARY, "problem.core.argument.quota-rounding");
    check(Double.isNaN(target) || (Double.isFinite(target) && Math.abs(target) <= 1e12),
        "problem.core.argument.grade-target", target);
    for (Grade band : bands) {
      checkArgument(Double.isNaN(target) || (band.minScore() <= 0 && !band.hasQuota()),
          "a band of a two-sided grade scheme needs a distance >= 0 and no quota, but was: %s", band);
    }
    for (int i = 1; i < bands.size(); i++) {
      check(bands.get(i).minScore() < bands.get(i - 1).minScore(), "problem.core.argument.grade-order",
          bands.get(i).name(), bands.get(i).minScore(), bands.get(i - 1).name(), bands.get(i - 1).minScore());
    }
  }

  /** A one-sided scheme: grades by the published score. */
  public GradeScheme(List<Grade> bands, String lowest, RoundingMode quotaRounding, QuotaTies quotaTies) {
    this(bands, lowest, quotaRounding, quotaTies, Double.NaN);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Whether the scheme grades by distance from {@link #target}. */
  public boolean twoSided() {
    return !Double.isNaN(target);
  }

  /**
   * What the bands' {@code minScore} is compared with: the published score, or in a two-sided scheme minus its
   * distance from the target ({@code −|published − target|}, exact).
   */
  public BigDecimal graded(BigDecimal published) {
    return twoSided() ? published.subtract(BigDecimal.valueOf(target)).abs().negate() : published;
  }

  /** Builds a {@link GradeScheme}: bands best first, then {@link #otherwise(String)}. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder {
    private final ImmutableList.Builder<Grade> bands = ImmutableList.builder();
    private RoundingMode quotaRounding = RoundingMode.FLOOR;
    private QuotaTies quotaTies = QuotaTies.ALL_QUALIFY;
    private double target = Double.NaN;

    private Builder() {}

    /** Makes the scheme two-sided: bands are then given by {@link #within}, nearest the target first. */
    public Builder target(double target) {
      this.target = target;
      return this;
    }

    /** A band of a two-sided scheme: a published score at most {@code maxDistance} from the target earns it. */
    public Builder within(String name, double maxDistance) {
      checkState(!Double.isNaN(target), "set the target before a band by distance (%s)", name);
      check(maxDistance >= 0, "problem.core.argument.grade-distance", name, maxDistance);
      bands.add(new Grade(name, -maxDistance, 1));
      return this;
    }

    public Builder band(String name, double minScore) {
      bands.add(new Grade(name, minScore, 1));
      return this;
    }

    /** A band also limited to the best {@code quota} share of each category (e.g. 0.3 for 30 %). */
    public Builder band(String name, double minScore, double quota) {
      bands.add(new Grade(name, minScore, quota));
      return this;
    }

    public Builder quotaRounding(RoundingMode mode) {
      this.quotaRounding = requireNonNull(mode, "mode");
      return this;
    }

    public Builder quotaTies(QuotaTies ties) {
      this.quotaTies = requireNonNull(ties, "ties");
      return this;
    }

    public GradeScheme otherwise(String lowest) {
      ImmutableList<Grade> built = bands.build();
      checkState(!built.isEmpty(), "a grade scheme needs at least one band");
      return new GradeScheme(built, lowest, quotaRounding, quotaTies, target);
    }
  }
}
