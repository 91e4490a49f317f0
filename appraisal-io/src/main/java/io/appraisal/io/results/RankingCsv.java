package io.appraisal.io.results;

import com.google.common.collect.ImmutableList;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.Rounding;
import io.appraisal.core.UnitResult;
import io.appraisal.io.csv.Csv;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The published ranking as CSV for people with a spreadsheet: UTF-8 with a byte-order mark (so Excel shows the
 * Chinese names), comma-separated, {@code '\n'} line endings, one row per unit in published order (by rank, then
 * unit id).
 *
 * <table>
 *   <caption>Columns</caption>
 *   <tr><td>rank</td><td>overall rank ({@code 2.5} only under fractional ranking)</td></tr>
 *   <tr><td>category_rank</td><td>rank within the unit's category</td></tr>
 *   <tr><td>unit_id, unit_name, category</td><td>the unit; category is the category id</td></tr>
 *   <tr><td>score_rate</td><td>得分率 before adjustments, rounded by the policy's rule</td></tr>
 *   <tr><td>bonus, deduction</td><td>points applied after caps, rounded by the policy's rule</td></tr>
 *   <tr><td>score</td><td>the published score: what is ranked and graded</td></tr>
 *   <tr><td>grade</td><td>the grade, empty if the policy has none</td></tr>
 *   <tr><td>vetoed</td><td>{@code true} or {@code false}</td></tr>
 *   <tr><td>rank_change</td><td>{@code +3}, {@code -1}, {@code 0}, {@code new}, or empty without a previous
 *       period</td></tr>
 * </table>
 *
 * <p>Published numbers have exactly the policy's rounding scale ({@code 80.00}), printed without exponent. A text
 * cell that a spreadsheet would take for a formula (it starts with {@code = + - @}, a tab or a carriage return) is
 * written with a leading single quote ({@link Csv#text}).
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class RankingCsv {
  /** The header row. */
  public static final ImmutableList<String> HEADER = ImmutableList.of("rank", "category_rank", "unit_id",
      "unit_name", "category", "score_rate", "bonus", "deduction", "score", "grade", "vetoed", "rank_change");

  private RankingCsv() {}

  /** The file's bytes, byte-order mark included. */
  public static byte[] bytes(RankingReport report) {
    AppraisalResult result = report.current();
    Rounding rounding = result.policy().rounding();
    StringBuilder text = new StringBuilder();
    text.append(Csv.record(HEADER)).append('\n');
    for (UnitResult unit : result.ranking()) {
      text.append(Csv.record(List.of(
          UnitResult.rankText(unit.rank()),
          UnitResult.rankText(unit.categoryRank()),
          Csv.text(unit.id()),
          Csv.text(unit.unit().name()),
          Csv.text(unit.unit().category()),
          Numbers.publishedText(unit.scoreRate(), rounding),
          Numbers.publishedText(unit.bonus(), rounding),
          Numbers.publishedText(unit.deduction(), rounding),
          Numbers.text(unit.published()),
          Csv.text(unit.grade().orElse("")),
          Boolean.toString(unit.vetoed()),
          report.movementSigned(unit)))).append('\n');
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 2);
    out.writeBytes(Csv.utf8Bom());
    out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** Writes the file atomically. */
  public static void write(RankingReport report, Path file) throws IOException {
    AtomicFiles.write(file, bytes(report));
  }
}
