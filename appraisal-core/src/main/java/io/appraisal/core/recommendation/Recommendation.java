package io.appraisal.core.recommendation;

import static io.appraisal.core.InvalidArgumentException.check;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import org.apiguardian.api.API;
import java.util.List;
import java.util.Locale;

/**
 * Who is recommended after an appraisal (推荐): the best {@code top} units by rank among those that pass every
 * must-pass item (必达项) and are not vetoed, as the city recommended 2 of its 5 counties for the provincial
 * demonstration. A unit that fails a must-pass item is not recommended whatever its total. A recommended unit that
 * meets a declared condition (an overstated self-assessment, a deduction, a score below a line) is recommended with
 * conditions. Units tied with the last recommended one by rank are all recommended.
 *
 * <p>A value declared in the policy ({@code recommendation:} in a policy file) and applied by {@link
 * Recommendations#apply} to an evaluated result.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Recommendation {
  private final int top;
  private final ImmutableList<String> mustPass;
  private final double mustPassRate;
  private final boolean conditionIfSelfAssessmentFlagged;
  private final boolean conditionIfDeduction;
  private final double conditionIfScoreBelow;

  private Recommendation(Builder builder) {
    this.top = builder.top;
    this.mustPass = ImmutableList.copyOf(builder.mustPass);
    this.mustPassRate = builder.mustPassRate;
    this.conditionIfSelfAssessmentFlagged = builder.conditionIfSelfAssessmentFlagged;
    this.conditionIfDeduction = builder.conditionIfDeduction;
    this.conditionIfScoreBelow = builder.conditionIfScoreBelow;
  }

  /** Recommends the best {@code top} passing units. */
  public static Builder top(int top) {
    return new Builder(top);
  }

  /** How many passing units are recommended (more when several tie for the last place). */
  public int top() {
    return top;
  }

  /** The must-pass indicator ids. */
  public List<String> mustPass() {
    return mustPass;
  }

  /**
   * The share of a must-pass item's points, in percent, a unit must earn to pass it: 100 (the default) means full
   * points. An item that does not apply to the unit is passed; a missing value fails.
   */
  public double mustPassRate() {
    return mustPassRate;
  }

  /** Whether a unit flagged for an overstated self-assessment (自评) is recommended only with conditions. */
  public boolean conditionIfSelfAssessmentFlagged() {
    return conditionIfSelfAssessmentFlagged;
  }

  /** Whether a unit with any deduction is recommended only with conditions. */
  public boolean conditionIfDeduction() {
    return conditionIfDeduction;
  }

  /** A published score below which a recommended unit is recommended only with conditions; -inf when none. */
  public double conditionIfScoreBelow() {
    return conditionIfScoreBelow;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Recommendation other && top == other.top && mustPass.equals(other.mustPass)
        && Double.compare(mustPassRate, other.mustPassRate) == 0
        && conditionIfSelfAssessmentFlagged == other.conditionIfSelfAssessmentFlagged
        && conditionIfDeduction == other.conditionIfDeduction
        && Double.compare(conditionIfScoreBelow, other.conditionIfScoreBelow) == 0;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(top, mustPass, mustPassRate, conditionIfSelfAssessmentFlagged,
        conditionIfDeduction, conditionIfScoreBelow);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Recommendation{top %d, mustPass %s at %s%%}", top, mustPass, mustPassRate);
  }

  /** Builds a {@link Recommendation}; each setter checks its argument. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private final int top;
    private final List<String> mustPass = new java.util.ArrayList<>();
    private double mustPassRate = 100;
    private boolean conditionIfSelfAssessmentFlagged;
    private boolean conditionIfDeduction;
    private double conditionIfScoreBelow = Double.NEGATIVE_INFINITY;

    private Builder(int top) {
      check(top >= 1, "problem.core.argument.recommendation-top", top);
      this.top = top;
    }

    /** Adds must-pass indicators; each may be a leaf or a group. */
    public Builder mustPass(List<String> indicatorIds) {
      for (String id : indicatorIds) {
        requireNonNull(id, "indicator id");
        check(!mustPass.contains(id), "problem.core.argument.must-pass-twice", id);
        mustPass.add(id);
      }
      return this;
    }

    public Builder mustPassRate(double percent) {
      check(percent > 0 && percent <= 100, "problem.core.argument.must-pass-rate", percent);
      this.mustPassRate = percent;
      return this;
    }

    public Builder conditionIfSelfAssessmentFlagged(boolean condition) {
      this.conditionIfSelfAssessmentFlagged = condition;
      return this;
    }

    public Builder conditionIfDeduction(boolean condition) {
      this.conditionIfDeduction = condition;
      return this;
    }

    public Builder conditionIfScoreBelow(double score) {
      check(Double.isFinite(score), "problem.core.argument.condition-score", score);
      this.conditionIfScoreBelow = score;
      return this;
    }

    public Recommendation build() {
      return new Recommendation(this);
    }
  }
}
