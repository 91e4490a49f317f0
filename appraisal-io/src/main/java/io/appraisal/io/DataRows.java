package io.appraisal.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.appraisal.core.Problem;
import java.util.List;

/**
 * The data tables of a dataset in any layout of rows and columns (a CSV file, a sheet of a workbook, a table of a
 * database) as located text cells under a header, and the one mapping from such rows to units, values (with
 * optional self-assessments), adjustments and corrections that every data reader of the library shares: the same
 * columns, the same checks and the same located problems ({@code source}, row line, field, value) whatever the
 * format.
 *
 * <p>A table's header names its columns, compared trimmed and case-insensitively: the required columns in their
 * order, then any of the optional ones ({@code self} of the values) by name. A row may leave out trailing optional
 * fields; a filled field right of the header's columns is a problem naming it (a decimal comma, {@code 2,5}, splits
 * a number in two).
 *
 * <pre>{@code
 * LoadedDataset data = DataRows.read("data.db", units, values, adjustments, null);
 * }</pre>
 */
public final class DataRows {
  public static final ImmutableList<String> UNITS_HEADER = ImmutableList.of("id", "name", "category", "attributes");
  public static final ImmutableList<String> VALUES_HEADER = ImmutableList.of("unit", "period", "indicator", "value");
  /** The optional column of the values: the self-assessed value (自评). */
  public static final String SELF = "self";
  public static final ImmutableList<String> ADJUSTMENTS_HEADER =
      ImmutableList.of("unit", "period", "item", "count", "note");
  public static final ImmutableList<String> CORRECTIONS_HEADER =
      ImmutableList.of("unit", "period", "target", "indicator", "before", "after", "reason", "author", "time");
  /** The value that marks an indicator as explicitly not applicable. */
  public static final String NOT_APPLICABLE = "NA";

  private DataRows() {}

  /**
   * One cell as text: numbers written as plain decimals ({@code 85.5}, {@code 3}); {@code error} when the cell
   * shows an error instead of a value (a spreadsheet formula that failed, {@code #DIV/0!}), which is a problem
   * wherever the cell is read.
   */
  public record Cell(String text, boolean error) {
    public Cell {
      requireNonNull(text, "text");
    }

    public static Cell of(String text) {
      return new Cell(text, false);
    }
  }

  /**
   * One data row: the line (or spreadsheet row number) it is on, and its cells from the first column on.
   *
   * @param source where the row is when that is not its table's {@code source} line (a value read from one cell of
   *     a data-collection workbook, {@code 报送表.xlsx!政府部门!F12}, with line 0); null for the table's
   */
  public record Row(String source, long line, List<Cell> cells) {
    public Row {
      cells = ImmutableList.copyOf(cells);
    }

    /** A row of its table's source. */
    public Row(long line, List<Cell> cells) {
      this(null, line, cells);
    }
  }

  /**
   * One table.
   *
   * @param source its name in problems and origins ({@code units.csv}, {@code book.xlsx!units})
   * @param problems what made it unreadable (an undecodable file, an empty sheet); its rows are read nonetheless
   * @param headerLine where the header is
   * @param header the column names as written; empty when the table has none (then {@code problems} says why)
   * @param rows the data rows, blank ones left out
   */
  public record Table(String source, List<Problem> problems, long headerLine, List<String> header, List<Row> rows) {
    public Table {
      requireNonNull(source, "source");
      problems = ImmutableList.copyOf(problems);
      header = ImmutableList.copyOf(header);
      rows = ImmutableList.copyOf(rows);
    }

    /** A table that could not be read at all. */
    public static Table unreadable(String source, Problem problem) {
      return new Table(source, List.of(problem), 0, List.of(), List.of());
    }
  }

  /**
   * Maps the tables of one dataset; {@code corrections} may be null (no log). The dataset's source is the values
   * table's; problems are ordered by {@code file} (problems of the whole file, such as a missing sheet), then
   * units, values and adjustments, each by line.
   */
  public static LoadedDataset read(String file, Table units, Table values, Table adjustments, Table corrections) {
    requireNonNull(file, "file");
    requireNonNull(units, "units");
    requireNonNull(values, "values");
    requireNonNull(adjustments, "adjustments");
    return DatasetReader.read(file, units, values, adjustments, corrections);
  }
}
