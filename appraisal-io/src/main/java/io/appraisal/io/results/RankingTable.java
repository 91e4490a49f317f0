package io.appraisal.io.results;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.appraisal.core.AdjustmentKind;
import io.appraisal.core.AppliedAdjustment;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.Category;
import io.appraisal.core.Correction;
import io.appraisal.core.Note;
import io.appraisal.core.Policy;
import io.appraisal.core.Rounding;
import io.appraisal.core.Unit;
import io.appraisal.core.UnitResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The ranking as a text table for a terminal, followed by everything a reader must not miss: the adjustments
 * (those cut by a cap marked), the vetoes, the corrections of the review log (复核) applied, the self-assessments
 * (自评) flagged as overstated, and the notes on values excluded, imputed or marked not applicable. Column widths
 * count East Asian wide characters as two columns, so Chinese names line up. Labels in English (the default) or
 * Chinese.
 */
public final class RankingTable {
  /** The header row's column titles (English). */
  public static final ImmutableList<String> HEADER =
      ImmutableList.of("Rank", "ID", "Unit", "Category", "Score", "Adj.", "Grade", "Change");
  /** The header row's column titles (Chinese). */
  public static final ImmutableList<String> HEADER_ZH =
      ImmutableList.of("排名", "编号", "单位", "类别", "得分", "加减分", "等次", "变化");

  private static final boolean[] RIGHT = {true, false, false, false, true, true, false, false};

  private RankingTable() {}

  /** The whole ranking. */
  public static String render(RankingReport report) {
    return render(report, unit -> true);
  }

  /** The units that {@code shown} accepts (ranks stay those of the whole ranking), with their adjustments and notes. */
  public static String render(RankingReport report, Predicate<Unit> shown) {
    return render(report, shown, Language.EN);
  }

  /** As {@link #render(RankingReport, Predicate)}, with the labels in {@code language}. */
  public static String render(RankingReport report, Predicate<Unit> shown, Language language) {
    requireNonNull(report, "report");
    requireNonNull(shown, "shown");
    requireNonNull(language, "language");
    AppraisalResult result = report.current();
    Policy policy = result.policy();
    Rounding rounding = policy.rounding();
    Map<String, String> categoryNames = policy.categories().stream()
        .collect(Collectors.toMap(Category::id, Category::name));
    List<UnitResult> units = result.ranking().stream().filter(u -> shown.test(u.unit())).toList();
    Language l = language;

    StringBuilder out = new StringBuilder();
    out.append(title(report, units.size(), l)).append('\n');
    TextTable table = new TextTable(l == Language.ZH ? HEADER_ZH : HEADER, RIGHT);
    for (UnitResult unit : units) {
      table.row(List.of(
          UnitResult.rankText(unit.rank()),
          unit.id(),
          unit.unit().name(),
          categoryNames.getOrDefault(unit.unit().category(), unit.unit().category()),
          unit.published().toPlainString(),
          adjustment(unit, rounding),
          gradeCell(unit, l),
          report.movementText(unit)));
    }
    table.render(out);

    out.append('\n').append(l.pick("Score: the published score (得分率 + bonus - deduction, rounded "
        + rounding.scale() + " decimals " + rounding.mode() + "); Adj.: bonus - deduction.",
        "得分：公布得分（得分率 + 加分 − 减分，保留 " + rounding.scale() + " 位小数，" + rounding.mode()
            + "）；加减分：加分 − 减分。")).append('\n');
    if (report.previous().isEmpty()) {
      out.append(report.previousProblems().isEmpty()
          ? l.pick("Change: no previous period in the data.", "变化：数据中没有上一期。") + '\n'
          : l.pick("Change: not shown: the previous period " + result.period().previous() + " has "
                  + report.previousProblems().size() + " problem(s); run validate for that period.",
              "变化：未显示：上一期 " + result.period().previous() + " 的数据有 " + report.previousProblems().size()
                  + " 个问题；请对该期运行 validate。") + '\n');
    }
    out.append(details(result, units, l));
    return out.toString();
  }

  /**
   * What follows the table for the units that {@code shown} accepts: the adjustments, the vetoes, the corrections
   * applied, the self-assessments flagged and the notes, each section headed, each a list or "none".
   */
  public static String details(AppraisalResult result, Predicate<Unit> shown, Language language) {
    requireNonNull(result, "result");
    requireNonNull(shown, "shown");
    requireNonNull(language, "language");
    return details(result, result.ranking().stream().filter(u -> shown.test(u.unit())).toList(), language);
  }

