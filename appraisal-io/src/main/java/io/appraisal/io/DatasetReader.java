package io.appraisal.io;

import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableList;
import io.appraisal.core.AdjustmentEvent;
import io.appraisal.core.Correction;
import io.appraisal.core.Dataset;
import io.appraisal.core.Origin;
import io.appraisal.core.Period;
import io.appraisal.core.Problem;
import io.appraisal.core.Unit;
import io.appraisal.io.DataRows.Cell;
import io.appraisal.io.DataRows.Table;
import io.appraisal.io.csv.Csv;
import io.appraisal.io.csv.CsvRecord;
import io.appraisal.io.csv.TextEncoding;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The one mapping of data rows (of CSV files, of a JSON dataset, of {@link DataRows} tables such as the sheets of a
 * workbook) to a {@link Dataset} and a correction log, collecting every problem instead of stopping at the first.
 */
final class DatasetReader {
  static final List<String> UNITS_HEADER = DataRows.UNITS_HEADER;
  static final List<String> VALUES_HEADER = DataRows.VALUES_HEADER;
  static final String SELF = DataRows.SELF;
  static final List<String> ADJUSTMENTS_HEADER = DataRows.ADJUSTMENTS_HEADER;
  static final List<String> CORRECTIONS_HEADER = DataRows.CORRECTIONS_HEADER;
  static final String NOT_APPLICABLE = DataRows.NOT_APPLICABLE;

  private static final Pattern COUNT = Pattern.compile("\\+?\\d{1,9}");

  /** One input file: its name for problems, and its bytes (null when it could not be opened, and then why). */
  record Source(String name, TextEncoding.Bytes bytes, Problem readProblem) {
    /** The whole file, for the small files that are not streamed (ratings, a JSON dataset). */
    byte[] readAll() throws IOException {
      try (InputStream in = bytes.open()) {
        return in.readAllBytes();
      }
    }

    Problem unreadable(IOException e) {
      return Problem.keyed(name, 0, "", "", "problem.io.cannot-read", e.getMessage());
    }
  }

  /**
   * One record of an input, whatever its format: its cells by column name (missing optional fields are absent),
   * and where each was written (a field without its own line is on the record's).
   */
  record Record(String source, long line, Map<String, Cell> fields, Map<String, Long> fieldLines) {}

  private final Dataset.Builder builder = Dataset.builder();
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> unreadValues = new HashSet<>();
  private final Map<String, String> encodings = new LinkedHashMap<>();
  private final TextEncoding encoding;
  private int values;
  private int notApplicable;
  private int selfAssessments;
  private int events;
  private final Map<AdjustmentEvent, Long> seenEvents = new HashMap<>();
  private String lastPeriodText;
  private Period lastPeriod;

  private DatasetReader(TextEncoding encoding) {
    this.encoding = encoding;
  }

  /** Reads the CSV files; {@code corrections} may be null (no log). */
  static LoadedDataset read(Source units, Source values, Source adjustments, Source corrections,
      TextEncoding encoding) {
    DatasetReader reader = new DatasetReader(encoding);
    LoadedCorrections log = corrections == null ? LoadedCorrections.NONE : readCorrections(corrections, encoding);
    reader.builder.source(values.name());
    reader.csv(units, UNITS_HEADER, List.of(), reader::readUnit, null);
    reader.csv(values, VALUES_HEADER, List.of(SELF), reader::readValue, reader::plainValue);
    reader.csv(adjustments, ADJUSTMENTS_HEADER, List.of(), reader::readAdjustment, null);
    return reader.finish(ImmutableList.of(units.name(), values.name(), adjustments.name()), List.of(), log);
  }

  /** Reads tables of any format ({@link DataRows#read}). */
  static LoadedDataset read(String file, Table units, Table values, Table adjustments, Table corrections) {
    LoadedCorrections log = corrections == null ? LoadedCorrections.NONE
        : new DatasetReader(TextEncoding.UTF_8).corrections(corrections);
    return new DatasetReader(TextEncoding.UTF_8).map(List.of(file), units, values, adjustments, log);
  }

  /** Reads records that were already split into fields (a JSON dataset). */
  static LoadedDataset read(String source, List<Problem> structureProblems, List<Record> units, List<Record> values,
      List<Record> adjustments, List<Record> corrections) {
    DatasetReader reader = new DatasetReader(TextEncoding.UTF_8);
    reader.problems.addAll(structureProblems);
    reader.builder.source(source);
    units.forEach(reader::readUnit);
    values.forEach(reader::readValue);
    adjustments.forEach(reader::readAdjustment);
    DatasetReader logReader = new DatasetReader(TextEncoding.UTF_8);
    LoadedCorrections log = logReader.readCorrectionRows(source, corrections, "");
    return reader.finish(ImmutableList.of(source), List.of(), log);
  }

