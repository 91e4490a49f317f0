package io.appraisal.xlsx;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Joiner;
import io.appraisal.core.Problem;
import io.appraisal.io.DataRows;
import io.appraisal.io.DataRows.Table;
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
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads appraisal data from one Excel workbook (.xlsx) with three sheets and an optional fourth, laid out like the
 * CSV files of {@link io.appraisal.io.DatasetFiles} and read by the same row mapping ({@link DataRows}): the same
 * columns, checks and problems (sheet names and headers compare case-insensitively; the header is the first
 * non-blank row):
 *
 * <ul>
 *   <li>{@value #UNITS}: {@code id,name,category,attributes}; attributes separated by {@code ;}.
 *   <li>{@value #VALUES}: {@code unit,period,indicator,value[,self]}, one row per value. A value is a number cell
 *       (or a number typed as text); {@code NA} marks the indicator as not applicable to the unit; an empty cell is
 *       missing, and the policy's missing-value rule decides what happens. The optional column {@code self} holds
 *       the self-assessed value (自评).
 *   <li>{@value #ADJUSTMENTS}: {@code unit,period,item,count,note}.
 *   <li>{@value #CORRECTIONS} (optional): the review log (复核), {@code
 *       unit,period,target,indicator,before,after,reason,author,time}, see {@link
 *       io.appraisal.io.DatasetFiles#readCorrections}; write the time as text.
 * </ul>
 *
 * <p>Reading does not stop at the first problem: a missing sheet, a wrong header, a text in a number column, a bad
 * period or count, a blank id, a cell showing a formula error are all collected, each named {@code
 * book.xlsx!sheet} with its Excel row number, and every value, unit, event and correction carries that origin too,
 * so that the engine's own checks name the row. Blank rows are skipped.
 *
 * <p>A filled data template ({@link XlsxTemplate}: cell A1 of the first sheet holds {@value XlsxTemplate#MARKER}) is
 * read by its own layout instead: a row per unit, a column per indicator, the period from the instructions sheet;
 * each value is located by its cell ({@code 报送表.xlsx!政府部门!F12}). Several filled templates are read together by
 * {@link #read(List)}.
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
  /** The correction log, read when the workbook has the sheet. */
  public static final String CORRECTIONS = "corrections";

  private XlsxDataReader() {}

  /** Reads a workbook file, named in problems as its path is written here. An unreadable file is a problem too. */
  public static LoadedDataset read(Path workbook) {
    requireNonNull(workbook, "workbook");
    String name = workbook.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(workbook);
    } catch (NoSuchFileException e) {
      return failed(Problem.keyed(name, "", "", "problem.xlsx.no-such-file"));
    } catch (AccessDeniedException e) {
      return failed(Problem.keyed(name, "", "", "problem.xlsx.permission-denied"));
    } catch (IOException e) {
      return failed(Files.isDirectory(workbook) ? Problem.keyed(name, "", "", "problem.xlsx.is-directory")
          : Problem.keyed(name, "", "", "problem.xlsx.unreadable", e.getMessage()));
    }
    return read(name, bytes);
  }

  /**
   * Reads several filled data templates ({@link XlsxTemplate}) as one dataset, such as the workbooks the units
   * filled separately; a directory stands for the {@code .xlsx} files in it (by name, leaving out Excel's
   * {@code ~$} lock files). Every workbook must be a template; a unit found in two of them is a problem naming both
   * cells. One workbook alone is read as {@link #read(Path)} reads it.
   */
  public static LoadedDataset read(List<Path> workbooks) {
    requireNonNull(workbooks, "workbooks");
    List<Path> files = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Path path : workbooks) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> listed = Files.list(path)) {
          List<Path> found = listed.filter(XlsxDataReader::isWorkbookName).sorted().toList();
          if (found.isEmpty()) {
            problems.add(Problem.keyed(path.toString(), "", "", "problem.xlsx.no-workbook-in-directory"));
          }
          files.addAll(found);
        } catch (IOException e) {
          problems.add(Problem.keyed(path.toString(), "", "", "problem.xlsx.unreadable", e.getMessage()));
        }
      } else {
        files.add(path);
      }
    }
    if (files.size() == 1 && problems.isEmpty()) {
      return read(files.get(0));
    }
    List<TemplateReader.Book> books = new ArrayList<>();
    try {
      for (Path file : files) {
        Workbook book = open(file, problems);
        if (book != null && TemplateReader.isTemplate(book)) {
          books.add(new TemplateReader.Book(file.toString(), book));
        } else if (book != null) {
          book.close();
          problems.add(Problem.keyed(file.toString(), "", "", "problem.xlsx.not-a-template"));
        }
      }
      return TemplateReader.read(Joiner.on(", ").join(files), books, problems);
    } catch (IOException e) {
      throw new UncheckedIOException("closing a workbook", e); // read from memory
    } finally {
      for (TemplateReader.Book book : books) {
        try {
          book.workbook().close();
        } catch (IOException e) {
          // read from memory: nothing to release
        }
      }
    }
  }

  private static boolean isWorkbookName(Path file) {
    String name = file.getFileName().toString();
    return name.toLowerCase(Locale.ROOT).endsWith(".xlsx") && !name.startsWith("~$") && Files.isRegularFile(file);
  }

  /** The workbook, or null (and a problem) when the file cannot be read or is not a workbook. */
  private static Workbook open(Path file, List<Problem> problems) {
    try {
      return WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(file)));
    } catch (NoSuchFileException e) {
      problems.add(Problem.keyed(file.toString(), "", "", "problem.xlsx.no-such-file"));
    } catch (IOException | RuntimeException e) {
      problems.add(Problem.keyed(file.toString(), "", "", "problem.xlsx.not-a-workbook", e.getMessage()));
    }
    return null;
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
      return failed(Problem.keyed(fileName, "", "", "problem.xlsx.not-a-workbook", e.getMessage()));
    }
    try (book) {
      if (TemplateReader.isTemplate(book)) {
        return TemplateReader.read(fileName, List.of(new TemplateReader.Book(fileName, book)), List.of());
      }
      Sheet corrections = sheet(book, CORRECTIONS);
      return DataRows.read(fileName, table(book, fileName, UNITS, DataRows.UNITS_HEADER),
          table(book, fileName, VALUES, DataRows.VALUES_HEADER),
          table(book, fileName, ADJUSTMENTS, DataRows.ADJUSTMENTS_HEADER),
          corrections == null ? null : table(fileName, corrections, DataRows.CORRECTIONS_HEADER));
    } catch (IOException e) {
      throw new UncheckedIOException("closing the workbook " + fileName, e); // read from memory
    }
  }

  private static LoadedDataset failed(Problem problem) {
    String fileName = problem.source();
    return DataRows.read(fileName, Table.unreadable(fileName + "!" + UNITS, problem),
        new Table(fileName + "!" + VALUES, List.of(), 0, List.of(), List.of()),
        new Table(fileName + "!" + ADJUSTMENTS, List.of(), 0, List.of(), List.of()), null);
  }

  /** The sheet named {@code name}, compared trimmed and case-insensitively; null when there is none. */
  private static Sheet sheet(Workbook book, String name) {
    for (int s = 0; s < book.getNumberOfSheets(); s++) {
      if (book.getSheetName(s).trim().equalsIgnoreCase(name)) {
        return book.getSheetAt(s);
      }
    }
    return null;
  }

  /** A required sheet as a table; a missing sheet is a problem of the workbook. */
  private static Table table(Workbook book, String file, String name, List<String> header) {
    Sheet sheet = sheet(book, name);
    if (sheet != null) {
      return table(file, sheet, header);
    }
    List<String> names = new ArrayList<>();
    for (int s = 0; s < book.getNumberOfSheets(); s++) {
      names.add(book.getSheetName(s));
    }
    return Table.unreadable(file + "!" + name, Problem.keyed(file, "sheet", name, "problem.xlsx.missing-sheet", name,
        Joiner.on(',').join(header), Joiner.on(", ").join(names)));
  }

  /** A sheet as a table: its first non-blank row is the header; blank rows are left out. */
  private static Table table(String file, Sheet sheet, List<String> header) {
    String source = file + "!" + sheet.getSheetName();
    List<Row> rows = new ArrayList<>();
    for (int r = Math.max(0, sheet.getFirstRowNum()); r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row != null && !isBlank(row)) {
        rows.add(row);
      }
    }
    if (rows.isEmpty()) {
      return new Table(source, List.of(Problem.keyed(source, 1, "header", "", "problem.xlsx.empty-sheet",
          Joiner.on(',').join(header))), 0, List.of(), List.of());
    }
    List<String> found = cells(rows.get(0), 0).stream().map(DataRows.Cell::text).toList();
    int width = found.size();
    List<DataRows.Row> data = rows.subList(1, rows.size()).stream()
        .map(row -> new DataRows.Row(row.getRowNum() + 1L, cells(row, width)))
        .toList();
    List<Problem> problems = new ArrayList<>(CellChecks.layout(sheet, source));
    for (Row row : rows.subList(1, rows.size())) {
      for (int c = 0; c < row.getLastCellNum(); c++) {
        Problem unreadable = CellChecks.unreadableNumber(row.getCell(c), source, row.getRowNum() + 1L,
            c < width ? found.get(c) : "");
        if (unreadable != null) {
          problems.add(unreadable);
        }
      }
    }
    return new Table(source, problems, rows.get(0).getRowNum() + 1L, found, data);
  }

  /** The cells of a row, at least {@code width} of them (Excel leaves out empty cells at the end of a row). */
  private static List<DataRows.Cell> cells(Row row, int width) {
    List<DataRows.Cell> cells = new ArrayList<>();
    for (int c = 0; c < Math.max(width, row.getLastCellNum()); c++) {
      Cell cell = row.getCell(c);
      cells.add(cell == null ? DataRows.Cell.of("") : new DataRows.Cell(text(cell), isError(cell)));
    }
    return cells;
  }

  private static boolean isBlank(Row row) {
    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
      Cell cell = row.getCell(c);
      if (cell != null && !text(cell).isBlank()) {
        return false;
      }
    }
    return true;
  }

  static boolean isError(Cell cell) {
    return type(cell) == CellType.ERROR;
  }

  private static CellType type(Cell cell) {
    return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
  }

  /** The cell as text: strings as written, numbers as plain decimals, formulas by their cached value. */
  static String text(Cell cell) {
    return switch (type(cell)) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC -> numberText(cell.getNumericCellValue());
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
      default -> "";
    };
  }

  /** The shortest plain decimal that reads back as the same double ({@code 85.5}, {@code 3}). */
  private static String numberText(double value) {
    BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
    return (decimal.scale() < 0 ? decimal.setScale(0) : decimal).toPlainString();
  }
}
