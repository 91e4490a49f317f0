package io.appraisal.rules;

import com.google.common.collect.ImmutableList;
import io.appraisal.core.spi.RuleRegistry;
import io.appraisal.core.spi.RuleType;
import org.apiguardian.api.API;

/** The rule types this module provides, for explicit registration. */
@API(status = API.Status.STABLE, since = "0.1")
public final class BuiltInRules {
  private BuiltInRules() {}

  /** A new instance of every built-in rule type. */
  public static ImmutableList<RuleType> all() {
    return ImmutableList.of(
        new DeductionPerIncident(),
        new BonusPerItem(),
        new ThresholdPenalty(),
        new Proportional(),
        new Bands(),
        new Checklist(),
        new TargetAchievement(),
        new Goalposts(),
        new MinMax(),
        new PercentileRank(),
        new RankPoints(),
        new RepeatedIncident(),
        new ZScore(),
        new DistanceToTarget(),
        new RatioToMean(),
        new RatioToBest(),
        new PercentileBands(),
        new RatioToWorst(),
        new RelativeDifference(),
        new MeanThresholds());
  }

  /** A registry holding every built-in rule type. */
  public static RuleRegistry registry() {
    return RuleRegistry.builder().registerAll(all()).build();
  }
}
