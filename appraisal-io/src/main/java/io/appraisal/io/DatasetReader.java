package io.appraisal.io;

import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableList;
import io.appraisal.core.AdjustmentEvent;
import io.appraisal.core.Dataset;
import io.appraisal.core.Origin;
import io.appraisal.core.Period;
import io.appraisal.core.Problem;
import io.appraisal.core.Unit;
import io.appraisal.io.csv.Csv;
import io.appraisal.io.csv.CsvRecord;
import io.appraisal.io.csv.CsvTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns the three CSV files into a {@link Dataset}, collecting every problem instead of stopping at the first. */
final class DatasetReader {
  static final List<String> UNITS_HEADER = List.of("id", "name", "category", "attributes");
  static final List<String> VALUES_HEADER = List.of("unit", "period", "indicator", "value");
  static final List<String> ADJUSTMENTS_HEADER = List.of("unit", "period", "item", "count", "note");

  /** The value that marks an indicator as explicitly not applicable. */
  static final String NOT_APPLICABLE = "NA";

  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern COUNT = Pattern.compile("\\+?\\d{1,9}");

  /** One input file: its name for problems, and its bytes (null when it could not be read). */
  record Source(String name, byte[] bytes, Problem readProblem) {}

  private final Dataset.Builder builder = Dataset.builder();
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> unreadValues = new HashSet<>();
  private int values;
  private int notApplicable;
  private int events;

  private DatasetReader() {}

  static LoadedDataset read(Source units, Source values, Source adjustments) {
    DatasetReader reader = new DatasetReader();
    reader.builder.source(values.name());
    reader.readUnits(units);
    reader.readValues(values);
    reader.readAdjustments(adjustments);
    Dataset dataset = reader.builder.build();
    return new LoadedDataset(dataset, reader.problems,
        ImmutableList.of(units.name(), values.name(), adjustments.name()), reader.unreadValues, reader.values,
        reader.notApplicable, reader.events);
  }

  /** The key under which a value row that could not be read is remembered. */
  static String valueKey(String unit, Period period, String indicator) {
    return unit + '\u0000' + period + '\u0000' + indicator;
  }

  private void readUnits(Source source) {
    for (Row row : rows(source, UNITS_HEADER)) {
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

  private void readValues(Source source) {
    for (Row row : rows(source, VALUES_HEADER)) {
      String unit = row.required("unit");
      Period period = row.period();
      String indicator = row.required("indicator");
      String text = row.get("value");
      double value = Double.NaN;
      boolean notApplicableValue = text.equals(NOT_APPLICABLE);
      if (text.isEmpty()) {
        continue; // missing: the policy's missing-value rule decides, and the result reports it
      }
      if (!notApplicableValue) {
        value = row.number("value");
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
      } else {
        builder.value(unit, period, indicator, value, row.origin());
        values++;
      }
    }
  }

  private void readAdjustments(Source source) {
    Map<AdjustmentEvent, Long> seen = new HashMap<>();
    for (Row row : rows(source, ADJUSTMENTS_HEADER)) {
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
        problems.add(new Problem(row.source(), row.line(), "item", item,
            "the same adjustment as line " + first + " (unit " + unit + ", period " + period
                + "); for several occurrences write one row with their count"));
        continue;
      }
      builder.event(event, row.origin());
      events++;
    }
  }

  /** The data rows of a file, after checking its header; nothing when the file is unreadable or its header wrong. */
  private List<Row> rows(Source source, List<String> header) {
    if (source.readProblem() != null) {
      problems.add(source.readProblem());
      return List.of();
    }
    CsvTable table = Csv.read(source.name(), source.bytes());
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
    if (!found.stream().map(f -> f.toLowerCase(Locale.ROOT)).toList().equals(header)) {
      problems.add(new Problem(source.name(), first.line(), "header", Joiner.on(',').join(found),
          "expected the columns " + Joiner.on(',').join(header) + " but found " + found.size() + ": "
              + Joiner.on(',').join(found)));
      return List.of();
    }
    List<Row> rows = new ArrayList<>();
    for (CsvRecord record : records.subList(1, records.size())) {
      List<String> fields = record.size() > header.size()
          ? withoutTrailingBlanks(record.fields()) : record.fields();
      if (fields.size() != header.size()) {
        problems.add(new Problem(source.name(), record.line(), "columns", Integer.toString(record.size()),
            "expected " + header.size() + " columns (" + Joiner.on(',').join(header) + ") but found "
                + record.size()));
        continue;
      }
      rows.add(new Row(source.name(), record.line(), header, fields));
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

  /** One data row; its getters record a problem for a bad field and remember that the row is not usable. */
  private final class Row {
    private final String source;
    private final long line;
    private final List<String> header;
    private final List<String> fields;
    private boolean ok = true;

    Row(String source, long line, List<String> header, List<String> fields) {
      this.source = source;
      this.line = line;
      this.header = header;
      this.fields = fields;
    }

    String source() {
      return source;
    }

    long line() {
      return line;
    }

    Origin origin() {
      return new Origin(source, line);
    }

    boolean ok() {
      return ok;
    }

    String get(String column) {
      return fields.get(header.indexOf(column)).trim();
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

    double number(String column) {
      String text = get(column);
      if (!NUMBER.matcher(text).matches()) {
        problem(column, text, "not a number: write digits with a '.' decimal point, or " + NOT_APPLICABLE
            + " for not applicable, or leave it empty when missing");
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
      String text = get(column);
      if (!COUNT.matcher(text).matches() || Integer.parseInt(text) < 1) {
        problem(column, text, "not a count: write a whole number of occurrences, at least 1");
        return 0;
      }
      return Integer.parseInt(text);
    }

    private void problem(String column, String value, String message) {
      problems.add(new Problem(source, line, column, value, message));
      ok = false;
    }
  }
}
