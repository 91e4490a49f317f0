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
import io.appraisal.io.results.Language;
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
    mixinStandardHelpOptions = true,
    header = "Why one unit stands where it does, and what it takes to climb.",
    description = {
        "Explains one unit's result in one period: its score as score rate + bonus − deduction, its rank overall and"
            + " in its category and its grade; every indicator that applies to it (raw value → points → maximum →"
            + " contribution to the score rate); the points lost, largest first; the adjustments applied (and the"
            + " caps that cut them); the corrections of the review log applied; its self-assessment (自评) and"
            + " whether it is flagged; and what it takes to reach the next rank and the next grade.",
        "With --against PERIOD, also how its rank moved since that period and the indicators that moved it, the"
            + " largest change of contribution first.",
        "Every option left out defaults to the bundled example."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  appraisal explain --unit G09",
        "      市司法局 in the latest quarter: its capped bonuses, the points it",
        "      lost, what it takes to reach the next rank",
        "  appraisal explain --unit 市水利局 --period 2022-Q4 --against 2022-Q3",
        "      what moved 市水利局 from rank 10 to rank 4",
        "  appraisal explain --unit G32 --locale zh",
        "      a unit whose self-assessment is flagged as overstated"})
final class ExplainCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions inputs = new InputOptions();

  @Option(names = "--unit", paramLabel = "UNIT", required = true, description = "The unit, by id or by name.")
  String unit;

  @Option(names = "--period", paramLabel = "PERIOD", converter = InputOptions.PeriodConverter.class,
      description = "The period, such as 2022-Q4 (or 2022 for the year).%nDefault: the latest period with values"
          + " in the data.")
  Period period;

  @Option(names = "--against", paramLabel = "PERIOD", converter = InputOptions.PeriodConverter.class,
      description = "Compare with this earlier period, such as 2022-Q3: the rank change and the indicators that"
          + " moved it.")
  Period against;

  @Option(names = "--locale", paramLabel = "zh|en", converter = ResultFiles.LanguageConverter.class,
      description = "The language of the labels: en (default) or zh.")
  Language language = Language.EN;

  @Override
  public Integer call() {
    CommandLine commandLine = spec.commandLine();
    PrintWriter stdout = commandLine.getOut();
    PrintWriter stderr = commandLine.getErr();
    InputOptions.Inputs read = inputs.read(commandLine);
    LoadedDataset data = read.data();
    Period explained = Evaluations.periodOrLatest(period, data);
    if (against != null && explained != null && against.isQuarter() != explained.isQuarter()) {
      throw new CommandLine.ParameterException(commandLine, "--against " + against + ": compare a quarter with a"
          + " quarter, a year with a year (explaining " + explained + ")");
    }
    AppraisalResult result = Evaluations.evaluate(read, explained, "; nothing was computed", stderr);
    if (result == null) {
      return AppraisalCli.INVALID_INPUT;
    }
    Unit wanted = Evaluations.unit(commandLine, data, "--unit", unit);
    AppraisalResult previous = null;
    if (against != null) {
      previous = Evaluations.evaluate(read, against, "; nothing was computed", stderr);
      if (previous == null) {
        return AppraisalCli.INVALID_INPUT;
      }
      if (previous.unit(wanted.id()).isEmpty()) {
        stderr.println("unit " + wanted.id() + " was not ranked in " + against);
        return AppraisalCli.INVALID_INPUT;
      }
    }
    stdout.print(render(result, wanted.id(), previous, language));
    stdout.flush();
    return AppraisalCli.OK;
  }

  /** The explanation as text. */
  static String render(AppraisalResult result, String unitId, AppraisalResult previous, Language l) {
    Explanation explanation = Explanation.of(result, unitId);
    UnitResult u = explanation.unit();
    Policy policy = result.policy();
    Rounding rounding = policy.rounding();
    StringBuilder out = new StringBuilder();
    String category = policy.category(u.unit().category()).map(Category::name).orElse(u.unit().category());
    out.append(u.id()).append(' ').append(u.unit().name()).append(" · ").append(category).append(" · ")
        .append(result.period()).append(" · ").append(policy.name()).append(' ').append(policy.version())
        .append('\n');
    out.append(l.pick("Score ", "得分 ")).append(u.published().toPlainString()).append(" = ")
        .append(l.pick("score rate ", "得分率 ")).append(rounding.round(u.scoreRate()).toPlainString())
        .append(l.pick(" + bonus ", " + 加分 ")).append(rounding.round(u.bonus()).toPlainString())
        .append(l.pick(" − deduction ", " − 减分 ")).append(rounding.round(u.deduction()).toPlainString())
        .append(l.pick("; score rate = points ", "；得分率 = 得分 ")).append(number(u.points(), 2))
        .append(" / ").append(number(u.maxPoints(), 2)).append(l.pick(" applicable × ", " 适用满分 × "))
        .append(number(policy.scale(), 0)).append('\n');
    long inCategory = result.ranking().stream().filter(x -> x.unit().category().equals(u.unit().category())).count();
    out.append(l.pick("Rank ", "排名 ")).append(UnitResult.rankText(u.rank())).append(l.pick(" of ", " / "))
        .append(result.size()).append(" (").append(category).append(l.pick(": ", "：")).append(
            UnitResult.rankText(u.categoryRank())).append(l.pick(" of ", " / ")).append(inCategory).append(")")
        .append(l.pick("; grade ", "；等次 ")).append(u.grade().map(g -> RankingTable.gradeCell(u, l))
            .orElse(l.pick("(none)", "（无）"))).append('\n');

    indicators(result, u, out, l);
    pointsLost(explanation, policy, out, l);
    adjustments(u, rounding, out, l);
    corrections(u, out, l);
    selfAssessment(result, u, rounding, out, l);
    targets(explanation, u, policy, out, l);
    if (previous != null) {
      changes(explanation, result, previous, u, rounding, out, l);
    }
    return out.toString();
  }

  private static void indicators(AppraisalResult result, UnitResult u, StringBuilder out, Language l) {
    Policy policy = result.policy();
    out.append('\n').append(l.pick("Indicators (raw → points of max → contribution to the score rate):",
        "指标（原始值 → 得分 / 满分 → 对得分率的贡献）：")).append('\n');
    Map<String, Integer> depth = new HashMap<>();
    depths(policy.root(), 0, depth);
    Map<String, String> names = new HashMap<>();
    policy.indicators().forEach(i -> names.put(i.id(), i.name()));
    policy.annual().ifPresent(a -> a.components().forEach(c -> names.put(c.id(), c.name())));
    TextTable table = new TextTable(List.of(l.pick("Indicator", "指标"), l.pick("Name", "名称"),
        l.pick("Raw", "原始值"), l.pick("Points", "得分"), l.pick("Max", "满分"), l.pick("Contribution", "贡献"),
        l.pick("Status", "状态")), false, false, true, true, true, true, false);
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
          Double.isNaN(score.raw()) ? "" : number(score.raw(), 2),
          number(score.score(), 2),
          number(score.max(), 2),
          score.leaf() ? number(score.contribution(), 2) : "",
          score.status() == IndicatorScore.Status.SCORED ? "" : score.status().name()));
    }
    out.append(table.render());
    if (!notApplicable.isEmpty()) {
      out.append(l.pick("Not applicable to this unit: ", "不适用于本单位：")).append(String.join(", ", notApplicable))
          .append('\n');
    }
  }

  private static void depths(Indicator indicator, int level, Map<String, Integer> depth) {
    depth.put(indicator.id(), level);
    indicator.children().forEach(child -> depths(child, level + 1, depth));
  }

  private static void pointsLost(Explanation explanation, Policy policy, StringBuilder out, Language l) {
    out.append('\n').append(l.pick("Points lost, largest first:", "失分（从大到小）：")).append('\n');
    List<IndicatorScore> lost = explanation.pointsLost();
    if (lost.isEmpty()) {
      out.append("  ").append(l.pick("none: full points on every indicator", "无：各项指标均得满分")).append('\n');
      return;
    }
    for (IndicatorScore score : lost) {
      String name = policy.indicator(score.indicator()).map(Indicator::name).orElse("");
      out.append("  ").append(score.indicator()).append(' ').append(name).append(": −")
          .append(number(score.lost(), 2)).append(l.pick(" (", "（")).append(number(score.score(), 2))
          .append(" / ").append(number(score.max(), 2));
      if (!Double.isNaN(score.raw())) {
        out.append(l.pick(", raw ", "，原始值 ")).append(number(score.raw(), 2));
      }
      out.append(l.pick(")", "）")).append('\n');
    }
  }

  private static void adjustments(UnitResult u, Rounding rounding, StringBuilder out, Language l) {
    out.append('\n').append(l.pick("Adjustments (caps: item cap first, then the total caps):",
        "加减分（先按单项上限，再按总上限）：")).append('\n');
    if (u.adjustments().isEmpty()) {
      out.append("  ").append(l.pick("none", "无")).append('\n');
    }
    for (AppliedAdjustment adjustment : u.adjustments()) {
      out.append("  ");
      if (adjustment.kind() == AdjustmentKind.VETO) {
        out.append(adjustment.item()).append(l.pick(": VETO, lowest grade whatever the score",
            "：一票否决，不论得分定为最低等次"));
        if (!adjustment.note().isEmpty()) {
          out.append(" — ").append(adjustment.note());
        }
      } else {
        out.append(RankingTable.adjustmentText(adjustment, rounding, l));
      }
      out.append('\n');
    }
  }

  private static void corrections(UnitResult u, StringBuilder out, Language l) {
    out.append('\n').append(l.pick("Corrections applied (review log 复核):", "复核更正（已应用）：")).append('\n');
    if (u.corrections().isEmpty()) {
      out.append("  ").append(l.pick("none", "无")).append('\n');
    }
    for (Correction correction : u.corrections()) {
      out.append("  ").append(RankingTable.correctionText(correction, l)).append('\n');
    }
  }

  private static void selfAssessment(AppraisalResult result, UnitResult u, Rounding rounding, StringBuilder out,
      Language l) {
    out.append('\n').append(l.pick("Self-assessment (自评):", "自评：")).append('\n');
    if (Double.isNaN(u.selfScoreRate())) {
      out.append("  ").append(l.pick("none given", "未自评")).append('\n');
      return;
    }
    double limit = result.policy().selfAssessmentTolerance();
    String tolerance = Double.isInfinite(limit) ? "" : number(limit, 2);
    out.append("  ").append(l.pick("self-assessed score rate ", "自评得分率 "))
        .append(rounding.round(u.selfScoreRate()).toPlainString())
        .append(l.pick(" vs verified ", "，核验得分率 ")).append(rounding.round(u.scoreRate()).toPlainString())
        .append(l.pick(": gap ", "：差 ")).append(rounding.round(u.selfScoreRate() - u.scoreRate()).toPlainString())
        .append(Double.isInfinite(limit)
            ? l.pick(": not checked (the policy sets no selfAssessmentTolerance)", "：未核查（政策未设自评容差）")
            : u.selfAssessmentFlagged()
            ? l.pick(" > tolerance " + tolerance + ": FLAGGED as overstated", " > 容差 " + tolerance + "：自评偏高，已标记")
            : l.pick(" ≤ tolerance " + tolerance + ": not flagged", " ≤ 容差 " + tolerance + "：未标记"))
        .append('\n');
  }

  private static void targets(Explanation explanation, UnitResult u, Policy policy, StringBuilder out,
      Language l) {
    Rounding rounding = policy.rounding();
    Optional<String> best = policy.grades().map(g -> g.bands().isEmpty() ? g.lowest() : g.bands().get(0).name());
    out.append('\n').append(l.pick("What it takes:", "提升所需：")).append('\n');
    Optional<Explanation.Target> rank = explanation.nextRank();
    out.append("  ").append(l.pick("next rank: ", "上升一名："));
    if (rank.isEmpty()) {
      out.append(l.pick("already first", "已居第一")).append('\n');
    } else {
      target(rank.get(), u, rounding, out, l);
    }
    out.append("  ").append(l.pick("next grade: ", "提升一个等次："));
    Optional<Explanation.Target> grade = explanation.nextGrade();
    if (grade.isPresent()) {
      target(grade.get(), u, rounding, out, l);
    } else if (u.vetoed()) {
      out.append(l.pick("none: the veto decides the grade", "无：一票否决决定等次")).append('\n');
    } else if (u.grade().isEmpty()) {
      out.append(l.pick("the policy has no grades", "该办法不评定等次")).append('\n');
    } else if (u.grade().equals(best)) {
      out.append(l.pick("none: already in the best grade", "无：已是最高等次")).append('\n');
    } else {
      out.append(l.pick("none reachable: the grade's quota is zero", "无：该等次名额为零")).append('\n');
    }
  }

  private static void target(Explanation.Target target, UnitResult u, Rounding rounding, StringBuilder out,
      Language l) {
    out.append(target.what()).append(l.pick(" needs score ", " 需要得分 ")).append(target.published().toPlainString())
        .append(l.pick(", i.e. score rate ", "，即得分率 "))
        .append(ceiling(target.scoreRateNeeded(), rounding.scale()).toPlainString());
    if (u.bonus() != 0 || u.deduction() != 0) {
      out.append(l.pick(" with this period's adjustments", "（按本期加减分）"));
    }
    out.append(l.pick(": ", "：")).append(target.gap() <= 0 ? l.pick("reached", "已达到")
        : "+" + ceiling(target.gap(), rounding.scale()).toPlainString()
            + l.pick(" points of score rate", " 个得分率点")).append('\n');
  }

  private static void changes(Explanation explanation, AppraisalResult result, AppraisalResult previous,
      UnitResult u, Rounding rounding, StringBuilder out, Language l) {
    UnitResult then = previous.unit(u.id()).orElseThrow();
    RankMovement move = RankMovement.between(previous, result).stream().filter(m -> m.unit().equals(u.id()))
        .findFirst().orElseThrow();
    out.append('\n').append(l.pick("Against ", "与 ")).append(previous.period()).append(l.pick(": rank ", " 比较：排名 "))
        .append(UnitResult.rankText(then.rank())).append(" → ").append(UnitResult.rankText(u.rank())).append(" (")
        .append(move.text()).append(l.pick("); score ", ")；得分 ")).append(then.published().toPlainString())
        .append(" → ").append(u.published().toPlainString()).append(l.pick("; score rate ", "；得分率 "))
        .append(rounding.round(then.scoreRate()).toPlainString()).append(" → ")
        .append(rounding.round(u.scoreRate()).toPlainString()).append('\n');
    BigDecimal adjustedThen = rounding.round(then.bonus()).subtract(rounding.round(then.deduction()));
    BigDecimal adjustedNow = rounding.round(u.bonus()).subtract(rounding.round(u.deduction()));
    if (adjustedThen.compareTo(adjustedNow) != 0) {
      out.append(l.pick("  adjustments (bonus − deduction): ", "  加减分（加分 − 减分）："))
          .append(adjustedThen.toPlainString()).append(" → ").append(adjustedNow.toPlainString()).append('\n');
    }
    out.append(l.pick("Indicators that moved it, largest change of contribution first:",
        "影响排名的指标（按贡献变化从大到小）：")).append('\n');
    List<Explanation.Change> changes = explanation.changesSince(previous);
    if (changes.isEmpty()) {
      out.append("  ").append(l.pick("none: every indicator contributed the same", "无：各指标贡献不变"))
          .append('\n');
      return;
    }
    Policy policy = result.policy();
    TextTable table = new TextTable(List.of(l.pick("Indicator", "指标"), l.pick("Name", "名称"),
        l.pick("Then", "上期"), l.pick("Now", "本期"), l.pick("Change", "变化")), false, false, true, true, true);
    for (Explanation.Change change : changes) {
      table.row(List.of(change.indicator(), policy.indicator(change.indicator()).map(Indicator::name).orElse(""),
          number(change.before(), 2), number(change.after(), 2),
          (change.delta() > 0 ? "+" : "") + number(change.delta(), 2)));
    }
    out.append(table.render());
  }

  /** Rounded up to {@code scale} decimals, after dropping binary noise beyond six decimals. */
  private static BigDecimal ceiling(double value, int scale) {
    return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).setScale(scale, RoundingMode.CEILING);
  }

  /** A number with at most {@code decimals} decimals, trailing zeros dropped ({@code 97.5}, {@code 6}). */
  static String number(double value, int decimals) {
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
    if (rounded.signum() == 0) {
      return "0";
    }
    return (rounded.scale() < 0 ? rounded.setScale(0) : rounded).toPlainString();
  }
}
