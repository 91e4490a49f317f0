package io.appraisal.xlsx;

import io.appraisal.core.Problem;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * What a workbook can show a person differently from what a program reads, reported instead of read silently: a
 * formula without a saved result (POI would read 0), a date in a number column (read as its serial number), merged
 * cells (only the first row of the range holds the value) and hidden sheets (data nobody sees is checked by nobody).
 */
final class CellChecks {
  private CellChecks() {}

  /**
   * The problem of a number cell that cannot be read as the number it shows, located at {@code source}, {@code line}
   * and {@code field}; null when it can.
   */
  static Problem unreadableNumber(Cell cell, String source, long line, String field) {
    if (cell == null) {
      return null;
    }
    String value = XlsxDataReader.text(cell);
    if (cell.getCellType() == CellType.FORMULA && cell instanceof XSSFCell xssf && !xssf.getCTCell().isSetV()) {
      return Problem.keyed(source, line, field, value, "problem.xlsx.formula-without-result", cell.getCellFormula());
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      return Problem.keyed(source, line, field, value, "problem.xlsx.date-for-number",
          Double.toString(cell.getNumericCellValue()));
    }
    return null;
  }

  /** The problems of a data sheet's layout: hidden, or with merged cells. */
  static List<Problem> layout(Sheet sheet, String source) {
    List<Problem> problems = new ArrayList<>();
    int index = sheet.getWorkbook().getSheetIndex(sheet);
    if (sheet.getWorkbook().isSheetHidden(index) || sheet.getWorkbook().isSheetVeryHidden(index)) {
      problems.add(Problem.keyed(source, "sheet", sheet.getSheetName(), "problem.xlsx.hidden-sheet"));
    }
    for (CellRangeAddress merged : sheet.getMergedRegions()) {
      problems.add(Problem.keyed(source, merged.getFirstRow() + 1L, "cells", merged.formatAsString(),
          "problem.xlsx.merged-cells"));
    }
    return problems;
  }
}
