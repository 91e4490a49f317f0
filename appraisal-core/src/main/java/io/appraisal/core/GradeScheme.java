package io.appraisal.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.math.RoundingMode;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Grade bands from best to worst, the grade below all bands (also forced by a veto), and how quotas count.
 *
 * @param bands the bands, best first, with strictly decreasing minimum scores
 * @param lowest the grade of a unit below every band or vetoed
 * @param quotaRounding how {@code quota × category size} becomes a whole number of units (FLOOR by default)
 * @param quotaTies what happens to units tied on the published score at the quota boundary
 */
@API(status = STABLE, since = "0.1")
public record GradeScheme(List<Grade> bands, String lowest, RoundingMode quotaRounding, QuotaTies quotaTies) {
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
    checkArgument(quotaRounding != RoundingMode.UNNECESSARY, "quota rounding cannot be UNNECESSARY");
    for (int i = 1; i < bands.size(); i++) {
      checkArgument(bands.get(i).minScore() < bands.get(i - 1).minScore(),
          "grade bands must be ordered best first with decreasing minScore, but %s follows %s",
          bands.get(i), bands.get(i - 1));
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GradeScheme}: bands best first, then {@link #otherwise(String)}. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder {
    private final ImmutableList.Builder<Grade> bands = ImmutableList.builder();
    private RoundingMode quotaRounding = RoundingMode.FLOOR;
    private QuotaTies quotaTies = QuotaTies.ALL_QUALIFY;

    private Builder() {}

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
      return new GradeScheme(built, lowest, quotaRounding, quotaTies);
    }
  }
}
