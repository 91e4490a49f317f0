package io.appraisal.core;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.apiguardian.api.API;

/** The ranking method and the tie-break chain; ties are always judged on published (rounded) scores. */
@API(status = STABLE, since = "0.1")
public record Ranking(RankingMethod method, List<TieBreak> tieBreaks) {
  public static final Ranking DEFAULT = new Ranking(RankingMethod.COMPETITION, List.of());

  public Ranking {
    requireNonNull(method, "method");
    tieBreaks = ImmutableList.copyOf(tieBreaks);
  }

  public static Ranking of(RankingMethod method, TieBreak... tieBreaks) {
    return new Ranking(method, List.of(tieBreaks));
  }
}