  /** Reads a corrections.csv file on its own. */
  static LoadedCorrections readCorrections(Source source, TextEncoding encoding) {
    DatasetReader reader = new DatasetReader(encoding);
    List<Record> records = new ArrayList<>();
    reader.csv(source, CORRECTIONS_HEADER, List.of(), records::add, null);
    return reader.readCorrectionRows(source.name(), records, reader.encodings.getOrDefault(source.name(), ""));
  }

  private LoadedDataset map(List<String> leading, Table units, Table values, Table adjustments,
      LoadedCorrections log) {
    builder.source(values.source());
    records(units, UNITS_HEADER, List.of()).forEach(this::readUnit);
    records(values, VALUES_HEADER, List.of(SELF)).forEach(this::readValue);
    records(adjustments, ADJUSTMENTS_HEADER, List.of()).forEach(this::readAdjustment);
    return finish(ImmutableList.of(units.source(), values.source(), adjustments.source()), leading, log);
  }

  private LoadedCorrections corrections(Table table) {
    return readCorrectionRows(table.source(), records(table, CORRECTIONS_HEADER, List.of()), "");
  }

  /** The data read; problems by file ({@code leading} files first, then {@code sources}) and line. */
  private LoadedDataset finish(List<String> sources, List<String> leading, LoadedCorrections log) {
    Dataset dataset = builder.build();
    List<String> order = ImmutableList.<String>builder().addAll(leading).addAll(sources).build();
    return new LoadedDataset(dataset, LoadedDataset.byLine(problems, order), sources, unreadValues, values,
        notApplicable, events, selfAssessments, encodings, log);
  }

  /** The key under which a value row that could not be read is remembered. */
  static String valueKey(String unit, Period period, String indicator) {
    return unit + '\u0000' + period + '\u0000' + indicator;
  }

  private void readUnit(Record record) {
    Row row = new Row(record);
    String id = row.required("id");
    String name = row.required("name");
    String category = row.get("category");
    Set<String> attributes = new LinkedHashSet<>();
    for (String attribute : row.get("attributes").split(";", -1)) {
      if (!attribute.isBlank()) {
        attributes.add(attribute.trim());
      }
    }
    if (row.ok()) {
      builder.unit(new Unit(id, name, category, attributes), row.origin());
    }
  }

  private void readValue(Record record) {
    Row row = new Row(record);
    String unit = row.required("unit");
    Period period = row.period();
    String indicator = row.required("indicator");
    String text = row.text("value");
    String selfText = row.text(SELF);
    if (text.isEmpty() && selfText.isEmpty()) {
      return; // missing: the policy's missing-value rule decides, and the result reports it
    }
    boolean notApplicableValue = text.equals(NOT_APPLICABLE) && !row.isError("value");
    double value = Double.NaN;
    if (!text.isEmpty() && !notApplicableValue) {
      value = row.number("value", "problem.io.data.error-value", "problem.io.data.not-number-value");
    }
    double self = Double.NaN;
    if (!selfText.isEmpty()) {
      self = row.number(SELF, "problem.io.data.error-self", "problem.io.data.not-number-self");
    }
    if (!row.ok()) {
      if (!unit.isEmpty() && period != null && !indicator.isEmpty()) {
        unreadValues.add(valueKey(unit, period, indicator));
      }
      return;
    }
    if (notApplicableValue) {
      builder.notApplicable(unit, period, indicator, row.origin());
      notApplicable++;
    } else if (!text.isEmpty()) {
      builder.value(unit, period, indicator, value, row.origin());
      values++;
    }
    if (!selfText.isEmpty()) {
      builder.selfAssessment(unit, period, indicator, self, row.origin());
      selfAssessments++;
    }
  }

