package io.appraisal.core;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How equal published scores are ranked. Examples are for scores 95, 90, 90, 85. */
@API(status = STABLE, since = "0.1")
public enum RankingMethod {
  /** 1, 2, 2, 4: ties share the best rank and the next ranks are skipped (the default, as in exams). */
  COMPETITION,
  /** 1, 2, 2, 3: ties share a rank and no rank is skipped. */
  DENSE,
  /** 1, 2.5, 2.5, 4: ties share the mean of the positions they occupy. */
  FRACTIONAL,
  /** 1, 2, 3, 4: a strict order; ties are decided by the tie-break chain, then by unit id. */
  ORDINAL
}
