package io.appraisal.xlsx;

import static java.util.Objects.requireNonNull;

import io.appraisal.core.Policy;
import io.appraisal.io.results.CriteriaTable;
import io.appraisal.core.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The policy's scoring rules (考核细则, {@link CriteriaTable}) as an Excel workbook of one sheet: indicator id, the
 * name indented by its level, points, criteria, evidence and the units it applies to, then the adjustment items.
 *
 * <pre>{@code
 * Files.write(Path.of("考核细则.xlsx"), XlsxCriteria.bytes(policy, Locale.CHINESE));
 * }</pre>
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class XlsxCriteria {
  private XlsxCriteria() {}

  /** The workbook's bytes, labelled in {@code locale}'s language (zh or en); the same policy gives the same bytes. */
  public static byte[] bytes(Policy policy, Locale locale) {
    requireNonNull(policy, "policy");
    CriteriaTable table = CriteriaTable.of(policy, Messages.of(requireNonNull(locale, "locale")));
    try (Sheets book = new Sheets(policy.rounding().scale())) {
      String name = Sheets.uniqueName(table.title(), policy.id(), new HashSet<>());
      Sheets.Sheet sheet = book.sheet(name, table.header());
      for (CriteriaTable.Row row : table.rows()) {
        sheet.row().text(row.id()).text("　".repeat(Math.max(0, row.level() - 1)) + row.name()).text(row.points())
            .text(row.criteria()).text(row.evidence()).text(row.appliesTo());
      }
      sheet.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
      book.writeTo(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // writing to memory
    }
  }
}
