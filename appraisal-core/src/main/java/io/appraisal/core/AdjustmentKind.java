package io.appraisal.core;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The three kinds of adjustment a points-style scheme makes after scoring. */
@API(status = STABLE, since = "0.1")
public enum AdjustmentKind {
  /** 加分项: points added, capped per item and in total. */
  BONUS,
  /** 扣分项: points taken, capped per item and in total. */
  DEDUCTION,
  /** 一票否决: the unit gets the lowest grade whatever its points, and its item's {@link VetoEffect}. */
  VETO
}
