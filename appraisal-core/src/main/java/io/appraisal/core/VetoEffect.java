package io.appraisal.core;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * What a veto item (一票否决) does to a unit it applies to, beyond giving it no grade above the lowest. Policies differ,
 * so each veto item says: a unit with several vetoes takes the strongest effect (the last constant is strongest).
 */
@API(status = STABLE, since = "0.1")
public enum VetoEffect {
  /** The lowest grade only; the unit keeps the rank its score gives it. */
  LOWEST_GRADE,
  /**
   * The lowest grade, and the unit is placed after every unit without such a veto (列末位); several such units are
   * ordered by score among themselves.
   */
  RANKED_LAST,
  /**
   * The unit is left out of the period's ranking, like a unit without values: not scored, ranked or graded, and
   * listed apart (a {@link Note.Kind#EXCLUDED_BY_VETO} note) with the veto and its note as the reason.
   */
  EXCLUDED
}
