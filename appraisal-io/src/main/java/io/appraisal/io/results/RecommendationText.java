package io.appraisal.io.results;

import static java.util.Objects.requireNonNull;

import io.appraisal.core.Rounding;
import io.appraisal.core.UnitResult;
import io.appraisal.core.recommendation.Recommendation;
import io.appraisal.core.recommendation.UnitRecommendation;
import java.util.ArrayList;
import java.util.List;

/** A recommendation's outcome as text for a terminal: one row per unit with its rank, score, grade and outcome. */
public final class RecommendationText {
  private RecommendationText() {}

  /**
   * The title line and the table, in published order; when units self-assessed, their self-assessed score rate
   * and its gap to the verified one (marked {@code !} when flagged) stand next to the published score.
   */
  public static String render(Recommendation recommendation, List<UnitRecommendation> outcomes,
      Rounding rounding) {
    requireNonNull(recommendation, "recommendation");
    requireNonNull(outcomes, "outcomes");
    requireNonNull(rounding, "rounding");
    StringBuilder out = new StringBuilder("Recommendation: the best ").append(recommendation.top())
        .append(" by rank among units not vetoed");
    if (!recommendation.mustPass().isEmpty()) {
      out.append(" and passing every must-pass item (")
          .append(String.join(", ", recommendation.mustPass())).append(" at ")
          .append(PanelText.number(recommendation.mustPassRate(), 2)).append("% of their points)");
    }
    out.append('\n');
    // Units that self-assessed (自评) show their self-assessed score rate and the gap next to the verified score.
    boolean self = outcomes.stream().anyMatch(o -> !Double.isNaN(o.result().selfScoreRate()));
    List<String> header = self
        ? List.of("rank", "unit", "name", "score", "self", "gap", "grade", "outcome", "why")
        : List.of("rank", "unit", "name", "score", "grade", "outcome", "why");
    TextTable table = self ? new TextTable(header, true, false, false, true, true, true)
        : new TextTable(header, true, false, false, true);
    for (UnitRecommendation outcome : outcomes) {
      UnitResult unit = outcome.result();
      List<String> row = new ArrayList<>(List.of(UnitResult.rankText(unit.rank()), unit.id(), unit.unit().name(),
          unit.published().toPlainString()));
      if (self) {
        boolean assessed = !Double.isNaN(unit.selfScoreRate());
        row.add(assessed ? rounding.round(unit.selfScoreRate()).toPlainString() : "");
        row.add(assessed ? rounding.round(unit.selfScoreRate() - unit.scoreRate()).toPlainString()
            + (unit.selfAssessmentFlagged() ? " !" : "") : "");
      }
      row.addAll(List.of(unit.grade().orElse(""), outcome.outcome().id(), String.join("; ", outcome.reasons())));
      table.row(row);
    }
    return out.append(table.render()).toString();
  }
}
