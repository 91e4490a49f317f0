package io.appraisal.core;

/** The three kinds of adjustment a points-style scheme makes after scoring. */
public enum AdjustmentKind {
  /** 加分项: points added, capped per item and in total. */
  BONUS,
  /** 扣分项: points taken, capped per item and in total. */
  DEDUCTION,
  /** 一票否决: the unit gets the lowest grade whatever its points. */
  VETO
}
