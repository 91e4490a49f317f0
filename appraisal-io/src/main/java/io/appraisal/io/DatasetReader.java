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
import io.appraisal.io.csv.Csv;
import io.appraisal.io.csv.CsvRecord;
import io.appraisal.io.csv.CsvTable;
import io.appraisal.io.csv.TextEncoding;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the data files (CSV, or the records of a JSON dataset) into a {@link Dataset} and a correction log,
 * collecting every problem instead of stopping at the first.
 */
final class DatasetReader {
  static final List<String> UNITS_HEADER = List.of("id", "name", "category", "attributes");
  static final List<String> VALUES_HEADER = List.of("unit", "period", "indicator", "value");
  /** The optional last column of values.csv: the self-assessed value (自评). */
  static final String SELF = "self";
  static final List<String> ADJUSTMENTS_HEADER = List.of("unit", "period", "item", "count", "note");
  static final List<String> CORRECTIONS_HEADER =
      List.of("unit", "period", "target", "indicator", "before", "after", "reason", "author", "time");

  /** The value that marks an indicator as explicitly not applicable. */
  static final String NOT_APPLICABLE = "NA";

  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern COUNT = Pattern.compile("\\+?\\d{1,9}");

  /** One input file: its name for problems, and its bytes (null when it could not be read). */
  record Source(String name, byte[] bytes, Problem readProblem) {}

  /**
   * One record of an input, whatever its format: its fields by column name (missing optional fields are absent),
   * and where each was written.
   */
  static final class Record {
    final String source;
    final long line;
    final Map<String, String> fields;
    final Map<String, Long> fieldLines;

    Record(String source, long line, Map<String, String> fields, Map<String, Long> fieldLines) {
      this.source = source;
      this.line = line;
      this.fields = fields;
      this.fieldLines = fieldLines;
    }
  }

  private final Dataset.Builder builder = Dataset.builder();
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> unreadValues = new HashSet<>();
  private final Map<String, String> encodings = new LinkedHashMap<>();
  private final TextEncoding encoding;
  private int values;
  private int notApplicable;
  private int selfAssessments;
  private int events;

  private DatasetReader(TextEncoding encoding) {
    this.encoding = encoding;
  }

  static LoadedDataset read(Source units, Source values, Source adjustments) {
    return read(units, values, adjustments, null, TextEncoding.AUTO);
  }

  /** Reads the CSV files; {@code corrections} may be null (no log). */
  static LoadedDataset read(Source units, Source values, Source adjustments, Source corrections,
      TextEncoding encoding) {
    DatasetReader reader = new DatasetReader(encoding);
    reader.builder.source(values.name());
    reader.readUnits(reader.rows(units, UNITS_HEADER, List.of()));
    reader.readValues(reader.rows(values, VALUES_HEADER, List.of(SELF)));
    reader.readAdjustments(reader.rows(adjustments, ADJUSTMENTS_HEADER, List.of()));
    LoadedCorrections log = corrections == null ? LoadedCorrections.NONE : readCorrections(corrections, encoding);
    return reader.finish(ImmutableList.of(units.name(), values.name(), adjustments.name()), log);
  }

  /** Reads records that were already split into fields (a JSON dataset). */
  static LoadedDataset read(String source, List<Problem> structureProblems, List<Record> units, List<Record> values,
      List<Record> adjustments, List<Record> corrections) {
    DatasetReader reader = new DatasetReader(TextEncoding.UTF_8);
    reader.problems.addAll(structureProblems);
    reader.builder.source(source);
    reader.readUnits(units);
    reader.readValues(values);
    reader.readAdjustments(adjustments);
    DatasetReader logReader = new DatasetReader(TextEncoding.UTF_8);
    LoadedCorrections log = logReader.readCorrectionRows(source, corrections, "");
    return reader.finish(ImmutableList.of(source), log);
  }

  /** Reads a corrections.csv file on its own. */
  static LoadedCorrections readCorrections(Source source, TextEncoding encoding) {
    DatasetReader reader = new DatasetReader(encoding);
    List<Record> rows = reader.rows(source, CORRECTIONS_HEADER, List.of());
    return reader.readCorrectionRows(source.name(), rows, reader.encodings.getOrDefault(source.name(), ""));
  }

  private LoadedDataset finish(List<String> sources, LoadedCorrections log) {
    Dataset dataset = builder.build();
    return new LoadedDataset(dataset, LoadedDataset.byLine(problems, sources), sources, unreadValues, values, notApplicable, events,
        selfAssessments, encodings, log);
  }

