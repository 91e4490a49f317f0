package io.appraisal.core.panel;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.apiguardian.api.API;
import io.appraisal.core.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a panel did for one indicator in one period: each unit's aggregated value with its consistency figures, the
 * panel's concordance and the outlying scores. Raters are named only where the panel allows ({@link
 * Panel#showRaterIds()}).
 *
 * @param period the period
 * @param indicator the indicator id
 * @param panel the panel's declaration
 * @param units each rated unit, in the order of the dataset
 * @param raters the number of distinct raters
 * @param concordanceRaters the raters who scored every rated unit, over whom Kendall's W is computed
 * @param kendallW Kendall's coefficient of concordance (ties corrected) of those raters' rankings of the units: 1 when
 *     they rank the units identically, 0 when their rankings share nothing; NaN when fewer than two raters scored
 *     every unit or fewer than two units were rated
 * @param outliers the scores flagged by the panel's outlier rule, by unit then score
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PanelReport(Period period, String indicator, Panel panel, List<UnitPanel> units, int raters,
    int concordanceRaters, double kendallW, List<Outlier> outliers) {
  public PanelReport {
    requireNonNull(period, "period");
    requireNonNull(indicator, "indicator");
    requireNonNull(panel, "panel");
    units = ImmutableList.copyOf(units);
    outliers = ImmutableList.copyOf(outliers);
  }

  /**
   * One unit's panel figures.
   *
   * @param unit the unit id
   * @param value the aggregated score: the indicator's raw value
   * @param raters how many raters scored the unit
   * @param groupValues each group's aggregated score, in the panel's group order; empty without groups
   * @param standardDeviation the sample standard deviation of all the unit's scores
   * @param min the lowest score
   * @param max the highest score
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record UnitPanel(String unit, double value, int raters, Map<String, Double> groupValues,
      double standardDeviation, double min, double max) {
    public UnitPanel {
      requireNonNull(unit, "unit");
      groupValues = ImmutableMap.copyOf(groupValues);
    }

    /** The range of the scores, {@code max − min}. */
    public double range() {
      return max - min;
    }
  }

  /**
   * A score far from the unit's other scores.
   *
   * @param unit the unit id
   * @param rater the rater's id when the panel allows showing it, else empty
   * @param group the rater's group, or empty
   * @param score the score
   * @param median the median of the unit's scores
   * @param mad the median absolute deviation of the unit's scores, scaled by 1.4826 (see {@link Panel#outlierMads()})
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Outlier(String unit, Optional<String> rater, String group, double score, double median,
      double mad) {
    public Outlier {
      requireNonNull(unit, "unit");
      requireNonNull(rater, "rater");
      requireNonNull(group, "group");
    }
  }
}
