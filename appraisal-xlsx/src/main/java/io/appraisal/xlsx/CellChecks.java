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

  /** Why a number cell cannot be read as the number it shows, or null when it can. */
  static String unreadableNumber(Cell cell) {
    if (cell == null) {
      return null;
    }
    if (cell.getCellType() == CellType.FORMULA && cell instanceof XSSFCell xssf && !xssf.getCTCell().isSetV()) {
      return "the formula " + cell.getCellFormula() + " has no saved result (the program that wrote the workbook"
          + " did not calculate it): open the workbook in Excel or WPS and save it, or enter the number";
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      return "a date where a number belongs (Excel stores it as the day count " + cell.getNumericCellValue()
          + "): format the cell as a number and enter the value";
    }
    return null;
  }

  /** The problems of a data sheet's layout: hidden, or with merged cells. */
  static List<Problem> layout(Sheet sheet, String source) {
    List<Problem> problems = new ArrayList<>();
    int index = sheet.getWorkbook().getSheetIndex(sheet);
    if (sheet.getWorkbook().isSheetHidden(index) || sheet.getWorkbook().isSheetVeryHidden(index)) {
      problems.add(new Problem(source, 0, "sheet", sheet.getSheetName(),
          "the sheet is hidden: unhide it, so that the data read is data people can see and check"));
    }
    for (CellRangeAddress merged : sheet.getMergedRegions()) {
      problems.add(new Problem(source, merged.getFirstRow() + 1L, "cells", merged.formatAsString(),
          "merged cells: only the first cell of a merged range holds a value; unmerge them and fill every cell"));
    }
    return problems;
  }
}
