package io.appraisal.xlsx;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.appraisal.core.AdjustmentItem;
import io.appraisal.core.AnnualRollup;
import io.appraisal.core.AppliedAdjustment;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.Category;
import io.appraisal.core.Indicator;
import io.appraisal.core.IndicatorScore;
import io.appraisal.core.Messages;
import io.appraisal.core.Note;
import io.appraisal.core.Policy;
import io.appraisal.core.Problem;
import io.appraisal.core.RankMovement;
import io.appraisal.core.Rounding;
import io.appraisal.core.UnitResult;
import io.appraisal.io.results.AtomicFiles;
import io.appraisal.io.results.RankingReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The result as an Excel workbook (.xlsx) for the analysts: the overall ranking, one sheet per category, every unit's
 * indicator breakdown, the adjustments (with the caps that cut them) and the notes on the data. Numbers are numeric
 * cells shown with the policy's decimals ({@code 0.00} for two); each sheet's header row is bold and frozen, with a
 * filter.
 *
 * <table>
 *   <caption>Sheets</caption>
 *   <tr><td>{@value #RANKING}</td><td>{@link #RANKING_HEADER}, in published order</td></tr>
 *   <tr><td>one per category, named after it</td><td>{@link #CATEGORY_HEADER}, in category order</td></tr>
 *   <tr><td>{@value #BREAKDOWN}</td><td>{@link #BREAKDOWN_HEADER}: a row per unit and indicator, parents before
 *       children; points, maximum and contribution rounded as published</td></tr>
 *   <tr><td>{@value #ADJUSTMENTS}</td><td>{@link #ADJUSTMENTS_HEADER}: a row per adjustment applied</td></tr>
 *   <tr><td>{@value #NOTES}</td><td>{@link #NOTES_HEADER}: values imputed, excluded or not applicable, and why the
 *       previous period could not be compared; the kind and the message in the workbook's language</td></tr>
 * </table>
 *
 * <p>The sheet names and column headers are identifiers, as in the CSV file; the notes' kinds and sentences are
 * written in Chinese (the default) or English.
 *
 * <pre>{@code
 * XlsxWriter.write(RankingReport.withPrevious(policy, data, q4), Path.of("out/ranking-2022-Q4.xlsx"),
 *     Locale.CHINESE);
 * }</pre>
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class XlsxWriter {
  public static final String RANKING = "Ranking";
  public static final String BREAKDOWN = "Breakdown";
  public static final String ADJUSTMENTS = "Adjustments";
  public static final String NOTES = "Notes";

  public static final ImmutableList<String> RANKING_HEADER = ImmutableList.of("rank", "category_rank", "unit_id",
      "unit_name", "category", "category_name", "score_rate", "bonus", "deduction", "score", "grade", "vetoed",
      "rank_change");
  public static final ImmutableList<String> CATEGORY_HEADER = ImmutableList.of("category_rank", "rank", "unit_id",
      "unit_name", "score_rate", "bonus", "deduction", "score", "grade", "vetoed", "rank_change");
  public static final ImmutableList<String> BREAKDOWN_HEADER = ImmutableList.of("rank", "unit_id", "unit_name",
      "indicator", "indicator_name", "level", "leaf", "status", "raw", "points", "max", "contribution");
  public static final ImmutableList<String> ADJUSTMENTS_HEADER = ImmutableList.of("unit_id", "unit_name", "item",
      "item_name", "kind", "count", "requested", "applied", "cap_note", "note");
  public static final ImmutableList<String> NOTES_HEADER =
      ImmutableList.of("unit_id", "unit_name", "indicator", "kind", "message");

  private XlsxWriter() {}

  /** The workbook's bytes, its notes in Chinese. */
  public static byte[] bytes(RankingReport report) {
    return bytes(report, Locale.CHINESE);
  }

  /** The workbook's bytes, its notes in {@code locale}'s language (zh or en). */
  @API(status = API.Status.MAINTAINED, since = "0.1")
  public static byte[] bytes(RankingReport report, Locale locale) {
    requireNonNull(report, "report");
    Messages messages = Messages.of(requireNonNull(locale, "locale"));
    try (Sheets book = new Sheets(report.current().policy().rounding().scale())) {
      new XlsxWriter.Content(report, messages, book).write();
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      book.writeTo(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // writing to memory
    }
  }

  /**
   * Writes the workbook, its notes in Chinese, atomically (a temporary file in the same directory, then renamed over
   * {@code file}).
   */
  public static void write(RankingReport report, Path file) throws IOException {
    write(report, file, Locale.CHINESE);
  }

  /** Writes the workbook, its notes in {@code locale}'s language (zh or en), atomically. */
  @API(status = API.Status.MAINTAINED, since = "0.1")
  public static void write(RankingReport report, Path file, Locale locale) throws IOException {
    requireNonNull(file, "file");
    AtomicFiles.write(file, bytes(report, locale));
  }

  /** Fills the sheets of one workbook. */
  private static final class Content {
    private final RankingReport report;
    private final AppraisalResult result;
    private final Policy policy;
    private final Messages messages;
    private final Sheets book;
    private final List<UnitResult> ranking;
    private final Map<String, String> indicatorNames = new HashMap<>();
    private final Map<String, Integer> levels = new HashMap<>();

    Content(RankingReport report, Messages messages, Sheets book) {
      this.report = report;
      this.messages = messages;
      this.result = report.current();
      this.policy = result.policy();
      this.book = book;
      this.ranking = result.ranking();
      walk(policy.root(), 0);
      policy.annual().ifPresent(annual -> {
        for (AnnualRollup.YearEndComponent component : annual.components()) {
          indicatorNames.put(component.id(), component.name());
          levels.put(component.id(), 1);
        }
      });
    }

    private void walk(Indicator indicator, int level) {
      indicatorNames.put(indicator.id(), indicator.name());
      levels.put(indicator.id(), level);
      indicator.children().forEach(child -> walk(child, level + 1));
    }

    void write() {
      ranking();
      categories();
      breakdown();
      adjustments();
      notes();
    }

    private void ranking() {
      Sheets.Sheet sheet = book.sheet(RANKING, RANKING_HEADER);
      for (UnitResult unit : ranking) {
        Sheets.Row row = sheet.row();
        row.rank(unit.rank()).rank(unit.categoryRank()).text(unit.id()).text(unit.unit().name())
            .text(unit.unit().category()).text(categoryName(unit.unit().category()));
        standing(unit, row);
      }
      sheet.finish();
    }

    private void categories() {
      Set<String> used = new HashSet<>(List.of(RANKING.toLowerCase(Locale.ROOT),
          BREAKDOWN.toLowerCase(Locale.ROOT), ADJUSTMENTS.toLowerCase(Locale.ROOT), NOTES.toLowerCase(Locale.ROOT)));
      for (Category category : policy.categories()) {
        Sheets.Sheet sheet = book.sheet(Sheets.uniqueName(category, used), CATEGORY_HEADER);
        for (UnitResult unit : result.ranking(category.id())) {
          Sheets.Row row = sheet.row();
          row.rank(unit.categoryRank()).rank(unit.rank()).text(unit.id()).text(unit.unit().name());
          standing(unit, row);
        }
        sheet.finish();
      }
    }

    /** score_rate, bonus, deduction, score, grade, vetoed, rank_change. */
    private void standing(UnitResult unit, Sheets.Row row) {
      row.published(policy.rounding().round(unit.scoreRate()))
          .published(policy.rounding().round(unit.bonus()))
          .published(policy.rounding().round(unit.deduction()))
          .published(unit.published())
          .text(unit.grade().orElse(""))
          .bool(unit.vetoed());
      Optional<RankMovement> movement = report.movement(unit.id());
      if (movement.isEmpty()) {
        row.blank();
      } else if (movement.get().status() == RankMovement.Status.NEW) {
        row.text("new");
      } else {
        row.change(movement.get().change());
      }
    }

    private void breakdown() {
      Sheets.Sheet sheet = book.sheet(BREAKDOWN, BREAKDOWN_HEADER);
      for (UnitResult unit : ranking) {
        for (IndicatorScore score : unit.indicators()) {
          Sheets.Row row = sheet.row();
          row.rank(unit.rank()).text(unit.id()).text(unit.unit().name()).text(score.indicator())
              .text(indicatorNames.getOrDefault(score.indicator(), ""))
              .integer(levels.getOrDefault(score.indicator(), 1)).bool(score.leaf()).text(score.status().name());
          if (score.leaf() && Double.isFinite(score.raw())) {
            row.raw(score.raw());
          } else {
            row.blank();
          }
          Rounding rounding = policy.rounding();
          row.published(rounding.round(score.score())).published(rounding.round(score.max()))
              .published(rounding.round(score.contribution()));
        }
      }
      sheet.finish();
    }

    private void adjustments() {
      Sheets.Sheet sheet = book.sheet(ADJUSTMENTS, ADJUSTMENTS_HEADER);
      for (UnitResult unit : ranking) {
        for (AppliedAdjustment adjustment : unit.adjustments()) {
          Sheets.Row row = sheet.row();
          row.text(unit.id()).text(unit.unit().name()).text(adjustment.item())
              .text(policy.adjustments().item(adjustment.item()).map(AdjustmentItem::name).orElse(""))
              .text(adjustment.kind().name()).integer(adjustment.count())
              .published(policy.rounding().round(adjustment.requested()))
              .published(policy.rounding().round(adjustment.applied()))
              .text(adjustment.capNote()).text(adjustment.note());
        }
      }
      sheet.finish();
    }

    private void notes() {
      Sheets.Sheet sheet = book.sheet(NOTES, NOTES_HEADER);
      for (Note note : result.notes()) {
        sheet.row().text(note.unit()).text(result.unit(note.unit()).map(u -> u.unit().name()).orElse(""))
            .text(note.indicator()).text(messages.noteKind(note.kind())).text(messages.note(note));
      }
      List<Problem> previous = new ArrayList<>(report.previousProblems());
      for (Problem problem : previous) {
        sheet.row().text("").text("").text(problem.field()).text(messages.text("problem.xlsx.previous-period-kind"))
            .text(messages.text("problem.xlsx.previous-period", result.period().previous(),
                messages.problem(problem)));
      }
      sheet.finish();
    }

    private String categoryName(String categoryId) {
      return policy.category(categoryId).map(Category::name).orElse(categoryId);
    }
  }
}
