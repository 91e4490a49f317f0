package io.appraisal.xlsx;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.appraisal.core.AdjustmentItem;
import io.appraisal.core.AnnualRollup;
import io.appraisal.core.Applicability;
import io.appraisal.core.Category;
import io.appraisal.core.Direction;
import io.appraisal.core.Indicator;
import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import io.appraisal.core.Unit;
import io.appraisal.core.ValueRange;
import io.appraisal.io.csv.Csv;
import io.appraisal.io.results.AtomicFiles;
import io.appraisal.core.Messages;
import io.appraisal.io.results.Numbers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apiguardian.api.API;

/**
 * The data-collection workbook (数据报送表) a policy asks units to fill for one period, read back by {@link
 * XlsxDataReader} with every problem located by sheet and cell ({@code 报送表.xlsx!政府部门!F12}).
 *
 * <ul>
 *   <li>The first sheet (说明, instructions) says how to fill the workbook and names the policy and the period: its
 *       cell A1 holds {@value #MARKER}, which marks the workbook as a template, and column A the keys {@value
 *       #POLICY} and {@value #PERIOD} beside their values in column B. It also lists the adjustment items.
 *   <li>One sheet per category (or per unit): one row per unit, one column per leaf indicator that applies to a unit
 *       of the sheet. Row 1 holds the machine ids ({@code unit, name, category, attributes}, then the indicator ids
 *       and, with self-assessment, {@value #SELF_PREFIX}{@code id}); rows 2 to 4 the indicator's name, its range and
 *       direction, and its scoring criteria (the name's comment adds the evidence required). Data start on row
 *       {@value #FIRST_DATA_ROW}. Each value column validates the allowed range (or {@code NA}, not applicable);
 *       cells of an indicator that does not apply to the unit are grey.
 *   <li>The adjustments sheet (加减分): {@code unit, item, count, note}, one row per adjustment of the period.
 * </ul>
 *
 * <p>Headers, unit columns and the cells of indicators that do not apply are locked (sheet protection without a
 * password: the data cells are not locked). A quarter's template has the policy's leaves, except the panel
 * indicators (their values come from rater scores); a year's template of a policy with an annual roll-up has the
 * year-end components.
 *
 * <pre>{@code
 * XlsxTemplate.of(policy, units, Period.parse("2022-Q4")).write(Path.of("报送表-2022-Q4.xlsx"));
 * }</pre>
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class XlsxTemplate {
  /** The text of cell A1 of the instructions sheet that marks a workbook as a data template. */
  public static final String MARKER = "appraisal-template";

  /** The key, in column A of the instructions sheet, of the policy id. */
  public static final String POLICY = "policy";

  /** The key, in column A of the instructions sheet, of the period the template collects. */
  public static final String PERIOD = "period";

  /** The machine id of a self-assessment column: this prefix, then the indicator id. */
  public static final String SELF_PREFIX = "self:";

  /** The Excel row number (1-based) of the first unit. */
  public static final int FIRST_DATA_ROW = 5;

  /** The machine ids of the unit columns, the first four of a data sheet. */
  static final List<String> UNIT_COLUMNS = List.of("unit", "name", "category", "attributes");

  /** The machine ids of the adjustments sheet. */
  static final List<String> ADJUSTMENT_COLUMNS = List.of("unit", "item", "count", "note");

  /** Empty rows of the adjustments sheet left unlocked for entries. */
  private static final int ADJUSTMENT_ROWS = 500;

  /** How units are spread over sheets. */
  public enum Layout {
    /** One sheet per category, in the policy's order (the default). */
    BY_CATEGORY,
    /** One sheet per unit, named after it: for sending each unit its own workbook. */
    BY_UNIT
  }

  private final Policy policy;
  private final List<Unit> units;
  private final Period period;
  private final Layout layout;
  private final boolean selfAssessment;
  private final Locale locale;

  private XlsxTemplate(Policy policy, List<Unit> units, Period period, Layout layout, boolean selfAssessment,
      Locale locale) {
    this.policy = policy;
    this.units = units;
    this.period = period;
    this.layout = layout;
    this.selfAssessment = selfAssessment;
    this.locale = locale;
  }

  /**
   * The template of {@code policy} for {@code units} in {@code period}: by category, without self-assessment
   * columns, in Chinese.
   *
   * @throws IllegalArgumentException when {@code units} is empty
   */
  public static XlsxTemplate of(Policy policy, List<Unit> units, Period period) {
    requireNonNull(policy, "policy");
    requireNonNull(units, "units");
    requireNonNull(period, "period");
    checkArgument(!units.isEmpty(), "units cannot be empty");
    return new XlsxTemplate(policy, List.copyOf(units), period, Layout.BY_CATEGORY, false, Locale.CHINESE);
  }

  /** The same template with another layout. */
  public XlsxTemplate layout(Layout layout) {
    return new XlsxTemplate(policy, units, period, requireNonNull(layout, "layout"), selfAssessment, locale);
  }

  /** The same template with (or without) a self-assessment column (自评) after each value column. */
  public XlsxTemplate selfAssessment(boolean selfAssessment) {
    return new XlsxTemplate(policy, units, period, layout, selfAssessment, locale);
  }

  /** The same template with its texts in {@code locale}'s language (zh or en, see {@link Messages#of}). */
  public XlsxTemplate locale(Locale locale) {
    Messages.of(locale); // refuses an unsupported language now
    return new XlsxTemplate(policy, units, period, layout, selfAssessment, locale);
  }

  /** The number of indicators (or year-end components) the template collects. */
  public int columnCount() {
    return columns().size();
  }

  /** The columns of the template, in order: the leaves (or year-end components) a unit may report. */
  List<Column> columns() {
    List<Column> columns = new ArrayList<>();
    if (!period.isQuarter() && policy.annual().isPresent()) {
      for (AnnualRollup.YearEndComponent component : policy.annual().get().components()) {
        columns.add(new Column(component.id(), component.name(), component.range(), Direction.HIGHER_IS_BETTER,
            "", "", List.of()));
      }
      return columns;
    }
    leaves(policy.root(), new ArrayList<>(), columns);
    return columns;
  }

  private void leaves(Indicator node, List<Applicability> inherited, List<Column> out) {
    List<Applicability> applies = new ArrayList<>(inherited);
    applies.add(node.applicability());
    if (node.isLeaf()) {
      if (!policy.panels().containsKey(node.id())) {
        out.add(new Column(node.id(), node.name(), node.range().orElse(ValueRange.ANY), node.direction(),
            node.criteria().orElse(""), node.evidence().orElse(""), List.copyOf(applies)));
      }
      return;
    }
    node.children().forEach(child -> leaves(child, applies, out));
  }

  /** One value column: an indicator and where it applies (every applicability on its path from the root). */
  record Column(String id, String name, ValueRange range, Direction direction, String criteria, String evidence,
      List<Applicability> applies) {
    boolean appliesTo(Unit unit) {
      return applies.stream().allMatch(a -> a.appliesTo(unit));
    }
  }

  /** The workbook's bytes; the same template gives the same bytes. */
  public byte[] bytes() {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      new Writer(book, Messages.of(locale)).write();
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      Sheets.write(book, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // writing to memory
    }
  }

  /** Writes the workbook atomically (a temporary file in the same directory, then renamed over {@code file}). */
  public void write(Path file) throws IOException {
    requireNonNull(file, "file");
    AtomicFiles.write(file, bytes());
  }

  /** The range as people read it: {@code 0 至 100}, {@code 不小于 0}. */
  static String rangeText(ValueRange range, Messages messages) {
    boolean low = Double.isFinite(range.min());
    boolean high = Double.isFinite(range.max());
    if (low && high) {
      return messages.text("template.range-between", Numbers.detailText(range.min()),
          Numbers.detailText(range.max()));
    }
    if (low) {
      return messages.text("template.range-at-least", Numbers.detailText(range.min()));
    }
    return high ? messages.text("template.range-at-most", Numbers.detailText(range.max()))
        : messages.text("template.range-any");
  }

  /** Fills one workbook. */
  private final class Writer {
    private final XSSFWorkbook book;
    private final Messages messages;
    private final CellStyle ids;
    private final CellStyle header;
    private final CellStyle wrapped;
    private final CellStyle locked;
    private final CellStyle input;
    private final CellStyle notApplicable;
    private final Set<String> used = new HashSet<>();
    private final List<Column> columns = columns();

    Writer(XSSFWorkbook book, Messages messages) {
      this.book = book;
      this.messages = messages;
      Font grey = book.createFont();
      grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
      grey.setFontHeightInPoints((short) 9);
      Font bold = book.createFont();
      bold.setBold(true);
      ids = style(grey, IndexedColors.GREY_25_PERCENT, true, false);
      header = style(bold, IndexedColors.GREY_25_PERCENT, true, true);
      wrapped = style(null, IndexedColors.GREY_25_PERCENT, true, true);
      locked = style(null, IndexedColors.GREY_25_PERCENT, true, false);
      input = style(null, null, false, false);
      notApplicable = style(null, IndexedColors.GREY_50_PERCENT, true, false);
    }

    private CellStyle style(Font font, IndexedColors fill, boolean isLocked, boolean wrap) {
      CellStyle style = book.createCellStyle();
      if (font != null) {
        style.setFont(font);
      }
      if (fill != null) {
        style.setFillForegroundColor(fill.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      }
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
      style.setLocked(isLocked);
      style.setWrapText(wrap);
      style.setVerticalAlignment(VerticalAlignment.TOP);
      return style;
    }

    void write() {
      String instructions = messages.text("template.sheet-instructions");
      String adjustments = messages.text("template.sheet-adjustments");
      used.add(instructions.toLowerCase(Locale.ROOT));
      used.add(adjustments.toLowerCase(Locale.ROOT));
      int itemsRow = instructions(book.createSheet(instructions));
      for (Map.Entry<String, List<Unit>> sheet : sheets().entrySet()) {
        data(book.createSheet(sheet.getKey()), sheet.getValue());
      }
      adjustments(book.createSheet(adjustments), instructions, itemsRow);
    }

    /** The data sheets by name, each with its units in data order. */
    private Map<String, List<Unit>> sheets() {
      Map<String, List<Unit>> sheets = new LinkedHashMap<>();
      if (layout == Layout.BY_UNIT) {
        for (Unit unit : units) {
          sheets.put(Sheets.uniqueName(unit.name(), unit.id(), used), List.of(unit));
        }
        return sheets;
      }
      Map<String, List<Unit>> byCategory = new LinkedHashMap<>();
      policy.categories().forEach(category -> byCategory.put(category.id(), new ArrayList<>()));
      units.forEach(unit -> byCategory.computeIfAbsent(unit.category(), c -> new ArrayList<>()).add(unit));
      byCategory.forEach((categoryId, members) -> {
        if (!members.isEmpty()) {
          String name = policy.category(categoryId).map(Category::name).orElse(categoryId);
          sheets.put(Sheets.uniqueName(name, categoryId, used), members);
        }
      });
      return sheets;
    }

    /** The instructions sheet; returns the row index of the first adjustment item. */
    private int instructions(XSSFSheet sheet) {
      row(sheet, 0, ids, MARKER).createCell(1).setCellValue(Csv.text(messages.text("template.title",
          policy.name().isEmpty() ? policy.id() : policy.name())));
      sheet.getRow(0).getCell(1).setCellStyle(header);
      row(sheet, 1, ids, POLICY, policy.id(), policy.name() + " " + policy.version());
      row(sheet, 2, ids, PERIOD, period.toString());
      int r = 4;
      for (String line : messages.text("template.instructions").split("\\|")) {
        row(sheet, r++, null, "", line.strip());
      }
      r++;
      row(sheet, r++, header, messages.text("template.item-id"), messages.text("template.item-name"),
          messages.text("template.item-kind"), messages.text("template.item-points"));
      int first = r;
      for (AdjustmentItem item : policy.adjustments().items()) {
        XSSFRow row = row(sheet, r++, null, item.id(), item.name(), item.kind().name().toLowerCase(Locale.ROOT));
        if (Double.isFinite(item.pointsEach())) {
          row.createCell(3).setCellValue(item.pointsEach());
        }
      }
      sheet.setColumnWidth(0, 24 * 256);
      sheet.setColumnWidth(1, 90 * 256);
      sheet.setColumnWidth(2, 30 * 256);
      sheet.enableLocking();
      return first;
    }

    private XSSFRow row(XSSFSheet sheet, int index, CellStyle style, String... texts) {
      XSSFRow row = sheet.createRow(index);
      for (int c = 0; c < texts.length; c++) {
        XSSFCell cell = row.createCell(c);
        cell.setCellValue(Csv.text(texts[c]));
        if (style != null) {
          cell.setCellStyle(style);
        }
      }
      return row;
    }

    private void data(XSSFSheet sheet, List<Unit> members) {
      List<Column> shown = columns.stream().filter(c -> members.stream().anyMatch(c::appliesTo)).toList();
      List<String> idRow = new ArrayList<>(UNIT_COLUMNS);
      List<String> names = new ArrayList<>(List.of(messages.text("template.unit-id"),
          messages.text("template.unit-name"), messages.text("template.category"),
          messages.text("template.attributes")));
      for (Column column : shown) {
        idRow.add(column.id());
        names.add(column.name());
        if (selfAssessment) {
          idRow.add(SELF_PREFIX + column.id());
          names.add(column.name() + " " + messages.text("template.self"));
        }
      }
      row(sheet, 0, ids, idRow.toArray(String[]::new));
      XSSFRow nameRow = row(sheet, 1, header, names.toArray(String[]::new));
      String[] blank = new String[idRow.size()];
      Arrays.fill(blank, "");
      XSSFRow rangeRow = row(sheet, 2, locked, blank);
      XSSFRow criteriaRow = row(sheet, 3, wrapped, blank);
      rangeRow.getCell(0).setCellValue(messages.text("template.range"));
      criteriaRow.getCell(0).setCellValue(messages.text("template.criteria"));
      nameRow.setHeightInPoints(45);
      criteriaRow.setHeightInPoints(75);
      Drawing<?> drawing = sheet.createDrawingPatriarch();
      CreationHelper factory = book.getCreationHelper();
      DataValidationHelper validations = sheet.getDataValidationHelper();
      int lastRow = FIRST_DATA_ROW - 2 + members.size();
      int c = UNIT_COLUMNS.size();
      for (Column column : shown) {
        String range = rangeText(column.range(), messages)
            + (column.direction() == Direction.LOWER_IS_BETTER ? messages.text("template.lower-is-better") : "");
        for (int k = 0; k < (selfAssessment ? 2 : 1); k++) {
          rangeRow.getCell(c + k).setCellValue(range);
          criteriaRow.getCell(c + k).setCellValue(Csv.text(column.criteria()));
          validate(sheet, validations, c + k, lastRow, column.range(), range);
          sheet.setColumnWidth(c + k, 18 * 256);
        }
        if (!column.criteria().isEmpty() || !column.evidence().isEmpty()) {
          ClientAnchor anchor = factory.createClientAnchor();
          anchor.setCol1(c);
          anchor.setCol2(c + 4);
          anchor.setRow1(1);
          anchor.setRow2(8);
          Comment comment = drawing.createCellComment(anchor);
          comment.setString(factory.createRichTextString(note(column)));
          nameRow.getCell(c).setCellComment(comment);
        }
        c += selfAssessment ? 2 : 1;
      }
      int r = FIRST_DATA_ROW - 1;
      for (Unit unit : members) {
        XSSFRow row = row(sheet, r++, locked, unit.id(), unit.name(), unit.category(),
            String.join(";", new TreeSet<>(unit.attributes())));
        int cell = UNIT_COLUMNS.size();
        for (Column column : shown) {
          for (int k = 0; k < (selfAssessment ? 2 : 1); k++) {
            row.createCell(cell++).setCellStyle(column.appliesTo(unit) ? input : notApplicable);
          }
        }
      }
      sheet.setColumnWidth(0, 10 * 256);
      sheet.setColumnWidth(1, Math.min(40, 2 + members.stream().mapToInt(u -> Sheets.displayWidth(u.name()))
          .max().orElse(10)) * 256);
      sheet.createFreezePane(2, FIRST_DATA_ROW - 1);
      protect(sheet);
    }

    private String note(Column column) {
      StringBuilder note = new StringBuilder();
      if (!column.criteria().isEmpty()) {
        note.append(messages.text("template.criteria")).append(": ").append(column.criteria());
      }
      if (!column.evidence().isEmpty()) {
        note.append(note.length() > 0 ? "\n" : "").append(messages.text("template.evidence")).append(": ")
            .append(column.evidence());
      }
      return note.toString();
    }

    /** A number within the range, or NA; anything else is refused with a message saying what is allowed. */
    private void validate(XSSFSheet sheet, DataValidationHelper helper, int column, int lastRow, ValueRange range,
        String rangeText) {
      String cell = new CellReference(FIRST_DATA_ROW - 1, column, false, false).formatAsString();
      StringBuilder number = new StringBuilder("ISNUMBER(").append(cell).append(')');
      if (Double.isFinite(range.min())) {
        number.append(',').append(cell).append(">=").append(Numbers.detailText(range.min()));
      }
      if (Double.isFinite(range.max())) {
        number.append(',').append(cell).append("<=").append(Numbers.detailText(range.max()));
      }
      DataValidation validation = helper.createValidation(
          helper.createCustomConstraint("OR(AND(" + number + ")," + cell + "=\"NA\")"),
          new CellRangeAddressList(FIRST_DATA_ROW - 1, Math.max(FIRST_DATA_ROW - 1, lastRow), column, column));
      validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
      validation.setShowErrorBox(true);
      validation.createErrorBox(messages.text("template.error-title"), messages.text("template.error", rangeText));
      sheet.addValidationData(validation);
    }

    private void adjustments(XSSFSheet sheet, String instructions, int itemsRow) {
      row(sheet, 0, ids, ADJUSTMENT_COLUMNS.toArray(String[]::new));
      row(sheet, 1, header, messages.text("template.unit-id"), messages.text("template.item-id"),
          messages.text("template.count"), messages.text("template.note"));
      for (int r = 2; r < 2 + ADJUSTMENT_ROWS; r++) {
        XSSFRow row = sheet.createRow(r);
        for (int c = 0; c < ADJUSTMENT_COLUMNS.size(); c++) {
          row.createCell(c).setCellStyle(input);
        }
      }
      int items = policy.adjustments().items().size();
      if (items > 0) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String list = "'" + instructions.replace("'", "''") + "'!$A$" + (itemsRow + 1) + ":$A$" + (itemsRow + items);
        DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(list),
            new CellRangeAddressList(2, 1 + ADJUSTMENT_ROWS, 1, 1));
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
        DataValidation count = helper.createValidation(
            helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "1", null),
            new CellRangeAddressList(2, 1 + ADJUSTMENT_ROWS, 2, 2));
        count.setShowErrorBox(true);
        sheet.addValidationData(count);
      }
      sheet.setColumnWidth(0, 12 * 256);
      sheet.setColumnWidth(1, 24 * 256);
      sheet.setColumnWidth(2, 8 * 256);
      sheet.setColumnWidth(3, 60 * 256);
      sheet.createFreezePane(0, 2);
      protect(sheet);
    }

    /** Locks the locked cells: sheet protection without a password; columns and rows may still be resized. */
    private void protect(XSSFSheet sheet) {
      sheet.enableLocking();
      sheet.lockFormatColumns(false);
      sheet.lockFormatRows(false);
    }
  }
}