  /**
   * Takes the common row of a big values file without the row mapping: four fields without surrounding spaces, the
   * period text of the row before (the parser hands a repeated field as the same string), a short plain decimal.
   * Anything else (a blank, a space, {@code NA}, a percent sign, an exponent, another period) returns false and goes
   * the one full way ({@link #readValue}), which reports problems; what a plain row gives is the same.
   */
  private boolean plainValue(String source, CsvRecord record) {
    if (record.size() != VALUES_HEADER.size() || record.field(1) != lastPeriodText) {
      return false;
    }
    String unit = record.field(0);
    String indicator = record.field(2);
    if (!isTrimmedText(unit) || !isTrimmedText(indicator)) {
      return false;
    }
    double value = plainDecimal(record.field(3));
    if (Double.isNaN(value)) {
      return false;
    }
    builder.value(unit, lastPeriod, indicator, value, new Origin(source, record.line()));
    values++;
    return true;
  }

  /** Not empty, and {@link String#trim} would leave it as it is. */
  private static boolean isTrimmedText(String text) {
    return !text.isEmpty() && text.charAt(0) > ' ' && text.charAt(text.length() - 1) > ' ';
  }

  private void readAdjustment(Record record) {
    Row row = new Row(record);
    String unit = row.required("unit");
    Period period = row.period();
    String item = row.required("item");
    int count = row.count("count");
    String note = row.get("note");
    if (!row.ok()) {
      return;
    }
    AdjustmentEvent event = new AdjustmentEvent(unit, period, item, count, note);
    Long first = seenEvents.putIfAbsent(event, row.line());
    if (first != null) {
      problems.add(Problem.keyed(row.source(), row.lineOf("item"), "item", item, "problem.io.data.same-adjustment",
          first, unit, period));
      return;
    }
    builder.event(event, row.origin());
    events++;
  }

  /** The correction log (复核) in file order: the order the corrections are applied in. */
  private LoadedCorrections readCorrectionRows(String source, List<Record> records, String detectedEncoding) {
    List<Correction> entries = new ArrayList<>();
    List<Origin> origins = new ArrayList<>();
    Map<Correction, Long> seen = new HashMap<>();
    Instant latest = null;
    long latestLine = 0;
    for (Record record : records) {
      Row row = new Row(record);
      String unit = row.required("unit");
      Period period = row.period();
      Correction.Target target = row.target();
      String indicator = row.get("indicator");
      boolean numeric = target == Correction.Target.RAW_VALUE || target == Correction.Target.INDICATOR_SCORE;
      if (target != null) {
        if (numeric && indicator.isEmpty()) {
          row.problem("indicator", "", "problem.io.data.correction-indicator", targetName(target));
        } else if (!numeric && !indicator.isEmpty()) {
          row.problem("indicator", indicator, "problem.io.data.grade-indicator");
        }
      }
      String before = numeric ? row.numberText("before") : row.required("before");
      String after = numeric ? row.numberText("after") : row.required("after");
      String reason = row.required("reason");
      String author = row.required("author");
      Instant time = row.time();
      if (time != null && latest != null && time.isBefore(latest)) {
        row.problem("time", row.get("time"), "problem.io.data.time-order", latestLine, latest);
      }
      if (!row.ok()) {
        continue;
      }
      latest = time;
      latestLine = row.line();
      Correction correction = new Correction(unit, period, target, indicator, before, after, reason, author, time);
      Long first = seen.putIfAbsent(correction, row.line());
      if (first != null) {
        problems.add(Problem.keyed(row.source(), row.line(), "unit", unit, "problem.io.data.same-correction", first));
        continue;
      }
      entries.add(correction);
      origins.add(row.origin());
    }
    return new LoadedCorrections(source, entries, origins, problems, detectedEncoding);
  }

