package io.appraisal.io.results;

import static java.util.Objects.requireNonNull;

import io.appraisal.core.UnitResult;
import io.appraisal.core.recommendation.Recommendation;
import io.appraisal.core.recommendation.UnitRecommendation;
import java.util.List;

/** A recommendation's outcome as text for a terminal: one row per unit with its rank, score, grade and outcome. */
public final class RecommendationText {
  private RecommendationText() {}

  /** The title line and the table, in published order. */
  public static String render(Recommendation recommendation, List<UnitRecommendation> outcomes) {
    requireNonNull(recommendation, "recommendation");
    requireNonNull(outcomes, "outcomes");
    StringBuilder out = new StringBuilder("Recommendation: the best ").append(recommendation.top())
        .append(" by rank among units not vetoed");
    if (!recommendation.mustPass().isEmpty()) {
      out.append(" and passing every must-pass item (")
          .append(String.join(", ", recommendation.mustPass())).append(" at ")
          .append(PanelText.number(recommendation.mustPassRate(), 2)).append("% of their points)");
    }
    out.append('\n');
    TextTable table = new TextTable(List.of("rank", "unit", "name", "score", "grade", "outcome", "why"),
        true, false, false, true);
    for (UnitRecommendation outcome : outcomes) {
      UnitResult unit = outcome.result();
      table.row(List.of(UnitResult.rankText(unit.rank()), unit.id(), unit.unit().name(),
          unit.published().toPlainString(), unit.grade().orElse(""), outcome.outcome().id(),
          String.join("; ", outcome.reasons())));
    }
    return out.append(table.render()).toString();
  }
}
