package io.appraisal.cli;

import io.appraisal.core.AdjustmentKind;
import io.appraisal.core.AppliedAdjustment;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.Category;
import io.appraisal.core.Correction;
import io.appraisal.core.Explanation;
import io.appraisal.core.Indicator;
import io.appraisal.core.IndicatorScore;
import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import io.appraisal.core.RankMovement;
import io.appraisal.core.Rounding;
import io.appraisal.core.Unit;
import io.appraisal.core.UnitResult;
import io.appraisal.io.LoadedDataset;
import io.appraisal.core.Messages;
import io.appraisal.io.results.Numbers;
import io.appraisal.io.results.RankingTable;
import io.appraisal.io.results.TextTable;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code appraisal explain}: why one unit stands where it does. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true)
final class ExplainCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions inputs = new InputOptions();

  @Option(names = "--unit", paramLabel = "UNIT", required = true)
  String unit;

  @Option(names = "--period", paramLabel = "PERIOD", converter = InputOptions.PeriodConverter.class)
  Period period;

  @Option(names = "--against", paramLabel = "PERIOD", converter = InputOptions.PeriodConverter.class)
  Period against;

  @Mixin
  LocaleOption language = new LocaleOption();

  @Override
  public Integer call() {
    CommandLine commandLine = spec.commandLine();
    PrintWriter stdout = commandLine.getOut();
    PrintWriter stderr = commandLine.getErr();
    Messages messages = language.messages();
    InputOptions.Inputs read = inputs.read(commandLine);
    LoadedDataset data = read.data();
    Period explained = Evaluations.periodOrLatest(period, data);
    if (against != null && explained != null && against.isQuarter() != explained.isQuarter()) {
      throw new CommandLine.ParameterException(commandLine, messages.text("cli.against-mismatch", against,
          explained));
    }
    AppraisalResult result = Evaluations.evaluate(read, explained, "cli.nothing-computed", messages, stderr);
    if (result == null) {
      return AppraisalCli.INVALID_INPUT;
    }
    Unit wanted = Evaluations.unit(commandLine, data, "--unit", unit);
    if (result.unit(wanted.id()).isEmpty()) {
      Evaluations.notRanked(result, wanted, messages, stderr);
      return AppraisalCli.INVALID_INPUT;
    }
    AppraisalResult previous = null;
    if (against != null) {
      previous = Evaluations.evaluate(read, against, "cli.nothing-computed", messages, stderr);
      if (previous == null) {
        return AppraisalCli.INVALID_INPUT;
      }
      if (previous.unit(wanted.id()).isEmpty()) {
        Evaluations.notRanked(previous, wanted, messages, stderr);
        return AppraisalCli.INVALID_INPUT;
      }
    }
    stdout.print(render(result, wanted.id(), previous, messages));
    stdout.flush();
    return AppraisalCli.OK;
  }

  /** The explanation as text. */
  static String render(AppraisalResult result, String unitId, AppraisalResult previous, Messages l) {
    Explanation explanation = Explanation.of(result, unitId);
    UnitResult u = explanation.unit();
    Policy policy = result.policy();
    Rounding rounding = policy.rounding();
    StringBuilder out = new StringBuilder();
    String category = policy.category(u.unit().category()).map(Category::name).orElse(u.unit().category());
    out.append(u.id()).append(' ').append(u.unit().name()).append(" · ").append(category).append(" · ")
        .append(result.period()).append(" · ").append(policy.name()).append(' ').append(policy.version())
        .append('\n');
    out.append(l.text("explain.score")).append(Numbers.text(u.published())).append(" = ")
        .append(l.text("explain.score-rate")).append(Numbers.publishedText(u.scoreRate(), rounding))
        .append(l.text("explain.bonus")).append(Numbers.publishedText(u.bonus(), rounding))
        .append(l.text("explain.deduction")).append(Numbers.publishedText(u.deduction(), rounding))
        .append(l.text("explain.score-rate-points")).append(Numbers.publishedText(u.points(), rounding))
        .append(" / ").append(Numbers.publishedText(u.maxPoints(), rounding)).append(l.text("explain.applicable"))
        .append(Numbers.detailText(policy.scale())).append('\n');
    long inCategory = result.ranking().stream().filter(x -> x.unit().category().equals(u.unit().category())).count();
    out.append(l.text("explain.rank")).append(UnitResult.rankText(u.rank())).append(l.text("explain.of"))
        .append(result.size()).append(" (").append(category).append(l.text("explain.sep")).append(
            UnitResult.rankText(u.categoryRank())).append(l.text("explain.of")).append(inCategory).append(")")
        .append(l.text("explain.grade")).append(u.grade().map(g -> RankingTable.gradeCell(u, result.period(), l))
            .orElse(l.text("common.none-paren"))).append('\n');

    indicators(result, u, out, l);
    pointsLost(explanation, policy, out, l);
    adjustments(u, policy, out, l);
    corrections(u, out, l);
    selfAssessment(result, u, rounding, out, l);
    targets(explanation, u, policy, out, l);
    if (previous != null) {
      changes(explanation, result, previous, u, rounding, out, l);
    }
    return out.toString();
  }

  private static void indicators(AppraisalResult result, UnitResult u, StringBuilder out, Messages l) {
    Policy policy = result.policy();
    Rounding rounding = policy.rounding();
    out.append('\n').append(l.text("explain.indicators-raw-points-max")).append('\n');
    Map<String, Integer> depth = new HashMap<>();
    depths(policy.root(), 0, depth);
    Map<String, String> names = new HashMap<>();
    policy.indicators().forEach(i -> names.put(i.id(), i.name()));
    policy.annual().ifPresent(a -> a.components().forEach(c -> names.put(c.id(), c.name())));
    TextTable table = new TextTable(List.of(l.text("explain.indicator"), l.text("explain.name"),
        l.text("explain.raw"), l.text("explain.points"), l.text("explain.max"), l.text("explain.contribution"),
        l.text("explain.status")), false, false, true, true, true, true, false);
    List<String> notApplicable = new ArrayList<>();
    for (IndicatorScore score : u.indicators()) {
      if (score.status() == IndicatorScore.Status.NOT_APPLICABLE) {
        if (score.leaf()) {
          notApplicable.add(score.indicator());
        }
        continue;
      }
      String indent = "  ".repeat(depth.getOrDefault(score.indicator(), 1));
      table.row(List.of(
          indent + score.indicator(),
          names.getOrDefault(score.indicator(), ""),
          Numbers.detailText(score.raw()),
          Numbers.publishedText(score.score(), rounding),
          Numbers.publishedText(score.max(), rounding),
          score.leaf() ? Numbers.publishedText(score.contribution(), rounding) : "",
          score.status() == IndicatorScore.Status.SCORED ? "" : score.status().name()));
    }
    out.append(table.render());
    if (!notApplicable.isEmpty()) {
      out.append(l.text("explain.not-applicable-this-unit")).append(String.join(", ", notApplicable))
          .append('\n');
    }
  }

  private static void depths(Indicator indicator, int level, Map<String, Integer> depth) {
    depth.put(indicator.id(), level);
    indicator.children().forEach(child -> depths(child, level + 1, depth));
  }

  private static void pointsLost(Explanation explanation, Policy policy, StringBuilder out, Messages l) {
    Rounding rounding = policy.rounding();
    out.append('\n').append(l.text("explain.points-lost-largest-first")).append('\n');
    List<IndicatorScore> lost = explanation.pointsLost();
    if (lost.isEmpty()) {
      out.append("  ").append(l.text("explain.none-full-points-on")).append('\n');
      return;
    }
    for (IndicatorScore score : lost) {
      String name = policy.indicator(score.indicator()).map(Indicator::name).orElse("");
      out.append("  ").append(score.indicator()).append(' ').append(name).append(": −")
          .append(Numbers.publishedText(score.lost(), rounding)).append(l.text("explain.sep-2")).append(Numbers.publishedText(score.score(), rounding))
          .append(" / ").append(Numbers.publishedText(score.max(), rounding));
      if (!Double.isNaN(score.raw())) {
        out.append(l.text("explain.raw-2")).append(Numbers.detailText(score.raw()));
      }
      out.append(l.text("explain.sep-3")).append('\n');
    }
  }

  private static void adjustments(UnitResult u, Policy policy, StringBuilder out, Messages l) {
    out.append('\n').append(l.text("common.adjustments-caps-item-cap")).append('\n');
    if (u.adjustments().isEmpty()) {
      out.append("  ").append(l.text("common.none")).append('\n');
    }
    for (AppliedAdjustment adjustment : u.adjustments()) {
      out.append("  ");
      if (adjustment.kind() == AdjustmentKind.VETO) {
        out.append(adjustment.item()).append(l.text("explain.sep"))
            .append(l.vetoEffect(policy.adjustments().vetoEffect(List.of(adjustment)).orElseThrow()));
        if (!adjustment.note().isEmpty()) {
          out.append(" — ").append(adjustment.note());
        }
      } else {
        out.append(RankingTable.adjustmentText(adjustment, policy.rounding(), l));
      }
      out.append('\n');
    }
  }

  private static void corrections(UnitResult u, StringBuilder out, Messages l) {
    out.append('\n').append(l.text("common.corrections-applied-review-log")).append('\n');
    if (u.corrections().isEmpty()) {
      out.append("  ").append(l.text("common.none")).append('\n');
    }
    for (Correction correction : u.corrections()) {
      out.append("  ").append(RankingTable.correctionText(correction, l)).append('\n');
    }
  }

  private static void selfAssessment(AppraisalResult result, UnitResult u, Rounding rounding, StringBuilder out,
      Messages l) {
    out.append('\n').append(l.text("explain.self-assessment")).append('\n');
    if (Double.isNaN(u.selfScoreRate())) {
      out.append("  ").append(l.text("explain.none-given")).append('\n');
      return;
    }
    double limit = result.policy().selfAssessmentTolerance();
    out.append("  ").append(l.text("explain.self-assessed-score-rate"))
        .append(Numbers.publishedText(u.selfScoreRate(), rounding))
        .append(l.text("explain.vs-verified")).append(Numbers.publishedText(u.scoreRate(), rounding))
        .append(l.text("common.gap")).append(Numbers.publishedText(u.selfScoreRate() - u.scoreRate(), rounding))
        .append(Double.isInfinite(limit)
            ? l.text("explain.tolerance-not-checked")
            : u.selfAssessmentFlagged()
            ? l.text("explain.tolerance-flagged-as-overstated", Numbers.detailText(limit))
            : l.text("explain.tolerance-not-flagged", Numbers.detailText(limit)))
        .append('\n');
  }

  private static void targets(Explanation explanation, UnitResult u, Policy policy, StringBuilder out,
      Messages l) {
    Rounding rounding = policy.rounding();
    Optional<String> best = policy.grades().map(g -> g.bands().isEmpty() ? g.lowest() : g.bands().get(0).name());
    out.append('\n').append(l.text("explain.what-it-takes")).append('\n');
    Optional<Explanation.Target> rank = explanation.nextRank();
    out.append("  ").append(l.text("explain.next-rank"));
    if (rank.isEmpty() && u.rankedLast() && u.rank() > 1) {
      out.append(l.text("explain.veto-places-last")).append('\n');
    } else if (rank.isEmpty()) {
      out.append(l.text("explain.already-first")).append('\n');
    } else {
      target("explain.target-rank", rank.get(), u, rounding, out, l);
    }
    out.append("  ").append(l.text("explain.next-grade"));
    Optional<Explanation.Target> grade = explanation.nextGrade();
    if (grade.isPresent()) {
      target("explain.target-grade", grade.get(), u, rounding, out, l);
    } else if (u.vetoed()) {
      out.append(l.text("explain.none-veto-decides-grade")).append('\n');
    } else if (u.grade().isEmpty()) {
      out.append(l.text("explain.policy-has-no-grades")).append('\n');
    } else if (u.grade().equals(best)) {
      out.append(l.text("explain.none-already-best-grade")).append('\n');
    } else {
      out.append(l.text("explain.none-reachable-grade-s")).append('\n');
    }
  }

  private static void target(String what, Explanation.Target target, UnitResult u, Rounding rounding,
      StringBuilder out, Messages l) {
    out.append(l.text(what, target.what())).append(l.text("explain.needs-score"))
        .append(Numbers.text(target.published()))
        .append(l.text("explain.i-e-score-rate"))
        .append(Numbers.text(rounding.round(target.scoreRateNeeded())));
    if (u.bonus() != 0 || u.deduction() != 0) {
      out.append(l.text("explain.with-this-period-s"));
    }
    out.append(l.text("explain.sep")).append(target.gap() <= 0 ? l.text("explain.reached")
        : "+" + Numbers.text(ceiling(target.gap(), rounding.scale()))
            + l.text("explain.points-score-rate")).append('\n');
  }

  private static void changes(Explanation explanation, AppraisalResult result, AppraisalResult previous,
      UnitResult u, Rounding rounding, StringBuilder out, Messages l) {
    UnitResult then = previous.unit(u.id()).orElseThrow();
    RankMovement move = RankMovement.between(previous, result).stream().filter(m -> m.unit().equals(u.id()))
        .findFirst().orElseThrow();
    out.append('\n').append(l.text("explain.against")).append(previous.period()).append(l.text("explain.rank-2"))
        .append(UnitResult.rankText(then.rank())).append(" → ").append(UnitResult.rankText(u.rank())).append(" (")
        .append(move.text()).append(l.text("explain.score-2")).append(Numbers.text(then.published()))
        .append(" → ").append(Numbers.text(u.published())).append(l.text("explain.score-rate-2"))
        .append(Numbers.publishedText(then.scoreRate(), rounding)).append(" → ")
        .append(Numbers.publishedText(u.scoreRate(), rounding)).append('\n');
    BigDecimal adjustedThen = rounding.round(then.bonus()).subtract(rounding.round(then.deduction()));
    BigDecimal adjustedNow = rounding.round(u.bonus()).subtract(rounding.round(u.deduction()));
    if (adjustedThen.compareTo(adjustedNow) != 0) {
      out.append(l.text("explain.adjustments-bonus-deduction"))
          .append(Numbers.text(adjustedThen)).append(" → ").append(Numbers.text(adjustedNow)).append('\n');
    }
    out.append(l.text("explain.indicators-that-moved-it")).append('\n');
    List<Explanation.Change> changes = explanation.changesSince(previous);
    if (changes.isEmpty()) {
      out.append("  ").append(l.text("explain.none-every-indicator-contributed"))
          .append('\n');
      return;
    }
    Policy policy = result.policy();
    TextTable table = new TextTable(List.of(l.text("explain.indicator"), l.text("explain.name"),
        l.text("explain.then"), l.text("explain.now"), l.text("common.change")), false, false, true, true, true);
    for (Explanation.Change change : changes) {
      table.row(List.of(change.indicator(), policy.indicator(change.indicator()).map(Indicator::name).orElse(""),
          Numbers.publishedText(change.before(), rounding), Numbers.publishedText(change.after(), rounding),
          (change.delta() > 0 ? "+" : "") + Numbers.publishedText(change.delta(), rounding)));
    }
    out.append(table.render());
  }

  /** Rounded up to {@code scale} decimals, after dropping binary noise beyond six decimals. */
  private static BigDecimal ceiling(double value, int scale) {
    return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).setScale(scale, RoundingMode.CEILING);
  }
}
