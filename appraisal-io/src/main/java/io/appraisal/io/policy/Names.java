package io.appraisal.io.policy;

import com.google.common.collect.ImmutableBiMap;
import io.appraisal.core.Aggregation;
import io.appraisal.core.AdjustmentKind;
import io.appraisal.core.AnnualRollup;
import io.appraisal.core.Direction;
import io.appraisal.core.Frequency;
import io.appraisal.core.GradeScheme;
import io.appraisal.core.MissingPolicy;
import io.appraisal.core.RankingMethod;
import io.appraisal.core.TieBreak;
import io.appraisal.core.VetoEffect;
import io.appraisal.core.panel.Panel;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Locale;

/** The names by which a policy file spells the constants of an enum, such as {@code half-up} for HALF_UP. */
final class Names<E extends Enum<E>> {
  static final Names<Aggregation> AGGREGATION = kebab(EnumSet.allOf(Aggregation.class));
  static final Names<MissingPolicy> MISSING = kebab(EnumSet.allOf(MissingPolicy.class));
  static final Names<Direction> DIRECTION = new Names<>(
      ImmutableBiMap.of("higher", Direction.HIGHER_IS_BETTER, "lower", Direction.LOWER_IS_BETTER));
  static final Names<Frequency> FREQUENCY = kebab(EnumSet.allOf(Frequency.class));
  static final Names<AdjustmentKind> KIND = kebab(EnumSet.allOf(AdjustmentKind.class));
  static final Names<VetoEffect> VETO_EFFECT = kebab(EnumSet.allOf(VetoEffect.class));
  static final Names<RoundingMode> ROUNDING = kebab(EnumSet.complementOf(EnumSet.of(RoundingMode.UNNECESSARY)));
  static final Names<GradeScheme.QuotaTies> QUOTA_TIES = kebab(EnumSet.allOf(GradeScheme.QuotaTies.class));
  static final Names<AnnualRollup.QuarterValue> QUARTER_VALUE = kebab(EnumSet.allOf(AnnualRollup.QuarterValue.class));
  static final Names<AnnualRollup.MissingQuarter> MISSING_QUARTER =
      kebab(EnumSet.allOf(AnnualRollup.MissingQuarter.class));
  static final Names<Panel.Method> PANEL_METHOD = kebab(EnumSet.allOf(Panel.Method.class));
  static final Names<RankingMethod> METHOD = kebab(EnumSet.allOf(RankingMethod.class));
  /** The tie-breaks written as a bare name; a score tie-break is written {@code {indicator: id}}. */
  static final Names<TieBreak.Key> TIE_BREAK =
      kebab(EnumSet.of(TieBreak.Key.FEWER_DEDUCTIONS, TieBreak.Key.UNIT_ID));

  private final ImmutableBiMap<String, E> byName;

  private Names(ImmutableBiMap<String, E> byName) {
    this.byName = byName;
  }

  private static <E extends Enum<E>> Names<E> kebab(EnumSet<E> constants) {
    ImmutableBiMap.Builder<String, E> byName = ImmutableBiMap.builder();
    constants.forEach(c -> byName.put(c.name().toLowerCase(Locale.ROOT).replace('_', '-'), c));
    return new Names<>(byName.buildOrThrow());
  }

  /** The constant spelled {@code name}, or null. */
  E parse(String name) {
    return byName.get(name);
  }

  String name(E constant) {
    return byName.inverse().get(constant);
  }

  /** The allowed names for a message, in declaration order. */
  String allowed() {
    return String.join(", ", byName.keySet());
  }
}
