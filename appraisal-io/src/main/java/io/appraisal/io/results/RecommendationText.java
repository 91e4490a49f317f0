package io.appraisal.io.results;

import static java.util.Objects.requireNonNull;

import io.appraisal.core.Messages;
import io.appraisal.core.Rounding;
import io.appraisal.core.UnitResult;
import io.appraisal.core.recommendation.Recommendation;
import io.appraisal.core.recommendation.UnitRecommendation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A recommendation's outcome as text for a terminal: one row per unit with its rank, score, grade and outcome. */
public final class RecommendationText {
  private RecommendationText() {}

  /**
   * The title line and the table in the language of {@code messages}, in published order; when units
   * self-assessed, their self-assessed score rate and its gap to the verified one (marked {@code !} when flagged)
   * stand next to the published score.
   */
  public static String render(Recommendation recommendation, List<UnitRecommendation> outcomes,
      Rounding rounding, Messages messages) {
    requireNonNull(recommendation, "recommendation");
    requireNonNull(outcomes, "outcomes");
    requireNonNull(rounding, "rounding");
    requireNonNull(messages, "messages");
    StringBuilder out = new StringBuilder(recommendation.mustPass().isEmpty()
        ? messages.text("recommendation.title", recommendation.top())
        : messages.text("recommendation.title-must-pass", recommendation.top(),
            String.join(messages.text("panel.separator"), recommendation.mustPass()),
            PanelText.number(recommendation.mustPassRate(), 2)));
    out.append('\n');
    // Units that self-assessed (自评) show their self-assessed score rate and the gap next to the verified score.
    boolean self = outcomes.stream().anyMatch(o -> !Double.isNaN(o.result().selfScoreRate()));
    List<String> header = new ArrayList<>(List.of(messages.text("recommendation.rank"),
        messages.text("recommendation.unit"), messages.text("recommendation.name"),
        messages.text("recommendation.score")));
    if (self) {
      header.addAll(List.of(messages.text("recommendation.self"), messages.text("recommendation.gap")));
    }
    header.addAll(List.of(messages.text("recommendation.grade"), messages.text("recommendation.outcome"),
        messages.text("recommendation.why")));
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
      row.addAll(List.of(unit.grade().orElse(""), outcome(outcome.outcome(), messages),
          outcome.reasons().stream().map(reason -> reason.message(messages.locale()))
              .collect(Collectors.joining(messages.text("recommendation.reason-separator")))));
      table.row(row);
    }
    return out.append(table.render()).toString();
  }

  private static String outcome(UnitRecommendation.Outcome outcome, Messages messages) {
    return messages.text(switch (outcome) {
      case RECOMMENDED -> "recommendation.recommended";
      case RECOMMENDED_WITH_CONDITIONS -> "recommendation.recommended-with-conditions";
      case NOT_RECOMMENDED -> "recommendation.not-recommended";
    });
  }
}