  /** The key under which a value row that could not be read is remembered. */
  static String valueKey(String unit, Period period, String indicator) {
    return unit + '\u0000' + period + '\u0000' + indicator;
  }

  private void readUnits(List<Record> records) {
    for (Record record : records) {
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
  }

  private void readValues(List<Record> records) {
    for (Record record : records) {
      Row row = new Row(record);
      String unit = row.required("unit");
      Period period = row.period();
      String indicator = row.required("indicator");
      String text = row.get("value");
      String selfText = row.get(SELF);
      if (text.isEmpty() && selfText.isEmpty()) {
        continue; // missing: the policy's missing-value rule decides, and the result reports it
      }
      boolean notApplicableValue = text.equals(NOT_APPLICABLE);
      double value = Double.NaN;
      if (!text.isEmpty() && !notApplicableValue) {
        value = row.number("value", "not a number: write digits with a '.' decimal point (95% is read as 95), or "
            + NOT_APPLICABLE + " for not applicable, or leave it empty when missing");
      }
      double self = Double.NaN;
      if (!selfText.isEmpty()) {
        self = row.number(SELF, "not a number: write the self-assessed value (自评) with a '.' decimal point"
            + " (95% is read as 95), or leave it empty when the unit did not assess itself");
      }
      if (!row.ok()) {
        if (!unit.isEmpty() && period != null && !indicator.isEmpty()) {
          unreadValues.add(valueKey(unit, period, indicator));
        }
        continue;
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
  }

  private void readAdjustments(List<Record> records) {
    Map<AdjustmentEvent, Long> seen = new HashMap<>();
    for (Record record : records) {
      Row row = new Row(record);
      String unit = row.required("unit");
      Period period = row.period();
      String item = row.required("item");
      int count = row.count("count");
      String note = row.get("note");
      if (!row.ok()) {
        continue;
      }
      AdjustmentEvent event = new AdjustmentEvent(unit, period, item, count, note);
      Long first = seen.putIfAbsent(event, row.line());
      if (first != null) {
        problems.add(new Problem(row.source(), row.lineOf("item"), "item", item,
            "the same adjustment as line " + first + " (unit " + unit + ", period " + period
                + "); for several occurrences write one row with their count"));
        continue;
      }
      builder.event(event, row.origin());
      events++;
    }
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
          row.problem("indicator", "", "blank indicator: a " + targetName(target)
              + " correction names the leaf indicator it corrects");
        } else if (!numeric && !indicator.isEmpty()) {
          row.problem("indicator", indicator, "a grade correction names no indicator; leave it empty");
        }
      }
      String before = numeric ? row.numberText("before") : row.required("before");
      String after = numeric ? row.numberText("after") : row.required("after");
      String reason = row.required("reason");
      String author = row.required("author");
      Instant time = row.time();
      if (time != null && latest != null && time.isBefore(latest)) {
        row.problem("time", row.get("time"), "earlier than the correction on line " + latestLine
            + " (" + latest + "): the log is append-only, so add new corrections at the end, in time order");
      }
      if (!row.ok()) {
        continue;
      }
      latest = time;
      latestLine = row.line();
      Correction correction = new Correction(unit, period, target, indicator, before, after, reason, author, time);
      Long first = seen.putIfAbsent(correction, row.line());
      if (first != null) {
        problems.add(new Problem(row.source(), row.line(), "unit", unit,
            "the same correction as line " + first + "; a correction is recorded once"));
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
   * The data records of a CSV file, after checking its header ({@code header}, optionally followed by the {@code
   * optional} columns in order); nothing when the file is unreadable or its header wrong. A record may leave out
   * trailing optional fields.
   */
  private List<Record> rows(Source source, List<String> header, List<String> optional) {
    if (source.readProblem() != null) {
      problems.add(source.readProblem());
      return List.of();
    }
    TextEncoding.Decoded decoded = encoding.decode(source.name(), source.bytes());
    if (decoded.problem() != null) {
      problems.add(decoded.problem());
      return List.of();
    }
    if (decoded.detected()) {
      encodings.put(source.name(), decoded.charset().name());
    }
    CsvTable table = Csv.parse(source.name(), decoded.text());
    problems.addAll(table.problems());
    List<CsvRecord> records = table.records().stream().filter(r -> !r.isBlank()).toList();
    if (records.isEmpty()) {
      if (table.problems().isEmpty()) {
        problems.add(new Problem(source.name(), 1, "header", "",
            "the file is empty; expected the header " + Joiner.on(',').join(header)));
      }
      return List.of();
    }
    CsvRecord first = records.get(0);
    List<String> found = withoutTrailingBlanks(first.fields()).stream().map(String::trim).toList();
    List<String> lower = found.stream().map(f -> f.toLowerCase(Locale.ROOT)).toList();
    List<String> columns = null;
    for (int extra = optional.size(); extra >= 0 && columns == null; extra--) {
      List<String> candidate = ImmutableList.<String>builder().addAll(header).addAll(optional.subList(0, extra))
          .build();
      if (lower.equals(candidate)) {
        columns = candidate;
      }
    }
    if (columns == null) {
      problems.add(new Problem(source.name(), first.line(), "header", Joiner.on(',').join(found),
          "expected the columns " + Joiner.on(',').join(header)
              + (optional.isEmpty() ? "" : " (optionally followed by " + Joiner.on(',').join(optional) + ")")
              + " but found " + found.size() + ": " + Joiner.on(',').join(found)));
      return List.of();
    }
    List<Record> rows = new ArrayList<>();
    int least = header.size();
    for (CsvRecord record : records.subList(1, records.size())) {
      List<String> fields = record.size() > columns.size()
          ? withoutTrailingBlanks(record.fields()) : record.fields();
      if (fields.size() < least || fields.size() > columns.size()) {
        String expected = least == columns.size() ? Integer.toString(least) : least + " or " + columns.size();
        problems.add(new Problem(source.name(), record.line(), "columns", Integer.toString(record.size()),
            "expected " + expected + " columns (" + Joiner.on(',').join(columns) + ") but found "
                + record.size()));
        continue;
      }
      Map<String, String> byName = new LinkedHashMap<>();
      for (int c = 0; c < fields.size(); c++) {
        byName.put(columns.get(c), fields.get(c));
      }
      rows.add(new Record(source.name(), record.line(), byName, Map.of()));
    }
    return rows;
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
    private boolean ok = true;

    Row(Record record) {
      this.record = record;
    }

    String source() {
      return record.source;
    }

    long line() {
      return record.line;
    }

    long lineOf(String column) {
      return record.fieldLines.getOrDefault(column, record.line);
    }

    Origin origin() {
      return new Origin(record.source, record.line);
    }

    boolean ok() {
      return ok;
    }

    /** The field, trimmed; empty when the record does not have it. */
    String get(String column) {
      String value = record.fields.get(column);
      return value == null ? "" : value.trim();
    }

    String required(String column) {
      String value = get(column);
      if (value.isEmpty()) {
        problem(column, value, "blank " + column + ": every row needs one");
      }
      return value;
    }

    Period period() {
      String text = get("period");
      try {
        return Period.parse(text);
      } catch (IllegalArgumentException e) {
        problem("period", text, "not a period: write a quarter as 2022-Q4 or a year as 2022");
        return null;
      }
    }

    double number(String column, String message) {
      String text = get(column);
      String digits = withoutPercent(text);
      if (!NUMBER.matcher(digits).matches()) {
        problem(column, text, message);
        return Double.NaN;
      }
      double value = Double.parseDouble(digits);
      if (!Double.isFinite(value)) {
        problem(column, text, "the number is too large");
        return Double.NaN;
      }
      return value;
    }

    /** A number kept as written (without a percent sign), for the text fields of a correction. */
    String numberText(String column) {
      String text = get(column);
      if (text.isEmpty()) {
        problem(column, text, "blank " + column + ": a raw-value or indicator-score correction needs a number");
        return text;
      }
      number(column, "not a number: a raw-value or indicator-score correction takes numbers with a '.' decimal"
          + " point");
      return withoutPercent(text);
    }

    int count(String column) {
      String text = get(column);
      if (!COUNT.matcher(text).matches() || Integer.parseInt(text) < 1) {
        problem(column, text, "not a count: write a whole number of occurrences, at least 1");
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
      problem("target", text, "not a correction target: write raw-value, indicator-score or grade");
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
          problem("time", text, "not an ISO-8601 time with its offset: write it as 2023-01-18T15:30:00+08:00 (or"
              + " ...Z for UTC)");
          return null;
        }
      }
    }

    void problem(String column, String value, String message) {
      problems.add(new Problem(record.source, lineOf(column), column, value, message));
      ok = false;
    }
  }
}
