package io.appraisal.xlsx;

import io.appraisal.core.Period;
import io.appraisal.core.Problem;
import io.appraisal.io.DataRows;
import io.appraisal.io.DataRows.Table;
import io.appraisal.io.LoadedDataset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads filled data templates ({@link XlsxTemplate}), one or several, into one dataset through the shared row
 * mapping ({@link DataRows}): each unit row and each filled value cell becomes a row located by its cell ({@code
 * 报送表.xlsx!政府部门!F12}), so that a text in a number column, a value out of range or an unknown unit is named by
 * sheet and cell. A unit found twice (in two workbooks, or two sheets) is a problem naming both cells.
 */
final class TemplateReader {
  /** A workbook read, with the name it has in problems. */
  record Book(String file, Workbook workbook) {}

  private final List<Problem> problems = new ArrayList<>();
  private final List<DataRows.Row> units = new ArrayList<>();
  private final List<DataRows.Row> values = new ArrayList<>();
  private final List<DataRows.Row> adjustments = new ArrayList<>();
  private final Map<String, String> unitCells = new HashMap<>();

  private TemplateReader() {}

  /** Whether the workbook is a template: cell A1 of its first sheet holds {@link XlsxTemplate#MARKER}. */
  static boolean isTemplate(Workbook book) {
    if (book.getNumberOfSheets() == 0) {
      return false;
    }
    Row first = book.getSheetAt(0).getRow(0);
    return first != null && first.getCell(0) != null
        && XlsxTemplate.MARKER.equals(XlsxDataReader.text(first.getCell(0)).strip());
  }

  /**
   * Reads the templates; {@code name} names the whole (the files, joined) in the dataset's sources, and {@code
   * problems} are those found before (a file that could not be opened).
   */
  static LoadedDataset read(String name, List<Book> books, List<Problem> problems) {
    TemplateReader reader = new TemplateReader();
    reader.problems.addAll(problems);
    books.forEach(reader::book);
    return DataRows.read(name,
        new Table(name + "!units", reader.problems, 1, DataRows.UNITS_HEADER, reader.units),
        new Table(name + "!values", List.of(), 1,
            List.of("unit", "period", "indicator", "value", DataRows.SELF), reader.values),
        new Table(name + "!adjustments", List.of(), 1, DataRows.ADJUSTMENTS_HEADER, reader.adjustments), null);
  }

  private void book(Book book) {
    Workbook workbook = book.workbook();
    Sheet instructions = workbook.getSheetAt(0);
    String period = period(book.file(), instructions);
    for (int s = 1; s < workbook.getNumberOfSheets(); s++) {
      Sheet sheet = workbook.getSheetAt(s);
      String source = book.file() + "!" + sheet.getSheetName();
      List<String> ids = texts(sheet.getRow(0));
      if (ids.size() >= XlsxTemplate.UNIT_COLUMNS.size()
          && ids.subList(0, XlsxTemplate.UNIT_COLUMNS.size()).equals(XlsxTemplate.UNIT_COLUMNS)) {
        problems.addAll(CellChecks.layout(sheet, source));
        units(source, sheet, ids, period);
      } else if (ids.equals(XlsxTemplate.ADJUSTMENT_COLUMNS)) {
        problems.addAll(CellChecks.layout(sheet, source));
        adjustments(source, sheet, period);
      }
    }
  }

  /** The period in the instructions sheet, or null (and a problem) when it is missing or not a period. */
  private String period(String file, Sheet sheet) {
    for (Row row : sheet) {
      if (row.getCell(0) != null && XlsxTemplate.PERIOD.equals(XlsxDataReader.text(row.getCell(0)).strip())) {
        Cell cell = row.getCell(1);
        String text = cell == null ? "" : XlsxDataReader.text(cell).strip();
        try {
          return Period.parse(text).toString();
        } catch (IllegalArgumentException e) {
          problems.add(Problem.keyed(at(file + "!" + sheet.getSheetName(), row.getRowNum(), 1),
              XlsxTemplate.PERIOD, text, "problem.xlsx.template-period"));
          return null;
        }
      }
    }
    problems.add(Problem.keyed(file + "!" + sheet.getSheetName(), XlsxTemplate.PERIOD, "",
        "problem.xlsx.template-no-period", XlsxTemplate.PERIOD));
    return null;
  }

