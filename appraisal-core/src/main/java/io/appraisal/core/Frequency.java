package io.appraisal.core;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How often an indicator falls due (考核频次). Schemes appraise quarterly, but some items are by nature once a year
 * (述法 delivered, a legal adviser engaged, the 普法 responsibility list published) or twice. An item is scored only
 * in the quarters it falls due; in the others it does not apply to anyone, so it leaves the maximum (得分率) instead
 * of scoring zero, and a value given for it there is an input error. A whole year (a yearly appraisal, or the annual
 * roll-up) has every item due. A node's frequency holds for its subtree: a node is due when it and every ancestor
 * is.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Frequency {
  /** Every quarter (the default). */
  QUARTERLY,
  /** The second and the fourth quarter (the half-year and the year). */
  HALF_YEARLY,
  /** The fourth quarter only. */
  YEARLY;

  /** Whether an item of this frequency is scored in {@code period}; every item is due in a whole year. */
  public boolean dueIn(Period period) {
    return !period.isQuarter() || switch (this) {
      case QUARTERLY -> true;
      case HALF_YEARLY -> period.quarter() % 2 == 0;
      case YEARLY -> period.quarter() == 4;
    };
  }
}