  private static String details(AppraisalResult result, List<UnitResult> units, Language l) {
    StringBuilder out = new StringBuilder();
    Rounding rounding = result.policy().rounding();
    adjustments(units, rounding, out, l);
    vetoes(units, out, l);
    corrections(units, out, l);
    selfAssessments(result, units, out, l);
    notes(result, units, out, l);
    return out.toString();
  }

  /** The grade as shown: {@code 较差 (veto)}, {@code 良好 (override)} for a grade corrected by the review log. */
  public static String gradeCell(UnitResult unit, Language l) {
    String grade = unit.grade().orElse("");
    if (unit.vetoed()) {
      grade += l.pick(" (veto)", "（否决）");
    }
    if (unit.corrections().stream().anyMatch(c -> c.target() == Correction.Target.GRADE)) {
      grade += l.pick(" (override)", "（调整）");
    }
    return grade;
  }

  private static String title(RankingReport report, int shown, Language l) {
    AppraisalResult result = report.current();
    StringBuilder title = new StringBuilder();
    title.append(l.pick("Ranking ", "综合排序 ")).append(result.period()).append(" · ").append(result.policy().name())
        .append(' ').append(result.policy().version()).append(" · ");
    if (shown == result.size()) {
      title.append(result.size()).append(l.pick(" units", " 个单位"));
    } else {
      title.append(l.pick(shown + " of " + result.size() + " units shown", "显示 " + shown + " 个（共 "
          + result.size() + " 个单位）"));
    }
    report.previous().ifPresent(previous -> title.append(l.pick(" · change since ", " · 与上期比较 "))
        .append(previous.period()));
    return title.toString();
  }

  /** The net adjustment as shown: {@code +3.00}, {@code -10.00}, or empty without any. */
  public static String adjustment(UnitResult unit, Rounding rounding) {
    if (unit.bonus() == 0 && unit.deduction() == 0) {
      return "";
    }
    BigDecimal net = rounding.round(unit.bonus()).subtract(rounding.round(unit.deduction()));
    return (net.signum() > 0 ? "+" : net.signum() < 0 ? "-" : "±") + net.abs().toPlainString();
  }

  /** One adjustment as a line: {@code bonus.regulation ×3: +2.00 of +3.00 requested, CUT by the item cap 2}. */
  public static String adjustmentText(AppliedAdjustment adjustment, Rounding rounding, Language l) {
    String sign = adjustment.kind() == AdjustmentKind.BONUS ? "+" : "-";
    StringBuilder out = new StringBuilder();
    out.append(adjustment.item()).append(" ×").append(adjustment.count()).append(": ")
        .append(sign).append(rounding.round(adjustment.applied()).toPlainString());
    if (adjustment.wasCapped()) {
      out.append(l.pick(" of " + sign + rounding.round(adjustment.requested()).toPlainString()
              + " requested, CUT by the " + adjustment.capNote(),
          "（申报 " + sign + rounding.round(adjustment.requested()).toPlainString() + "，受上限削减："
              + adjustment.capNote() + "）"));
    }
    if (!adjustment.note().isEmpty()) {
      out.append(" — ").append(adjustment.note());
    }
    return out.toString();
  }

  /** One correction as a line: {@code 2022-Q2 raw value 5.1: 35 → 15 — reason (author, time)}. */
  public static String correctionText(Correction c, Language l) {
    String what = switch (c.target()) {
      case RAW_VALUE -> l.pick("raw value ", "原始值 ") + c.indicator();
      case INDICATOR_SCORE -> l.pick("indicator score ", "指标得分 ") + c.indicator();
      case GRADE -> l.pick("grade", "等次");
    };
    return c.period() + " " + what + ": " + c.before() + " → " + c.after() + " — " + c.reason() + " (" + c.author()
        + ", " + c.time() + ")";
  }

  private static void adjustments(List<UnitResult> units, Rounding rounding, StringBuilder out, Language l) {
    out.append('\n').append(l.pick("Adjustments (caps: item cap first, then the total caps):",
        "加减分（先按单项上限，再按总上限）：")).append('\n');
    boolean any = false;
    for (UnitResult unit : units) {
      for (AppliedAdjustment adjustment : unit.adjustments()) {
        if (adjustment.kind() == AdjustmentKind.VETO) {
          continue;
        }
        any = true;
        out.append("  ").append(unit.id()).append(' ').append(unit.unit().name()).append("  ")
            .append(adjustmentText(adjustment, rounding, l)).append('\n');
      }
    }
    none(any, out, l);
  }

