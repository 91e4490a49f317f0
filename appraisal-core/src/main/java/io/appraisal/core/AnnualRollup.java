package io.appraisal.core;

import static io.appraisal.core.InvalidArgumentException.check;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * How quarters roll up into the annual result: {@code quarterWeight × mean of the quarterly values + Σ weight ×
 * year-end component}, then the year's own bonus and deduction events. For example 40 % quarterly mean + 60 %
 * year-end appraisal, or 95 % quarters + 5 % leadership rating.
 *
 * @param quarterWeight the weight of the quarterly mean, in (0, 1]
 * @param quarterValue which quarterly value is averaged
 * @param components the year-end scores, given as values of the year period (e.g. {@code 2022}) under their ids
 * @param missingQuarter what a quarter without data does
 */
@API(status = STABLE, since = "0.1")
public record AnnualRollup(
    double quarterWeight, QuarterValue quarterValue, List<YearEndComponent> components,
    MissingQuarter missingQuarter) {

  /** Which quarterly figure the roll-up averages. */
  @API(status = STABLE, since = "0.1")
  public enum QuarterValue {
    /** The score rate before adjustments; adjustments then come only from the year's own events. */
    SCORE_RATE,
    /** The quarterly composite, after that quarter's bonus and deductions. */
    COMPOSITE
  }

  /** What a quarter with no data at all does to the annual result; whatever is chosen, it is reported. */
  @API(status = STABLE, since = "0.1")
  public enum MissingQuarter {
    /** The annual result is refused. */
    FAIL,
    /** The mean is taken over the quarters present. */
    MEAN_OF_PRESENT,
    /** The missing quarter counts as zero. */
    ZERO
  }

  /**
   * A year-end score entered once a year (实地考评, 报评检查, leadership rating), on the policy's scale.
   *
   * @param id the indicator id its values are given under, in the year period
   * @param name display name
   * @param weight its weight in the annual result
   * @param range the values it may take
   */
  @API(status = STABLE, since = "0.1")
  public record YearEndComponent(String id, String name, double weight, ValueRange range) {
    public YearEndComponent {
      requireNonNull(id, "id");
      requireNonNull(name, "name");
      requireNonNull(range, "range");
      check(!id.isBlank(), "problem.core.argument.component-id-blank");
      check(weight > 0 && weight < 1, "problem.core.argument.component-weight", id, weight);
    }
  }

  public AnnualRollup {
    requireNonNull(quarterValue, "quarterValue");
    requireNonNull(missingQuarter, "missingQuarter");
    components = ImmutableList.copyOf(components);
    check(quarterWeight > 0 && quarterWeight <= 1, "problem.core.argument.quarter-weight", quarterWeight);
    double total = quarterWeight + components.stream().mapToDouble(YearEndComponent::weight).sum();
    check(Math.abs(total - 1) < 1e-9, "problem.core.argument.annual-weights-sum", total);
    Set<String> ids = new HashSet<>();
    for (YearEndComponent component : components) {
      check(ids.add(component.id()), "problem.core.argument.component-duplicate", component.id());
    }
  }

  /** The mean of the four quarters' score rates, nothing else. */
  public static AnnualRollup quartersOnly(MissingQuarter missingQuarter) {
    return new AnnualRollup(1, QuarterValue.SCORE_RATE, List.of(), missingQuarter);
  }
}
