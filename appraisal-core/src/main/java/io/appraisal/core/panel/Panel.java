package io.appraisal.core.panel;

import static io.appraisal.core.InvalidArgumentException.check;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableMap;
import org.apiguardian.api.API;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How the scores of a panel of raters (评议组) become one indicator's raw value per unit: the aggregation method, the
 * minimum number of raters, optional rater groups with weights (e.g. 40 % leaders, 60 % representatives), the
 * outlier rule and whether outputs may name raters. A value; declared in the policy per indicator ({@code panel:} in
 * a policy file) and applied by {@link Panels#apply} before evaluation.
 *
 * <p>With groups, each group's scores are aggregated by the method on their own (a trimmed mean drops the {@code
 * trim} highest and lowest scores <em>within each group</em>) and the unit's value is the weighted sum of the group
 * values. Trimming within the group keeps the declared balance between the groups: trimming overall could take both
 * extreme scores from one group and shift its effective weight.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Panel {
  /** How a unit's rater scores are combined. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public enum Method {
    /** The arithmetic mean. */
    MEAN,
    /** The median (the mean of the two middle scores for an even count). */
    MEDIAN,
    /** The mean after dropping the {@code trim} highest and {@code trim} lowest scores (去掉最高分和最低分). */
    TRIMMED_MEAN;

    /** The name used in policy files: {@code mean}, {@code median}, {@code trimmed-mean}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  private final Method method;
  private final int trim;
  private final int minRaters;
  private final ImmutableMap<String, Double> groups;
  private final double outlierMads;
  private final boolean showRaterIds;

  private Panel(Builder builder) {
    this.method = builder.method;
    this.trim = builder.trim;
    this.minRaters = builder.minRaters;
    this.groups = ImmutableMap.copyOf(builder.groups);
    this.outlierMads = builder.outlierMads;
    this.showRaterIds = builder.showRaterIds;
  }

  public static Builder builder(Method method) {
    return new Builder(method);
  }

  public Method method() {
    return method;
  }

  /** How many highest and how many lowest scores a trimmed mean drops (per group when there are groups). */
  public int trim() {
    return trim;
  }

  /** The fewest raters a unit must have (over all groups); fewer is an input problem. */
  public int minRaters() {
    return minRaters;
  }

  /** The rater groups and their weights, summing to 1, in declaration order; empty when raters are not grouped. */
  public Map<String, Double> groups() {
    return groups;
  }

  /**
   * The outlier rule: a score is listed as an outlier when {@code |score − unit median| > outlierMads × MAD}, MAD
   * being the median absolute deviation of the unit's scores from their median, scaled by 1.4826 to estimate the
   * standard deviation (Leys et al. 2013); when every score but a few equals the median, MAD is 0 and every score
   * off the median is listed. Listing changes no value.
   */
  public double outlierMads() {
    return outlierMads;
  }

  /** Whether outputs may name raters; when false (the default) outliers are shown by group and score only. */
  public boolean showRaterIds() {
    return showRaterIds;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Panel other && method == other.method && trim == other.trim && minRaters == other.minRaters
        && groups.equals(other.groups) && Double.compare(outlierMads, other.outlierMads) == 0
        && showRaterIds == other.showRaterIds;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(method, trim, minRaters, groups, outlierMads, showRaterIds);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Panel{%s, trim %d, minRaters %d, groups %s, outliers > %s MAD}",
        method.id(), trim, minRaters, groups, outlierMads);
  }

  /** Builds a {@link Panel}; setters check their argument, {@link #build()} what joins several. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private final Method method;
    private int trim;
    private int minRaters = 1;
    private final Map<String, Double> groups = new LinkedHashMap<>();
    private double outlierMads = 3;
    private boolean showRaterIds;

    private Builder(Method method) {
      this.method = requireNonNull(method, "method");
    }

    /** The scores dropped at each end by a trimmed mean; only for {@link Method#TRIMMED_MEAN}. */
    public Builder trim(int trim) {
      check(trim >= 0, "problem.core.argument.panel-trim", trim);
      this.trim = trim;
      return this;
    }

    public Builder minRaters(int minRaters) {
      check(minRaters >= 1, "problem.core.argument.panel-min-raters", minRaters);
      this.minRaters = minRaters;
      return this;
    }

    /** Adds a rater group with its weight; the weights must sum to 1. */
    public Builder group(String group, double weight) {
      requireNonNull(group, "group");
      check(!group.isBlank(), "problem.core.argument.panel-group-blank");
      check(weight > 0 && weight <= 1, "problem.core.argument.panel-group-weight", group, weight);
      check(groups.putIfAbsent(group, weight) == null, "problem.core.argument.panel-group-twice", group);
      return this;
    }

    public Builder outlierMads(double outlierMads) {
      check(outlierMads > 0 && Double.isFinite(outlierMads), "problem.core.argument.panel-outlier-mads",
          outlierMads);
      this.outlierMads = outlierMads;
      return this;
    }

    public Builder showRaterIds(boolean showRaterIds) {
      this.showRaterIds = showRaterIds;
      return this;
    }

    public Panel build() {
      check(trim == 0 || method == Method.TRIMMED_MEAN, "problem.core.argument.panel-trim-method",
          method.id());
      double sum = groups.values().stream().mapToDouble(Double::doubleValue).sum();
      check(groups.isEmpty() || Math.abs(sum - 1) <= 1e-9, "problem.core.argument.panel-group-weights-sum",
          sum);
      return new Panel(this);
    }
  }
}