  private static void vetoes(List<UnitResult> units, StringBuilder out, Language l) {
    out.append('\n').append(l.pick("Vetoes (lowest grade whatever the score):", "一票否决（不论得分，定为最低等次）："))
        .append('\n');
    boolean any = false;
    for (UnitResult unit : units) {
      for (AppliedAdjustment adjustment : unit.adjustments()) {
        if (adjustment.kind() == AdjustmentKind.VETO) {
          any = true;
          out.append("  ").append(unit.id()).append(' ').append(unit.unit().name()).append("  ")
              .append(adjustment.item()).append(l.pick(": rank " + UnitResult.rankText(unit.rank())
                  + " by score, grade ", "：按得分排第 " + UnitResult.rankText(unit.rank()) + " 名，等次 "))
              .append(unit.grade().orElse(l.pick("(none)", "（无）")));
          if (!adjustment.note().isEmpty()) {
            out.append(" — ").append(adjustment.note());
          }
          out.append('\n');
        }
      }
    }
    none(any, out, l);
  }

  private static void corrections(List<UnitResult> units, StringBuilder out, Language l) {
    out.append('\n').append(l.pick("Corrections applied (review log 复核):", "复核更正（已应用）：")).append('\n');
    boolean any = false;
    for (UnitResult unit : units) {
      for (Correction correction : unit.corrections()) {
        any = true;
        out.append("  ").append(unit.id()).append(' ').append(unit.unit().name()).append("  ")
            .append(correctionText(correction, l)).append('\n');
      }
    }
    none(any, out, l);
  }

  private static void selfAssessments(AppraisalResult result, List<UnitResult> units, StringBuilder out,
      Language l) {
    double tolerance = result.policy().selfAssessmentTolerance();
    List<UnitResult> assessed = units.stream().filter(u -> !Double.isNaN(u.selfScoreRate())).toList();
    if (assessed.isEmpty() || Double.isInfinite(tolerance)) { // infinite: the policy does not check them
      return;
    }
    Rounding rounding = result.policy().rounding();
    String limit = BigDecimal.valueOf(tolerance).stripTrailingZeros().toPlainString();
    out.append('\n').append(l.pick("Self-assessments (自评) flagged: self-assessed score rate above the verified"
            + " one by more than " + limit + ":",
        "自评偏高（自评得分率高于核验得分率超过 " + limit + " 分）：")).append('\n');
    boolean any = false;
    for (UnitResult unit : assessed) {
      if (unit.selfAssessmentFlagged()) {
        any = true;
        out.append("  ").append(unit.id()).append(' ').append(unit.unit().name()).append("  ")
            .append(l.pick("self ", "自评 ")).append(rounding.round(unit.selfScoreRate()).toPlainString())
            .append(l.pick(" vs verified ", "，核验 ")).append(rounding.round(unit.scoreRate()).toPlainString())
            .append(l.pick(": gap ", "：差 "))
            .append(rounding.round(unit.selfScoreRate() - unit.scoreRate()).toPlainString()).append('\n');
      }
    }
    none(any, out, l);
  }

  private static void notes(AppraisalResult result, List<UnitResult> units, StringBuilder out, Language l) {
    out.append('\n').append(l.pick("Notes (values not scored as given):", "说明（未按原值计分的数据）：")).append('\n');
    List<String> shownIds = units.stream().map(UnitResult::id).toList();
    boolean any = false;
    for (Note note : result.notes()) {
      if (shownIds.contains(note.unit())) {
        any = true;
        String name = result.unit(note.unit()).map(u -> u.unit().name()).orElse("");
        out.append("  ").append(note.unit()).append(' ').append(name).append(l.pick("  indicator ", "  指标 "))
            .append(note.indicator()).append(": ").append(note.kind()).append(": ").append(note.message())
            .append('\n');
      }
    }
    none(any, out, l);
  }

  private static void none(boolean any, StringBuilder out, Language l) {
    if (!any) {
      out.append("  ").append(l.pick("none", "无")).append('\n');
    }
  }

  /** Terminal columns: two for East Asian wide and full-width characters, one for the rest. */
  static int displayWidth(String text) {
    return TextTable.displayWidth(text);
  }
}
