package io.appraisal.io.results;

import io.appraisal.core.Messages;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.appraisal.core.AdjustmentKind;
import io.appraisal.core.AppliedAdjustment;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.Category;
import io.appraisal.core.Correction;
import io.appraisal.core.Note;
import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import io.appraisal.core.Rounding;
import io.appraisal.core.Unit;
import io.appraisal.core.UnitResult;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The ranking as a text table for a terminal, followed by everything a reader must not miss: the adjustments
 * (those cut by a cap marked), the vetoes, the corrections of the review log (复核) applied, the self-assessments
 * (自评) flagged as overstated, and the notes on values excluded, imputed or marked not applicable. Column widths
 * count East Asian wide characters as two columns, so Chinese names line up. Labels in English (the default) or
 * Chinese.
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class RankingTable {
  /** The keys of the header row's column titles in {@link Messages}. */
  private static final ImmutableList<String> HEADER = ImmutableList.of("common.rank", "common.id", "common.unit",
      "common.category", "common.score", "common.adj", "common.grade", "common.change");

  private static final boolean[] RIGHT = {true, false, false, false, true, true, false, false};

  private RankingTable() {}

  /** The whole ranking. */
  public static String render(RankingReport report) {
    return render(report, unit -> true);
  }

  /** The units that {@code shown} accepts (ranks stay those of the whole ranking), with their adjustments and notes. */
  public static String render(RankingReport report, Predicate<Unit> shown) {
    return render(report, shown, Locale.ENGLISH);
  }

  /** As {@link #render(RankingReport, Predicate)}, with the labels in Chinese or English ({@code zh}, {@code en}). */
  public static String render(RankingReport report, Predicate<Unit> shown, Locale locale) {
    requireNonNull(report, "report");
    requireNonNull(shown, "shown");
    Messages l = Messages.of(locale);
    AppraisalResult result = report.current();
    Policy policy = result.policy();
    Rounding rounding = policy.rounding();
    Map<String, String> categoryNames = policy.categories().stream()
        .collect(Collectors.toMap(Category::id, Category::name));
    List<UnitResult> units = result.ranking().stream().filter(u -> shown.test(u.unit())).toList();

    StringBuilder out = new StringBuilder();
    out.append(title(report, units.size(), l)).append('\n');
    TextTable table = new TextTable(header(locale), RIGHT);
    for (UnitResult unit : units) {
      table.row(List.of(
          UnitResult.rankText(unit.rank()),
          unit.id(),
          unit.unit().name(),
          categoryNames.getOrDefault(unit.unit().category(), unit.unit().category()),
          Numbers.text(unit.published()),
          adjustment(unit, rounding),
          gradeCell(unit, result.period(), l),
          report.movementText(unit)));
    }
    table.render(out);

    out.append('\n').append(l.text("table.score-published-score-bonus", rounding.scale(), rounding.mode())).append('\n');
    if (report.previous().isEmpty()) {
      out.append(report.previousProblems().isEmpty()
          ? l.text("table.change-no-previous-period") + '\n'
          : l.text("table.change-not-shown-previous", result.period().previous(), report.previousProblems().size()) + '\n');
    }
    out.append(details(result, units, l));
    return out.toString();
  }

  /**
   * What follows the table for the units that {@code shown} accepts: the adjustments, the vetoes, the corrections
   * applied, the self-assessments flagged and the notes, each section headed, each a list or "none".
   */
  public static String details(AppraisalResult result, Predicate<Unit> shown, Locale locale) {
    requireNonNull(result, "result");
    requireNonNull(shown, "shown");
    return details(result, result.ranking().stream().filter(u -> shown.test(u.unit())).toList(), Messages.of(locale));
  }

  /** The header row's column titles in Chinese or English. */
  public static List<String> header(Locale locale) {
    Messages messages = Messages.of(locale);
    return HEADER.stream().map(messages::text).toList();
  }

  private static String details(AppraisalResult result, List<UnitResult> units, Messages l) {
    StringBuilder out = new StringBuilder();
    Rounding rounding = result.policy().rounding();
    adjustments(units, rounding, out, l);
    vetoes(units, out, l);
    corrections(units, out, l);
    selfAssessments(result, units, out, l);
    notes(result, units, out, l);
    return out.toString();
  }

  /**
   * The grade of {@code unit} in the result for {@code period} as shown: {@code 较差 (veto)}, {@code 良好 (override)}
   * for a grade of that period corrected by the review log. An annual result lists the quarters' corrections too;
   * a quarter's grade override does not mark the year's grade, which it did not change.
   */
  public static String gradeCell(UnitResult unit, Period period, Messages l) {
    requireNonNull(period, "period");
    String grade = unit.grade().orElse("");
    if (unit.vetoed()) {
      grade += l.text("table.veto");
    }
    if (unit.corrections().stream()
        .anyMatch(c -> c.target() == Correction.Target.GRADE && c.period().equals(period))) {
      grade += l.text("table.override");
    }
    return grade;
  }

  private static String title(RankingReport report, int shown, Messages l) {
    AppraisalResult result = report.current();
    StringBuilder title = new StringBuilder();
    title.append(l.text("table.ranking")).append(result.period()).append(" · ").append(result.policy().name())
        .append(' ').append(result.policy().version()).append(" · ");
    if (shown == result.size()) {
      title.append(result.size()).append(l.text("common.units"));
    } else {
      title.append(l.text("table.units-shown", shown, result.size()));
    }
    report.previous().ifPresent(previous -> title.append(l.text("table.change-since"))
        .append(previous.period()));
    return title.toString();
  }

  /** The net adjustment as shown: {@code +3.00}, {@code -10.00}, or empty without any. */
  public static String adjustment(UnitResult unit, Rounding rounding) {
    if (unit.bonus() == 0 && unit.deduction() == 0) {
      return "";
    }
    return Numbers.signed(rounding.round(unit.bonus()).subtract(rounding.round(unit.deduction())), "-");
  }

  /** One adjustment as a line: {@code bonus.regulation ×3: +2.00 of +3.00 requested, CUT by the item cap 2}. */
  public static String adjustmentText(AppliedAdjustment adjustment, Rounding rounding, Messages l) {
    String sign = adjustment.kind() == AdjustmentKind.BONUS ? "+" : "-";
    StringBuilder out = new StringBuilder();
    out.append(adjustment.item()).append(" ×").append(adjustment.count()).append(": ")
        .append(sign).append(Numbers.publishedText(adjustment.applied(), rounding));
    if (adjustment.wasCapped()) {
      out.append(l.text("table.requested-cut", sign, Numbers.publishedText(adjustment.requested(), rounding), adjustment.capNote()));
    }
    if (!adjustment.note().isEmpty()) {
      out.append(" — ").append(adjustment.note());
    }
    return out.toString();
  }

  /** One correction as a line: {@code 2022-Q2 raw value 5.1: 35 → 15 — reason (author, time)}. */
  public static String correctionText(Correction c, Messages l) {
    String what = switch (c.target()) {
      case RAW_VALUE -> l.text("table.raw-value") + c.indicator();
      case INDICATOR_SCORE -> l.text("table.indicator-score") + c.indicator();
      case GRADE -> l.text("table.grade");
    };
    return c.period() + " " + what + ": " + c.before() + " → " + c.after() + " — " + c.reason() + " (" + c.author()
        + ", " + c.time() + ")";
  }

  private static void adjustments(List<UnitResult> units, Rounding rounding, StringBuilder out, Messages l) {
    out.append('\n').append(l.text("common.adjustments-caps-item-cap")).append('\n');
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

  /**
   * Each veto with what it did: the rank by score and the lowest grade, or the place after every unit without such a
   * veto (列末位), never "rank 67 by score" for a unit placed last; units a veto left out of the ranking are listed
   * in the notes, with the veto as the reason.
   */
  private static void vetoes(List<UnitResult> units, StringBuilder out, Messages l) {
    out.append('\n').append(l.text("table.vetoes")).append('\n');
    boolean any = false;
    for (UnitResult unit : units) {
      for (AppliedAdjustment adjustment : unit.adjustments()) {
        if (adjustment.kind() == AdjustmentKind.VETO) {
          any = true;
          out.append("  ").append(unit.id()).append(' ').append(unit.unit().name()).append("  ")
              .append(adjustment.item()).append(l.text(unit.rankedLast() ? "table.ranked-last-grade"
                  : "table.rank-score-grade", UnitResult.rankText(unit.rank())))
              .append(unit.grade().orElse(l.text("common.none-paren")));
          if (!adjustment.note().isEmpty()) {
            out.append(" — ").append(adjustment.note());
          }
          out.append('\n');
        }
      }
    }
    none(any, out, l);
  }

  private static void corrections(List<UnitResult> units, StringBuilder out, Messages l) {
    out.append('\n').append(l.text("common.corrections-applied-review-log")).append('\n');
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
      Messages l) {
    double tolerance = result.policy().selfAssessmentTolerance();
    List<UnitResult> assessed = units.stream().filter(u -> !Double.isNaN(u.selfScoreRate())).toList();
    if (assessed.isEmpty() || Double.isInfinite(tolerance)) { // infinite: the policy does not check them
      return;
    }
    Rounding rounding = result.policy().rounding();
    String limit = Numbers.detailText(tolerance);
    out.append('\n').append(l.text("table.self-assessments-flagged-self", limit)).append('\n');
    boolean any = false;
    for (UnitResult unit : assessed) {
      if (unit.selfAssessmentFlagged()) {
        any = true;
        out.append("  ").append(unit.id()).append(' ').append(unit.unit().name()).append("  ")
            .append(l.text("table.self")).append(Numbers.publishedText(unit.selfScoreRate(), rounding))
            .append(l.text("table.vs-verified")).append(Numbers.publishedText(unit.scoreRate(), rounding))
            .append(l.text("common.gap"))
            .append(Numbers.publishedText(unit.selfScoreRate() - unit.scoreRate(), rounding)).append('\n');
      }
    }
    none(any, out, l);
  }

  private static void notes(AppraisalResult result, List<UnitResult> units, StringBuilder out, Messages l) {
    out.append('\n').append(l.text("table.notes-values-not-scored")).append('\n');
    List<String> shownIds = units.stream().map(UnitResult::id).toList();
    boolean any = false;
    for (Note note : result.notes()) {
      // units left out of a panel's period are listed whatever is shown: they are in no row
      if (shownIds.contains(note.unit()) || note.kind() == Note.Kind.ABSENT
          || note.kind() == Note.Kind.SCREENED_OUT || note.kind() == Note.Kind.EXCLUDED_BY_VETO) {
        any = true;
        String name = result.unit(note.unit()).map(u -> u.unit().name()).orElse("");
        out.append("  ").append(note.unit()).append(' ').append(name);
        if (!note.indicator().isEmpty()) {
          out.append(l.text("table.indicator")).append(note.indicator());
        }
        out.append(l.text("explain.sep")).append(l.noteKind(note.kind())).append(l.text("explain.sep"))
            .append(l.note(note)).append('\n');
      }
    }
    none(any, out, l);
  }

  private static void none(boolean any, StringBuilder out, Messages l) {
    if (!any) {
      out.append("  ").append(l.text("common.none")).append('\n');
    }
  }

  /** Terminal columns: two for East Asian wide and full-width characters, one for the rest. */
  static int displayWidth(String text) {
    return TextTable.displayWidth(text);
  }
}
