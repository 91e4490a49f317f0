package io.appraisal.xlsx;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableList;
import io.appraisal.core.AdjustmentEvent;
import io.appraisal.core.Dataset;
import io.appraisal.core.Origin;
import io.appraisal.core.Period;
import io.appraisal.core.Problem;
import io.appraisal.core.Unit;
import io.appraisal.io.LoadedDataset;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads appraisal data from one Excel workbook (.xlsx) with three sheets, laid out like the CSV files of {@link
 * io.appraisal.io.DatasetFiles} (sheet names and headers compare case-insensitively; the header is the first row):
 *
 * <ul>
 *   <li>{@value #UNITS}: {@code id,name,category,attributes}; attributes separated by {@code ;}.
 *   <li>{@value #VALUES}: {@code unit,period,indicator,value}, one row per value. A value is a number cell (or a
 *       number typed as text); {@code NA} marks the indicator as not applicable to the unit; an empty cell is
 *       missing, and the policy's missing-value rule decides what happens.
 *   <li>{@value #ADJUSTMENTS}: {@code unit,period,item,count,note}.
 * </ul>
 *
 * <p>Reading does not stop at the first problem: a missing sheet, a wrong header, a text in a number column, a bad
 * period or count, a blank id, a cell showing a formula error are all collected, each named {@code
 * book.xlsx!sheet} with its Excel row number, and every value, unit and event carries that origin too, so that the
 * engine's own checks name the row. Blank rows are skipped.
 *
 * <pre>{@code
 * LoadedDataset data = XlsxDataReader.read(Path.of("data/2022.xlsx"));
 * AppraisalResult q4 = data.evaluate(policy, Period.parse("2022-Q4")); // throws listing every problem
 * }</pre>
 */
public final class XlsxDataReader {
  /** The sheet names looked for. */
  public static final String UNITS = "units";

  public static final String VALUES = "values";
  public static final String ADJUSTMENTS = "adjustments";

  public static final ImmutableList<String> UNITS_HEADER = ImmutableList.of("id", "name", "category", "attributes");
  public static final ImmutableList<String> VALUES_HEADER = ImmutableList.of("unit", "period", "indicator", "value");
  public static final ImmutableList<String> ADJUSTMENTS_HEADER =
      ImmutableList.of("unit", "period", "item", "count", "note");

  /** The value that marks an indicator as explicitly not applicable. */
  public static final String NOT_APPLICABLE = "NA";

  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern COUNT = Pattern.compile("\\+?\\d{1,9}");

  private final String file;
  private final Dataset.Builder builder = Dataset.builder();
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> unreadValues = new HashSet<>();
  /** The source names of the three sheets, with the sheet names as the workbook spells them. */
  private final Map<String, String> sources = new HashMap<>();
  private int values;
  private int notApplicable;
  private int events;

  private XlsxDataReader(String file) {
    this.file = file;
  }

  /** Reads a workbook file, named in problems as its path is written here. An unreadable file is a problem too. */
  public static LoadedDataset read(Path workbook) {
    requireNonNull(workbook, "workbook");
    String name = workbook.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(workbook);
    } catch (NoSuchFileException e) {
      return failed(name, "no such file");
    } catch (AccessDeniedException e) {
      return failed(name, "permission denied");
    } catch (IOException e) {
      return failed(name, "cannot be read: " + (Files.isDirectory(workbook) ? "it is a directory" : e.getMessage()));
    }
    return read(name, bytes);
  }

  /** Reads a workbook's bytes; {@code fileName} names it in problems and origins ({@code fileName!sheet}). */
  public static LoadedDataset read(String fileName, byte[] workbook) {
    requireNonNull(fileName, "fileName");
    requireNonNull(workbook, "workbook");
    Workbook book;
    try {
      book = WorkbookFactory.create(new ByteArrayInputStream(workbook));
    } catch (IOException | RuntimeException e) {
      // POI says "not a workbook", "encrypted" or "damaged" with several exception types.
      return failed(fileName, "not a readable Excel workbook (.xlsx): " + e.getMessage());
    }
    XlsxDataReader reader = new XlsxDataReader(fileName);
    try (book) {
      reader.readUnits(reader.sheet(book, UNITS, UNITS_HEADER));
      List<Line> valueRows = reader.sheet(book, VALUES, VALUES_HEADER);
      reader.builder.source(reader.sources.getOrDefault(VALUES, fileName + "!" + VALUES));
      reader.readValues(valueRows);
      reader.readAdjustments(reader.sheet(book, ADJUSTMENTS, ADJUSTMENTS_HEADER));
    } catch (IOException e) {
      throw new UncheckedIOException("closing the workbook " + fileName, e); // read from memory
    }
    return reader.loaded();
  }

  private static LoadedDataset failed(String fileName, String message) {
    XlsxDataReader reader = new XlsxDataReader(fileName);
    reader.builder.source(fileName);
    reader.problems.add(new Problem(fileName, 0, "", "", message));
    return reader.loaded();
  }

  private LoadedDataset loaded() {
    List<String> names = List.of(UNITS, VALUES, ADJUSTMENTS).stream()
        .map(sheet -> sources.getOrDefault(sheet, file + "!" + sheet))
        .toList();
    return LoadedDataset.of(builder.build(), problems, names, unreadValues, values, notApplicable, events);
  }

  private void readUnits(List<Line> lines) {
    for (Line line : lines) {
      if (!line.fits()) {
        continue;
      }
      String id = line.required("id");
      String name = line.required("name");
      String category = line.text("category");
      Set<String> attributes = new LinkedHashSet<>();
      for (String attribute : line.text("attributes").split(";", -1)) {
        if (!attribute.isBlank()) {
          attributes.add(attribute.trim());
        }
      }
      if (line.ok()) {
        builder.unit(new Unit(id, name, category, attributes), line.origin());
      }
    }
  }

  private void readValues(List<Line> lines) {
    for (Line line : lines) {
      if (!line.fits()) {
        continue;
      }
      String unit = line.required("unit");
      Period period = line.period();
      String indicator = line.required("indicator");
      Cell cell = line.cell("value");
      boolean isNotApplicable = cell != null && text(cell).trim().equals(NOT_APPLICABLE);
      if (isBlank(cell)) {
        continue; // missing: the policy's missing-value rule decides, and the result reports it
      }
      double value = isNotApplicable ? Double.NaN : line.number("value");
      if (!line.ok()) {
        if (!unit.isEmpty() && period != null && !indicator.isEmpty()) {
          unreadValues.add(LoadedDataset.valueKey(unit, period, indicator));
        }
        continue;
      }
      if (isNotApplicable) {
        builder.notApplicable(unit, period, indicator, line.origin());
        notApplicable++;
      } else {
        builder.value(unit, period, indicator, value, line.origin());
        values++;
      }
    }
  }

  private void readAdjustments(List<Line> lines) {
    Map<AdjustmentEvent, Long> seen = new HashMap<>();
    for (Line line : lines) {
      if (!line.fits()) {
        continue;
      }
      String unit = line.required("unit");
      Period period = line.period();
      String item = line.required("item");
      int count = line.count("count");
      String note = line.text("note");
      if (!line.ok()) {
        continue;
      }
      AdjustmentEvent event = new AdjustmentEvent(unit, period, item, count, note);
      Long first = seen.putIfAbsent(event, line.row());
      if (first != null) {
        problems.add(new Problem(line.source(), line.row(), "item", item,
            "the same adjustment as row " + first + " (unit " + unit + ", period " + period
                + "); for several occurrences write one row with their count"));
        continue;
      }
      builder.event(event, line.origin());
      events++;
    }
  }

  /** The data rows of a sheet after checking its header; nothing when the sheet is missing or its header wrong. */
  private List<Line> sheet(Workbook book, String name, List<String> header) {
    Sheet sheet = null;
    List<String> names = new ArrayList<>();
    for (int s = 0; s < book.getNumberOfSheets(); s++) {
      names.add(book.getSheetName(s));
      if (sheet == null && book.getSheetName(s).trim().equalsIgnoreCase(name)) {
        sheet = book.getSheetAt(s);
      }
    }
    if (sheet == null) {
      problems.add(new Problem(file, 0, "sheet", name, "missing sheet '" + name + "' (columns "
          + Joiner.on(',').join(header) + "); the workbook has: " + Joiner.on(", ").join(names)));
      return List.of();
    }
    String source = file + "!" + sheet.getSheetName();
    sources.put(name, source);
    problems.addAll(CellChecks.layout(sheet, source));
    Row first = null;
    for (int r = Math.max(0, sheet.getFirstRowNum()); r <= sheet.getLastRowNum() && first == null; r++) {
      Row row = sheet.getRow(r);
      if (row != null && !isBlank(row)) {
        first = row;
      }
    }
    if (first == null) {
      problems.add(new Problem(source, 1, "header", "",
          "the sheet is empty; expected the header " + Joiner.on(',').join(header)));
      return List.of();
    }
    List<String> found = new ArrayList<>();
    for (int c = 0; c < Math.max(0, first.getLastCellNum()); c++) {
      Cell cell = first.getCell(c);
      found.add(cell == null ? "" : text(cell).trim());
    }
    while (!found.isEmpty() && found.get(found.size() - 1).isEmpty()) {
      found.remove(found.size() - 1);
    }
    long headerRow = first.getRowNum() + 1L;
    if (!found.stream().map(f -> f.toLowerCase(Locale.ROOT)).toList().equals(header)) {
      problems.add(new Problem(source, headerRow, "header", Joiner.on(',').join(found),
          "expected the columns " + Joiner.on(',').join(header) + " but found " + found.size() + ": "
              + Joiner.on(',').join(found)));
      return List.of();
    }
    List<Line> lines = new ArrayList<>();
    for (int r = first.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null || isBlank(row)) {
        continue;
      }
      lines.add(new Line(source, r + 1L, header, row));
    }
    return lines;
  }

  private static boolean isBlank(Row row) {
    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
      if (!isBlank(row.getCell(c))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBlank(Cell cell) {
    return cell == null || cell.getCellType() == CellType.BLANK
        || (cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank());
  }

  /** The cell as text: strings as written, whole numbers without a decimal point, formulas by their cached value. */
  private static String text(Cell cell) {
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    return switch (type) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC -> numberText(cell.getNumericCellValue());
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
      default -> "";
    };
  }

  private static String numberText(double value) {
    BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
    return (decimal.scale() < 0 ? decimal.setScale(0) : decimal).toPlainString();
  }

  /** One data row; its getters record a problem for a bad cell and remember that the row is not usable. */
  private final class Line {
    private final String source;
    private final long row;
    private final List<String> header;
    private final Row cells;
    private boolean ok = true;

    Line(String source, long row, List<String> header, Row cells) {
      this.source = source;
      this.row = row;
      this.header = header;
      this.cells = cells;
    }

    String source() {
      return source;
    }

    long row() {
      return row;
    }

    Origin origin() {
      return new Origin(source, row);
    }

    boolean ok() {
      return ok;
    }

    /** Whether the row has no filled cell right of the header's columns; reports the row if it has. */
    boolean fits() {
      int used = 0;
      for (int c = 0; c < Math.max(0, cells.getLastCellNum()); c++) {
        if (!isBlank(cells.getCell(c))) {
          used = c + 1;
        }
      }
      if (used > header.size()) {
        problem("columns", Integer.toString(used),
            "expected " + header.size() + " columns (" + Joiner.on(',').join(header) + ") but found " + used);
        return false;
      }
      return true;
    }

    Cell cell(String column) {
      return cells.getCell(header.indexOf(column));
    }

    /** The cell as text, trimmed; a cell showing a formula error is a problem. */
    String text(String column) {
      Cell cell = cell(column);
      if (cell == null) {
        return "";
      }
      if (isError(cell)) {
        problem(column, XlsxDataReader.text(cell), "the cell shows an error; enter a value");
        return "";
      }
      return XlsxDataReader.text(cell).trim();
    }

    String required(String column) {
      String value = text(column);
      if (value.isEmpty() && !isError(cell(column))) {
        problem(column, value, "blank " + column + ": every row needs one");
      }
      return value;
    }

    Period period() {
      String text = text("period");
      try {
        return Period.parse(text);
      } catch (IllegalArgumentException e) {
        problem("period", text, "not a period: write a quarter as 2022-Q4 or a year as 2022");
        return null;
      }
    }

    double number(String column) {
      Cell cell = cell(column);
      String unreadable = CellChecks.unreadableNumber(cell);
      if (unreadable != null) {
        problem(column, XlsxDataReader.text(cell), unreadable);
        return Double.NaN;
      }
      CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
          : cell.getCellType();
      if (type == CellType.NUMERIC) {
        double value = cell.getNumericCellValue();
        if (!Double.isFinite(value)) {
          problem(column, XlsxDataReader.text(cell), "the number is too large");
          return Double.NaN;
        }
        return value;
      }
      String text = XlsxDataReader.text(cell).trim();
      if (type == CellType.ERROR) {
        problem(column, text, "the cell shows an error; enter a number, or " + NOT_APPLICABLE
            + " for not applicable, or leave it empty when missing");
        return Double.NaN;
      }
      if (type != CellType.STRING || !NUMBER.matcher(text).matches()) {
        problem(column, text, "not a number: enter a number, or " + NOT_APPLICABLE
            + " for not applicable, or leave the cell empty when missing");
        return Double.NaN;
      }
      double value = Double.parseDouble(text);
      if (!Double.isFinite(value)) {
        problem(column, text, "the number is too large");
        return Double.NaN;
      }
      return value;
    }

    int count(String column) {
      Cell cell = cell(column);
      if (isError(cell)) {
        text(column); // reports the error
        return 0;
      }
      String unreadable = CellChecks.unreadableNumber(cell);
      if (unreadable != null) {
        problem(column, XlsxDataReader.text(cell), unreadable);
        return 0;
      }
      String text = text(column);
      boolean number = cell != null && (cell.getCellType() == CellType.NUMERIC
          || (cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC));
      double value = number ? cell.getNumericCellValue() : Double.NaN;
      boolean whole = number ? value == Math.rint(value) && value >= 1 && value <= Integer.MAX_VALUE
          : COUNT.matcher(text).matches() && Integer.parseInt(text) >= 1;
      if (!whole) {
        problem(column, text, "not a count: write a whole number of occurrences, at least 1");
        return 0;
      }
      return number ? (int) value : Integer.parseInt(text);
    }

    private boolean isError(Cell cell) {
      return cell != null && (cell.getCellType() == CellType.ERROR
          || (cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.ERROR));
    }

    private void problem(String column, String value, String message) {
      problems.add(new Problem(source, row, column, value, message));
      ok = false;
    }
  }
}
