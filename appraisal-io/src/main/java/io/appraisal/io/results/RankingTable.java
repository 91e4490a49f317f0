package io.appraisal.io.results;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.appraisal.core.AdjustmentKind;
import io.appraisal.core.AppliedAdjustment;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.Category;
import io.appraisal.core.Note;
import io.appraisal.core.Policy;
import io.appraisal.core.Rounding;
import io.appraisal.core.Unit;
import io.appraisal.core.UnitResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The ranking as a text table for a terminal, followed by everything a reader must not miss: the adjustments
 * (those cut by a cap marked), the vetoes and the notes on values excluded, imputed or marked not applicable. Column
 * widths count East Asian wide characters as two columns, so Chinese names line up.
 */
public final class RankingTable {
  /** The header row's column titles. */
  public static final ImmutableList<String> HEADER =
      ImmutableList.of("Rank", "ID", "Unit", "Category", "Score", "Adj.", "Grade", "Change");

  private static final boolean[] RIGHT = {true, false, false, false, true, true, false, false};

  private RankingTable() {}

  /** The whole ranking. */
  public static String render(RankingReport report) {
    return render(report, unit -> true);
  }

  /** The units that {@code shown} accepts (ranks stay those of the whole ranking), with their adjustments and notes. */
  public static String render(RankingReport report, Predicate<Unit> shown) {
    requireNonNull(report, "report");
    requireNonNull(shown, "shown");
    AppraisalResult result = report.current();
    Policy policy = result.policy();
    Rounding rounding = policy.rounding();
    Map<String, String> categoryNames = policy.categories().stream()
        .collect(Collectors.toMap(Category::id, Category::name));
    List<UnitResult> units = result.ranking().stream().filter(u -> shown.test(u.unit())).toList();

    StringBuilder out = new StringBuilder();
    out.append(title(report, units.size())).append('\n');
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    for (UnitResult unit : units) {
      rows.add(List.of(
          UnitResult.rankText(unit.rank()),
          unit.id(),
          unit.unit().name(),
          categoryNames.getOrDefault(unit.unit().category(), unit.unit().category()),
          unit.published().toPlainString(),
          adjustment(unit, rounding),
          unit.grade().orElse("") + (unit.vetoed() ? " (veto)" : ""),
          report.movementText(unit)));
    }
    table(rows, out);

    out.append('\n').append("Score: the published score (得分率 + bonus - deduction, rounded ")
        .append(rounding.scale()).append(" decimals ").append(rounding.mode()).append("); Adj.: bonus - deduction.")
        .append('\n');
    if (report.previous().isEmpty()) {
      out.append(report.previousProblems().isEmpty()
          ? "Change: no previous period in the data." + '\n'
          : "Change: not shown: the previous period " + result.period().previous() + " has "
              + report.previousProblems().size() + " problem(s); run validate for that period." + '\n');
    }
    adjustments(units, rounding, out);
    vetoes(units, out);
    notes(result, units, out);
    return out.toString();
  }

  private static String title(RankingReport report, int shown) {
    AppraisalResult result = report.current();
    StringBuilder title = new StringBuilder();
    title.append("Ranking ").append(result.period()).append(" · ").append(result.policy().name()).append(' ')
        .append(result.policy().version()).append(" · ");
    if (shown == result.size()) {
      title.append(result.size()).append(" units");
    } else {
      title.append(shown).append(" of ").append(result.size()).append(" units shown");
    }
    report.previous().ifPresent(previous -> title.append(" · change since ").append(previous.period()));
    return title.toString();
  }

  private static String adjustment(UnitResult unit, Rounding rounding) {
    if (unit.bonus() == 0 && unit.deduction() == 0) {
      return "";
    }
    BigDecimal net = rounding.round(unit.bonus()).subtract(rounding.round(unit.deduction()));
    return (net.signum() > 0 ? "+" : net.signum() < 0 ? "-" : "±") + net.abs().toPlainString();
  }

  private static void adjustments(List<UnitResult> units, Rounding rounding, StringBuilder out) {
    out.append('\n').append("Adjustments (caps: item cap first, then the total caps):").append('\n');
    boolean any = false;
    for (UnitResult unit : units) {
      for (AppliedAdjustment adjustment : unit.adjustments()) {
        if (adjustment.kind() == AdjustmentKind.VETO) {
          continue;
        }
        any = true;
        String sign = adjustment.kind() == AdjustmentKind.BONUS ? "+" : "-";
        out.append("  ").append(unit.id()).append(' ').append(unit.unit().name()).append("  ")
            .append(adjustment.item()).append(" ×").append(adjustment.count()).append(": ")
            .append(sign).append(rounding.round(adjustment.applied()).toPlainString());
        if (adjustment.wasCapped()) {
          out.append(" of ").append(sign).append(rounding.round(adjustment.requested()).toPlainString())
              .append(" requested, CUT by the ").append(adjustment.capNote());
        }
        if (!adjustment.note().isEmpty()) {
          out.append(" — ").append(adjustment.note());
        }
        out.append('\n');
      }
    }
    if (!any) {
      out.append("  none").append('\n');
    }
  }

  private static void vetoes(List<UnitResult> units, StringBuilder out) {
    out.append('\n').append("Vetoes (lowest grade whatever the score):").append('\n');
    boolean any = false;
    for (UnitResult unit : units) {
      for (AppliedAdjustment adjustment : unit.adjustments()) {
        if (adjustment.kind() == AdjustmentKind.VETO) {
          any = true;
          out.append("  ").append(unit.id()).append(' ').append(unit.unit().name()).append("  ")
              .append(adjustment.item()).append(": rank ").append(UnitResult.rankText(unit.rank()))
              .append(" by score, grade ").append(unit.grade().orElse("(none)"));
          if (!adjustment.note().isEmpty()) {
            out.append(" — ").append(adjustment.note());
          }
          out.append('\n');
        }
      }
    }
    if (!any) {
      out.append("  none").append('\n');
    }
  }

  private static void notes(AppraisalResult result, List<UnitResult> units, StringBuilder out) {
    out.append('\n').append("Notes (values not scored as given):").append('\n');
    List<String> shownIds = units.stream().map(UnitResult::id).toList();
    boolean any = false;
    for (Note note : result.notes()) {
      if (shownIds.contains(note.unit())) {
        any = true;
        String name = result.unit(note.unit()).map(u -> u.unit().name()).orElse("");
        out.append("  ").append(note.unit()).append(' ').append(name).append("  indicator ")
            .append(note.indicator()).append(": ").append(note.kind()).append(": ").append(note.message())
            .append('\n');
      }
    }
    if (!any) {
      out.append("  none").append('\n');
    }
  }

  private static void table(List<List<String>> rows, StringBuilder out) {
    int columns = rows.get(0).size();
    int[] width = new int[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < columns; c++) {
        width[c] = Math.max(width[c], displayWidth(row.get(c)));
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        if (c > 0) {
          line.append("  ");
        }
        String cell = row.get(c);
        String padding = " ".repeat(width[c] - displayWidth(cell));
        line.append(RIGHT[c] ? padding + cell : cell + padding);
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }

  /** Terminal columns: two for East Asian wide and full-width characters, one for the rest. */
  static int displayWidth(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      width += isWide(c) ? 2 : 1;
    }
    return width;
  }

  private static boolean isWide(int c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
  }
}