  /** The name of a target as written in corrections.csv: {@code raw-value}, {@code indicator-score}, {@code grade}. */
  static String targetName(Correction.Target target) {
    return target.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Streams a CSV file's records to {@code sink} without holding the file: its first non-blank record is the header
   * ({@link #columns}), blank records are left out; a file that cannot be read or decoded, or is empty, is a problem
   * saying why. {@code plain}, when given, takes a record of a file whose header is exactly {@code header} first,
   * and returns false to leave it to the mapping.
   */
  private void csv(Source source, List<String> header, List<String> optional, Consumer<Record> sink,
      BiPredicate<String, CsvRecord> plain) {
    String name = source.name();
    if (source.readProblem() != null) {
      problems.add(source.readProblem());
      return;
    }
    int before = problems.size();
    Columns[] columns = {null};
    boolean[] headerSeen = {false};
    boolean[] plainFile = {false};
    List<List<Cell>> above = new ArrayList<>(List.of(List.of())); // the previous row's cells
    try {
      TextEncoding.Decoded decoded = encoding.check(name, source.bytes());
      if (decoded.problem() != null) {
        problems.add(decoded.problem());
        return;
      }
      if (decoded.detected()) {
        encodings.put(name, decoded.charset().name());
      }
      try (Reader text = new InputStreamReader(source.bytes().open(), decoded.charset())) {
        Csv.stream(name, text, problems, record -> {
          if (record.isBlank()) {
            return;
          }
          if (!headerSeen[0]) {
            headerSeen[0] = true;
            columns[0] = columns(name, record.line(), record.fields(), header, optional);
            plainFile[0] = plain != null && columns[0] != null && columns[0].columns.equals(header);
          } else if (plainFile[0] && plain.test(name, record)) {
            return;
          } else if (columns[0] != null) {
            ImmutableList.Builder<Cell> cells = ImmutableList.builderWithExpectedSize(record.fields().size());
            for (int f = 0; f < record.fields().size(); f++) {
              String field = record.fields().get(f);
              // the parser hands a field that repeats the one above as the same string: reuse its cell too
              List<Cell> previous = above.get(0);
              boolean same = f < previous.size() && previous.get(f).text() == field;
              cells.add(same ? previous.get(f) : Cell.of(field));
            }
            above.set(0, cells.build());
            Record mapped = columns[0].record(new DataRows.Row(record.line(), above.get(0)));
            if (mapped != null) {
              sink.accept(mapped);
            }
          }
        });
      }
    } catch (IOException e) {
      problems.add(source.unreadable(e));
      return;
    }
    if (!headerSeen[0] && problems.size() == before) {
      problems.add(Problem.keyed(name, 1, "header", "", "problem.io.empty-file", Joiner.on(',').join(header)));
    }
  }

  /**
   * The records of a table, after checking its header ({@link #columns}); nothing when the table has no header or a
   * wrong one.
   */
  private List<Record> records(Table table, List<String> header, List<String> optional) {
    problems.addAll(table.problems());
    if (table.header().isEmpty()) {
      return List.of();
    }
    Columns columns = columns(table.source(), table.headerLine(), table.header(), header, optional);
    List<Record> records = new ArrayList<>();
    if (columns != null) {
      for (DataRows.Row row : table.rows()) {
        Record record = columns.record(row);
        if (record != null) {
          records.add(record);
        }
      }
    }
    return records;
  }

  /**
   * The columns of a table as its header names them: the {@code header} columns in order, then any of the {@code
   * optional} ones by name; null (and a problem) when the header is wrong.
   */
  private Columns columns(String source, long headerLine, List<String> written, List<String> header,
      List<String> optional) {
    List<String> found = withoutTrailingBlanks(written.stream().map(String::trim).toList());
    // Interned, so that looking a field up by a constant name ("value") is mostly an identity check.
    List<String> columns = found.stream().map(f -> f.toLowerCase(Locale.ROOT).intern()).toList();
    List<String> extra = columns.subList(Math.min(header.size(), columns.size()), columns.size());
    if (!columns.subList(0, Math.min(header.size(), columns.size())).equals(header)
        || !optional.containsAll(extra) || new HashSet<>(extra).size() < extra.size()) {
      String given = Joiner.on(',').join(found);
      problems.add(optional.isEmpty()
          ? Problem.keyed(source, headerLine, "header", given, "problem.io.data.header", Joiner.on(',').join(header),
              found.size(), given)
          : Problem.keyed(source, headerLine, "header", given, "problem.io.data.header-optional",
              Joiner.on(',').join(header), Joiner.on(',').join(optional), found.size(), given));
      return null;
    }
    return new Columns(source, columns, header.size());
  }

  /**
   * The named columns of a table. A row may leave out trailing optional fields; a filled field right of the
   * header's columns is a problem.
   */
  private final class Columns {
    private final String source;
    private final List<String> columns;
    private final int least;

    Columns(String source, List<String> columns, int least) {
      this.source = source;
      this.columns = columns;
      this.least = least;
    }

    /** The row's cells by column name, or null (and a problem) when it has too many or too few. */
    Record record(DataRows.Row row) {
      String source = row.source() != null ? row.source() : this.source;
      List<Cell> cells = row.cells();
      int used = cells.size();
      while (used > columns.size() && cells.get(used - 1).text().isBlank() && !cells.get(used - 1).error()) {
        used--;
      }
      if (used > columns.size()) {
        String beyond = Joiner.on(',').join(cells.subList(columns.size(), used).stream().map(Cell::text).toList());
        problems.add(Problem.keyed(source, row.line(), "columns", beyond, "problem.io.data.beyond", used,
            columns.size(), Joiner.on(',').join(columns), beyond));
        return null;
      }
      if (used < least) {
        String names = Joiner.on(',').join(columns);
        problems.add(least == columns.size()
            ? Problem.keyed(source, row.line(), "columns", Integer.toString(used), "problem.io.columns", least, names,
                used)
            : Problem.keyed(source, row.line(), "columns", Integer.toString(used), "problem.io.data.columns-range",
                least, columns.size(), names, used));
        return null;
      }
      return new Record(source, row.line(), new Fields(columns, cells, used), Map.of());
    }
  }

  /**
   * The first {@code used} cells of a row by the names of their columns, in column order: a view, not a hash map
   * per row, since a big values file has millions of rows of four or five fields.
   */
  private static final class Fields extends AbstractMap<String, Cell> {
    private final List<String> columns;
    private final List<Cell> cells;
    private final int used;

    Fields(List<String> columns, List<Cell> cells, int used) {
      this.columns = columns;
      this.cells = cells;
      this.used = used;
    }

    @Override
    public Cell get(Object column) {
      for (int c = 0; c < used; c++) {
        String name = columns.get(c);
        if (name == column || name.equals(column)) {
          return cells.get(c);
        }
      }
      return null;
    }

    @Override
    public boolean containsKey(Object column) {
      return get(column) != null;
    }

    @Override
    public Set<Entry<String, Cell>> entrySet() {
      Set<Entry<String, Cell>> entries = new LinkedHashSet<>();
      for (int c = 0; c < used; c++) {
        entries.add(new SimpleImmutableEntry<>(columns.get(c), cells.get(c)));
      }
      return Collections.unmodifiableSet(entries);
    }
  }

  /**
   * Whether {@code text} is a plain decimal number, {@code [+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?} with ASCII
   * digits: checked by hand, not by a regular expression, because every value of a big file passes here.
   */
  static boolean isNumber(String text) {
    int n = text.length();
    int i = 0;
    if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      i++;
    }
    int start = i;
    i = digits(text, i);
    int mantissa = i - start;
    if (i < n && text.charAt(i) == '.') {
      int fraction = i + 1;
      i = digits(text, fraction);
      mantissa += i - fraction;
    }
    if (mantissa == 0) {
      return false;
    }
    if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int exponent = i;
      i = digits(text, i);
      if (i == exponent) {
        return false;
      }
    }
    return i == n;
  }

  /** 10^0 to 10^22: the powers of ten a double holds exactly. */
  private static final double[] EXACT_POWERS_OF_TEN = new double[23];

  static {
    EXACT_POWERS_OF_TEN[0] = 1;
    for (int k = 1; k < EXACT_POWERS_OF_TEN.length; k++) {
      EXACT_POWERS_OF_TEN[k] = EXACT_POWERS_OF_TEN[k - 1] * 10;
    }
  }

  /**
   * {@code text} as a double when it is a short plain decimal ({@code [+-]?\d+(\.\d+)?} with at most 15 digits),
   * else NaN (then {@link #isNumber} and {@link Double#parseDouble} decide). Exactly {@code Double.parseDouble}'s
   * result: the digits form an integer below 2^53 and the power of ten is exact, so the one correctly rounded
   * division gives the double nearest the decimal (Clinger's fast path); it skips the parser's buffers, which every
   * value of a big file would allocate.
   */
  static double plainDecimal(String text) {
    int n = text.length();
    int i = n > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
    long mantissa = 0;
    int digits = 0;
    int fraction = -1; // digits after the point, or -1 before it
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        mantissa = mantissa * 10 + (c - '0');
        digits++;
        fraction += fraction >= 0 ? 1 : 0;
      } else if (c == '.' && fraction < 0 && digits > 0) {
        fraction = 0;
      } else {
        return Double.NaN;
      }
    }
    if (digits == 0 || digits > 15 || fraction == 0) {
      return Double.NaN;
    }
    double value = fraction > 0 ? mantissa / EXACT_POWERS_OF_TEN[fraction] : mantissa;
    return text.charAt(0) == '-' ? -value : value;
  }

  /** The index of the first character at or after {@code from} that is not an ASCII digit. */
  private static int digits(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  private static List<String> withoutTrailingBlanks(List<String> fields) {
    int end = fields.size();
    while (end > 1 && fields.get(end - 1).isBlank()) {
      end--;
    }
    return fields.subList(0, end);
  }

  /** Strips a trailing percent sign ({@code 95%} or full-width {@code 95％}): the number is read as written. */
  static String withoutPercent(String text) {
    if (text.endsWith("%") || text.endsWith("％")) {
      return text.substring(0, text.length() - 1).trim();
    }
    return text;
  }

  /** One data record; its getters record a problem for a bad field and remember that the record is not usable. */
  private final class Row {
    private final Record record;
    private Set<String> reported; // the columns with a problem; made at the first, since nearly every row has none
    private boolean ok = true;

    Row(Record record) {
      this.record = record;
    }

    String source() {
      return record.source();
    }

    long line() {
      return record.line();
    }

    long lineOf(String column) {
      return record.fieldLines().getOrDefault(column, record.line());
    }

    Origin origin() {
      return new Origin(record.source(), record.line());
    }

    boolean ok() {
      return ok;
    }

    /** The field, trimmed; empty when the record does not have it, or (a problem) when the cell shows an error. */
    String get(String column) {
      if (isError(column)) {
        problem(column, text(column), "problem.io.data.error-cell");
        return "";
      }
      return text(column);
    }

    /** The field as written, trimmed (what an error cell shows); empty when the record does not have it. */
    String text(String column) {
      Cell cell = record.fields().get(column);
      return cell == null ? "" : cell.text().trim();
    }

    boolean isError(String column) {
      Cell cell = record.fields().get(column);
      return cell != null && cell.error();
    }

    String required(String column) {
      String value = get(column);
      if (value.isEmpty()) {
        problem(column, value, "problem.io.blank", column);
      }
      return value;
    }

    Period period() {
      String text = get("period");
      if (text.equals(lastPeriodText)) {
        lastPeriodText = text; // the parser's string of the rows that follow (plainValue compares by identity)
        return lastPeriod; // a big file repeats one period on every row: parse it once
      }
      try {
        lastPeriod = Period.parse(text);
        lastPeriodText = text;
        return lastPeriod;
      } catch (IllegalArgumentException e) {
        problem("period", text, "problem.io.period");
        return null;
      }
    }

    /**
     * The field as a number; {@code errorKey} (a cell showing an error) and {@code notNumberKey} say how to write
     * one.
     */
    double number(String column, String errorKey, String notNumberKey) {
      String text = text(column);
      if (isError(column)) {
        problem(column, text, errorKey);
        return Double.NaN;
      }
      String digits = withoutPercent(text);
      double value = plainDecimal(digits);
      if (Double.isNaN(value)) {
        if (!isNumber(digits)) {
          problem(column, text, notNumberKey);
          return Double.NaN;
        }
        value = Double.parseDouble(digits);
      }
      if (!Double.isFinite(value)) {
        problem(column, text, "problem.io.data.too-large");
        return Double.NaN;
      }
      return value;
    }

    /** A number kept as written (without a percent sign), for the text fields of a correction. */
    String numberText(String column) {
      String text = text(column);
      if (text.isEmpty()) {
        problem(column, text, "problem.io.data.blank-number", column);
        return text;
      }
      number(column, "problem.io.data.error-correction", "problem.io.data.not-number-correction");
      return withoutPercent(text);
    }

    int count(String column) {
      String text = get(column);
      if (!COUNT.matcher(text).matches() || Integer.parseInt(text) < 1) {
        problem(column, text, "problem.io.data.count");
        return 0;
      }
      return Integer.parseInt(text);
    }

    Correction.Target target() {
      String text = get("target");
      String normalised = text.toUpperCase(Locale.ROOT).replace('-', '_');
      for (Correction.Target target : Correction.Target.values()) {
        if (target.name().equals(normalised)) {
          return target;
        }
      }
      problem("target", text, "problem.io.data.target");
      return null;
    }

    Instant time() {
      String text = get("time");
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeException e) {
        try {
          return Instant.parse(text);
        } catch (DateTimeException again) {
          problem("time", text, "problem.io.data.time");
          return null;
        }
      }
    }

    /**
     * Records a problem with a field (the bundle's text {@code key}), the first only: a cell showing an error is not
     * also blank or not a period.
     */
    void problem(String column, String value, String key, Object... arguments) {
      if (reported == null) {
        reported = new HashSet<>();
      }
      if (reported.add(column)) {
        problems.add(Problem.keyed(record.source(), lineOf(column), column, value, key, arguments));
      }
      ok = false;
    }
  }
}
