package io.appraisal.xlsx;

import io.appraisal.core.Category;
import io.appraisal.io.csv.Csv;
import io.appraisal.io.results.Numbers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A thin layer over POI for writing tables: one style per kind of cell (made once per workbook), a bold frozen
 * header, widths from character counts (never measured by rendering). Sheets are streamed ({@link SXSSFWorkbook}):
 * rows go to a temporary file as they are written and strings are written inline, which is what makes a large
 * workbook fast and small in memory.
 */
final class Sheets implements Closeable {
  /** Excel's limit on a sheet name's length. */
  private static final int MAX_NAME = 31;
  /** The widest a column is made, in characters. */
  private static final int MAX_WIDTH = 60;

  private static final Date FIXED_DATE = Date.from(Instant.parse("2000-01-01T00:00:00Z"));
  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  /** Rows kept in memory per sheet before they are flushed to the temporary file. */
  private static final int WINDOW = 200;

  private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, false, false);
  private final CellStyle header;
  private final CellStyle decimals;
  private final CellStyle general;
  private final CellStyle integer;
  private final CellStyle change;

  /** A workbook whose published and detail numbers show {@code scale} decimals. */
  Sheets(int scale) {
    // Plain zip entries (no Zip64 fields, which java.util.zip cannot re-read in writeTo); a sheet beyond 4 GB fails.
    workbook.setZip64Mode(Zip64Mode.Never);
    Font bold = workbook.createFont();
    bold.setBold(true);
    header = workbook.createCellStyle();
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    decimals = style(scale == 0 ? "0" : "0." + "0".repeat(scale));
    general = style("General");
    integer = style("0");
    change = style("+General;-General;0");
  }

  private CellStyle style(String format) {
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(workbook.createDataFormat().getFormat(format));
    return style;
  }

  /** Adds a sheet with its header row. */
  Sheet sheet(String name, List<String> columns) {
    return new Sheet(workbook.createSheet(name), columns);
  }

  /**
   * Writes the workbook. Its document date and the time of every part in the package are fixed, so that the same
   * content gives the same bytes.
   */
  void writeTo(OutputStream out) throws IOException {
    write(workbook, out);
  }

  /** Writes any workbook with its document date and part times fixed: the same content gives the same bytes. */
  static void write(Workbook workbook, OutputStream out) throws IOException {
    POIXMLProperties properties = workbook instanceof SXSSFWorkbook streamed
        ? streamed.getXSSFWorkbook().getProperties() : ((XSSFWorkbook) workbook).getProperties();
    properties.getCoreProperties().setCreated(Optional.of(FIXED_DATE));
    ByteArrayOutputStream written = new ByteArrayOutputStream(64 * 1024);
    workbook.write(written);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(written.toByteArray()));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTimeLocal(FIXED_TIME);
        zip.putNextEntry(copy);
        in.transferTo(zip);
        zip.closeEntry();
      }
    }
  }

  @Override
  public void close() throws IOException {
    workbook.close(); // deletes the temporary files
  }

  /**
   * A sheet name for a category: its name made safe for Excel (no {@code []:*?/\}, at most 31 characters), or its id
   * when that is taken (names compare case-insensitively), then a numbered variant.
   */
  static String uniqueName(Category category, Set<String> used) {
    return uniqueName(category.name(), category.id(), used);
  }

  /** A sheet name for something named {@code name} with the id {@code id}, as {@link #uniqueName(Category, Set)}. */
  static String uniqueName(String name, String id, Set<String> used) {
    for (String candidate : List.of(name, id)) {
      String safe = WorkbookUtil.createSafeSheetName(candidate.strip(), '_');
      if (!safe.isBlank() && used.add(safe.toLowerCase(Locale.ROOT))) {
        return safe;
      }
    }
    String base = WorkbookUtil.createSafeSheetName(id, '_');
    for (int n = 2; ; n++) {
      String suffix = " (" + n + ")";
      String candidate = base.substring(0, Math.min(base.length(), MAX_NAME - suffix.length())) + suffix;
      if (used.add(candidate.toLowerCase(Locale.ROOT))) {
        return candidate;
      }
    }
  }

  /** Terminal-like width: East Asian wide characters count two. */
  static int displayWidth(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      width += (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
          || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
          || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD) ? 2 : 1;
    }
    return width;
  }

  /** One sheet being filled, row by row. */
  final class Sheet {
    private final SXSSFSheet sheet;
    private final int columns;
    private final int[] width;
    private int next = 1;

    private Sheet(SXSSFSheet sheet, List<String> names) {
      this.sheet = sheet;
      this.columns = names.size();
      this.width = new int[columns];
      SXSSFRow row = sheet.createRow(0);
      for (int c = 0; c < columns; c++) {
        SXSSFCell cell = row.createCell(c);
        cell.setCellValue(names.get(c));
        cell.setCellStyle(header);
        width[c] = displayWidth(names.get(c)) + 2; // room for the filter button
      }
    }

    Row row() {
      return new Row(this, sheet.createRow(next++));
    }

    /** Freezes the header row, adds a filter over the table and fits the column widths. */
    void finish() {
      sheet.createFreezePane(0, 1);
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, columns - 1));
      for (int c = 0; c < columns; c++) {
        sheet.setColumnWidth(c, (Math.min(MAX_WIDTH, width[c]) + 2) * 256);
      }
    }

    private void fit(int column, String shown) {
      width[column] = Math.max(width[column], displayWidth(shown));
    }
  }

  /** One row being filled, cell by cell from the left. */
  final class Row {
    private final Sheet sheet;
    private final SXSSFRow row;
    private int column;

    private Row(Sheet sheet, SXSSFRow row) {
      this.sheet = sheet;
      this.row = row;
    }

    /** A text cell; one a spreadsheet could take for a formula gets a leading quote ({@link Csv#text}). */
    Row text(String value) {
      if (!value.isEmpty()) {
        String safe = Csv.text(value);
        SXSSFCell cell = row.createCell(column);
        cell.setCellValue(safe);
        sheet.fit(column, safe);
      }
      column++;
      return this;
    }

    Row blank() {
      column++;
      return this;
    }

    Row bool(boolean value) {
      row.createCell(column).setCellValue(value);
      sheet.fit(column, value ? "TRUE" : "FALSE");
      column++;
      return this;
    }

    /** A published number, already rounded: shown with the policy's decimals. */
    Row published(BigDecimal value) {
      return number(value.doubleValue(), decimals, Numbers.text(value));
    }

    /** A raw value as given. */
    Row raw(double value) {
      return number(value, general, Numbers.detailText(value));
    }

    /** A rank: whole, or fractional under fractional ranking. */
    Row rank(double value) {
      return number(value, general, Numbers.detailText(value));
    }

    Row integer(long value) {
      return number(value, integer, Long.toString(value));
    }

    /** A signed rank change: {@code +3}, {@code -1}, {@code 0}. */
    Row change(double value) {
      return number(value, change, "+" + Numbers.detailText(value));
    }

    private Row number(double value, CellStyle style, String shown) {
      SXSSFCell cell = row.createCell(column);
      cell.setCellValue(value);
      cell.setCellStyle(style);
      sheet.fit(column, shown);
      column++;
      return this;
    }
  }
}