  private void units(String source, Sheet sheet, List<String> ids, String period) {
    int unitColumns = XlsxTemplate.UNIT_COLUMNS.size();
    Map<String, Integer> self = new HashMap<>();
    for (int c = unitColumns; c < ids.size(); c++) {
      if (ids.get(c).startsWith(XlsxTemplate.SELF_PREFIX)) {
        self.put(ids.get(c).substring(XlsxTemplate.SELF_PREFIX.length()), c);
      }
    }
    for (int r = XlsxTemplate.FIRST_DATA_ROW - 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      List<String> cells = texts(row);
      if (cells.stream().allMatch(String::isBlank)) {
        continue;
      }
      String unit = cells.size() > 0 ? cells.get(0).strip() : "";
      String here = at(source, r, 0);
      if (unit.isEmpty()) {
        problems.add(Problem.keyed(here, "unit", "", "problem.xlsx.row-without-unit"));
        continue;
      }
      String first = unitCells.putIfAbsent(unit, here);
      if (first != null) {
        problems.add(Problem.keyed(here, "unit", unit, "problem.xlsx.unit-twice", first));
        continue;
      }
      units.add(new DataRows.Row(here, 0, List.of(cell(row, 0), cell(row, 1), cell(row, 2), cell(row, 3))));
      if (period == null) {
        continue;
      }
      for (int c = unitColumns; c < ids.size(); c++) {
        String indicator = ids.get(c);
        if (indicator.isBlank() || indicator.startsWith(XlsxTemplate.SELF_PREFIX)) {
          continue;
        }
        Integer selfColumn = self.get(indicator);
        DataRows.Cell value = cell(row, c);
        DataRows.Cell selfValue = selfColumn == null ? DataRows.Cell.of("") : cell(row, selfColumn);
        if (value.text().isBlank() && !value.error() && selfValue.text().isBlank() && !selfValue.error()) {
          continue;
        }
        int located = value.text().isBlank() && !value.error() ? selfColumn : c;
        String cellSource = at(source, r, located);
        if (checkNumber(cellSource, indicator, row.getCell(c)) | (selfColumn != null
            && checkNumber(at(source, r, selfColumn), ids.get(selfColumn), row.getCell(selfColumn)))) {
          continue;
        }
        values.add(new DataRows.Row(cellSource, 0, List.of(DataRows.Cell.of(unit), DataRows.Cell.of(period),
            DataRows.Cell.of(indicator), value, selfValue)));
      }
    }
  }

  /** Whether the cell cannot be read as the number it shows (a problem is then recorded). */
  private boolean checkNumber(String source, String column, Cell cell) {
    Problem unreadable = CellChecks.unreadableNumber(cell, source, 0, column);
    if (unreadable != null) {
      problems.add(unreadable);
    }
    return unreadable != null;
  }

  private void adjustments(String source, Sheet sheet, String period) {
    for (int r = 2; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (period == null || texts(row).stream().allMatch(String::isBlank)) {
        continue;
      }
      adjustments.add(new DataRows.Row(source, r + 1L, List.of(cell(row, 0), DataRows.Cell.of(period),
          cell(row, 1), cell(row, 2), cell(row, 3))));
    }
  }

  /** {@code file!sheet!F12}. */
  private static String at(String source, int row, int column) {
    return source + "!" + new CellReference(row, column, false, false).formatAsString();
  }

  private static DataRows.Cell cell(Row row, int column) {
    Cell cell = row == null ? null : row.getCell(column);
    return cell == null ? DataRows.Cell.of("") : new DataRows.Cell(XlsxDataReader.text(cell),
        XlsxDataReader.isError(cell));
  }

  /** The row's cells as trimmed text, up to its last cell; empty for a missing row. */
  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    if (row != null) {
      for (int c = 0; c < row.getLastCellNum(); c++) {
        Cell cell = row.getCell(c);
        texts.add(cell == null ? "" : XlsxDataReader.text(cell).strip());
      }
    }
    while (!texts.isEmpty() && texts.get(texts.size() - 1).isEmpty()) {
      texts.remove(texts.size() - 1);
    }
    return texts;
  }
}
