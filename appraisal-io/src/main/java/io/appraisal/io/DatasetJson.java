package io.appraisal.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.appraisal.core.CorrectionLog;
import io.appraisal.core.Dataset;
import io.appraisal.core.Period;
import io.appraisal.core.Problem;
import io.appraisal.core.Unit;
import io.appraisal.io.DatasetReader.Record;
import io.appraisal.io.csv.TextEncoding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Reads (and writes) a whole dataset as one JSON file, an alternative to the CSV directory of {@link DatasetFiles}
 * with the same fields and the same checks. UTF-8 (a byte-order mark is skipped). The shape:
 *
 * <pre>
 * {
 *   "format": "appraisal-dataset", "formatVersion": 1,        optional; checked when given
 *   "units": [{"id": "P01", "name": "市纪委监委机关", "category": "party", "attributes": ["enforcement"]}],
 *   "values": [{"unit": "P01", "period": "2022-Q4", "indicator": "1.1", "value": 1, "self": 1}],
 *   "adjustments": [{"unit": "G09", "period": "2022-Q4", "item": "bonus.regulation", "count": 3, "note": "..."}],
 *   "corrections": [{"unit": "G12", "period": "2022-Q2", "target": "raw-value", "indicator": "5.1",
 *                    "before": "35", "after": "15", "reason": "...", "author": "...",
 *                    "time": "2022-08-26T10:30:00+08:00"}]
 * }
 * </pre>
 *
 * <ul>
 *   <li>{@code units} and {@code values} are required, {@code adjustments} and {@code corrections} optional.
 *   <li>{@code attributes}: a list of strings, or one string separated by {@code ;}; may be left out.
 *   <li>{@code value}: a number, a number written as a string ({@code "95%"} is read as 95), {@code "NA"} for not
 *       applicable, or {@code null} / left out when missing. {@code self} (the self-assessed value, 自评): a number,
 *       or left out. {@code count}: a whole number. {@code note}, {@code indicator} of a grade correction: may be
 *       left out.
 *   <li>Every other field is a string (numbers are accepted where a string is expected and read as written).
 * </ul>
 *
 * <p>Every problem names the file and the line of the field (or of the record); unknown fields and duplicate
 * fields are problems, so a misspelt {@code "vaule"} is not silently a missing value.
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class DatasetJson {
  public static final String FORMAT = "appraisal-dataset";
  public static final int FORMAT_VERSION = 1;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .streamReadConstraints(InputLimits.constraints(InputLimits.MAX_DATA_JSON_SIZE))
      .build();

  private static final ObjectWriter WRITER = JsonMapper.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build()
      .writer(new DefaultPrettyPrinter()
          .withArrayIndenter(new DefaultIndenter("  ", "\n"))
          .withObjectIndenter(new DefaultIndenter("  ", "\n")));

  private static final Map<String, List<String>> FIELDS = Map.of(
      "units", DatasetReader.UNITS_HEADER,
      "values", List.of("unit", "period", "indicator", "value", DatasetReader.SELF),
      "adjustments", DatasetReader.ADJUSTMENTS_HEADER,
      "corrections", DatasetReader.CORRECTIONS_HEADER);
  private static final List<String> SECTIONS = List.of("units", "values", "adjustments", "corrections");

  private DatasetJson() {}

  /** Reads a JSON dataset file, named in problems as its path is written here. */
  public static LoadedDataset read(Path file) {
    requireNonNull(file, "file");
    DatasetReader.Source source = DatasetFiles.source(file);
    if (source.readProblem() != null) {
      return DatasetReader.read(source.name(), List.of(source.readProblem()), List.of(), List.of(), List.of(),
          List.of());
    }
    byte[] bytes;
    try {
      bytes = source.readAll();
    } catch (IOException e) {
      return DatasetReader.read(source.name(), List.of(source.unreadable(e)), List.of(), List.of(), List.of(),
          List.of());
    }
    return read(source.name(), bytes);
  }

  /** Reads a JSON dataset from its bytes; {@code name} names it in problems. */
  public static LoadedDataset read(String name, byte[] bytes) {
    requireNonNull(name, "name");
    requireNonNull(bytes, "bytes");
    Parsed parsed = new Parsed(name);
    int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
        ? 3 : 0;
    if (bytes.length > InputLimits.MAX_DATA_JSON_SIZE) {
      return DatasetReader.read(name, List.of(Problem.keyed(name, 0, "", "", "problem.io.json.too-big", bytes.length,
          InputLimits.MAX_DATA_JSON_SIZE)), List.of(),
          List.of(), List.of(), List.of());
    }
    // Jackson would guess UTF-16 or UTF-32 from zero bytes or a byte-order mark, and fail on odd byte orders: JSON
    // data is UTF-8 (RFC 8259), so anything else is one problem asking for UTF-8, as for policies and CSV files.
    String wide = TextEncoding.wideEncoding(bytes);
    if (wide != null) {
      return DatasetReader.read(name, List.of(wide.startsWith("UTF-16 or")
          ? Problem.keyed(name, 1, "", "", "problem.io.json.zero-bytes")
          : Problem.keyed(name, 1, "", "", "problem.io.json.wide", wide)), List.of(), List.of(), List.of(), List.of());
    }
    JsonParser parser;
    try {
      parser = FACTORY.createParser(bytes, start, bytes.length - start);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading from memory
    }
    try (parser) {
      parsed.document(parser);
    } catch (JsonParseException | StreamConstraintsException e) {
      // A limit carries no location: where reading stopped is where the file went too deep or too long.
      long line = e.getLocation() != null ? e.getLocation().getLineNr() : parser.currentLocation().getLineNr();
      parsed.problems.add(Problem.keyed(name, line, "", "",
          e instanceof StreamConstraintsException ? "problem.io.refused" : "problem.io.invalid-json",
          e.getOriginalMessage()));
      return DatasetReader.read(name, parsed.problems, List.of(), List.of(), List.of(), List.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading from memory
    }
    return DatasetReader.read(name, parsed.problems, parsed.sections.get("units"), parsed.sections.get("values"),
        parsed.sections.get("adjustments"), parsed.sections.get("corrections"));
  }

  /**
   * A dataset and its correction log as JSON, in the shape {@link #read} takes: units in dataset order, values by
   * period, indicator and unit, then the events and corrections in their order. Self-assessments are written for
   * the values that have a verified value or {@code NA} in the data.
   */
  public static byte[] bytes(Dataset data, CorrectionLog corrections) {
    requireNonNull(data, "data");
    requireNonNull(corrections, "corrections");
    List<ValueRecord> values = new ArrayList<>();
    for (Period period : data.periods()) {
      for (String indicator : data.indicators(period)) {
        for (Unit unit : data.units()) {
          OptionalDouble value = data.value(unit.id(), period, indicator);
          boolean notApplicable = data.isNotApplicable(unit.id(), period, indicator);
          if (value.isPresent() || notApplicable) {
            OptionalDouble self = data.selfAssessment(unit.id(), period, indicator);
            values.add(new ValueRecord(unit.id(), period.toString(), indicator,
                notApplicable ? DatasetReader.NOT_APPLICABLE : number(value.getAsDouble()),
                self.isPresent() ? number(self.getAsDouble()) : null));
          }
        }
      }
    }
    Document document = new Document(FORMAT, FORMAT_VERSION,
        data.units().stream().map(u -> new UnitRecord(u.id(), u.name(), u.category(), u.attributes())).toList(),
        values,
        data.events().stream().map(e -> new AdjustmentRecord(e.unit(), e.period().toString(), e.item(), e.count(),
            e.note())).toList(),
        corrections.entries().stream().map(c -> new CorrectionRecord(c.unit(), c.period().toString(),
            DatasetReader.targetName(c.target()), c.indicator(), c.before(), c.after(), c.reason(), c.author(),
            c.time().toString())).toList());
    try {
      return (WRITER.writeValueAsString(document) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("writing a dataset as JSON", e); // records of strings and numbers
    }
  }

  /** The file as written, field by field in order. */
  record Document(String format, int formatVersion, List<UnitRecord> units, List<ValueRecord> values,
      List<AdjustmentRecord> adjustments, List<CorrectionRecord> corrections) {}

  record UnitRecord(String id, String name, String category, Set<String> attributes) {}

  /** {@code value} is a number or {@code NA}; {@code self} is left out without a self-assessment. */
  record ValueRecord(String unit, String period, String indicator, Object value,
      @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal self) {}

  record AdjustmentRecord(String unit, String period, String item, int count, String note) {}

  record CorrectionRecord(String unit, String period, String target, String indicator, String before, String after,
      String reason, String author, String time) {}

  /** The shortest decimal that reads back as the same double ({@code 97.5}, {@code 100}). */
  private static BigDecimal number(double value) {
    BigDecimal decimal = new BigDecimal(Double.toString(value)).stripTrailingZeros();
    return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
  }

  /** The document split into records, with the problems of its structure. */
  private static final class Parsed {
    final String name;
    final List<Problem> problems = new ArrayList<>();
    final Map<String, List<Record>> sections = new LinkedHashMap<>();

    Parsed(String name) {
      this.name = name;
      SECTIONS.forEach(section -> sections.put(section, new ArrayList<>()));
    }

    void document(JsonParser parser) throws IOException {
      JsonToken token = parser.nextToken();
      if (token != JsonToken.START_OBJECT) {
        problems.add(Problem.keyed(name, line(parser), "", "",
            token == null ? "problem.io.json.empty" : "problem.io.json.not-object"));
        return;
      }
      Map<String, Long> seen = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        long keyLine = line(parser);
        parser.nextToken();
        if (seen.putIfAbsent(key, keyLine) != null) {
          problems.add(Problem.keyed(name, keyLine, key, "", "problem.io.json.twice", seen.get(key)));
          parser.skipChildren();
          continue;
        }
        switch (key) {
          case "format" -> {
            if (!FORMAT.equals(scalarText(parser))) {
              problems.add(Problem.keyed(name, keyLine, key, scalarText(parser), "problem.io.json.format", FORMAT));
            }
            parser.skipChildren();
          }
          case "formatVersion" -> {
            if (!Integer.toString(FORMAT_VERSION).equals(scalarText(parser))) {
              problems.add(Problem.keyed(name, keyLine, key, scalarText(parser), "problem.io.format-version",
                  FORMAT_VERSION));
            }
            parser.skipChildren();
          }
          case "units", "values", "adjustments", "corrections" -> section(parser, key, keyLine);
          default -> {
            problems.add(Problem.keyed(name, keyLine, key, "", "problem.io.json.unknown-key",
                String.join(", ", SECTIONS)));
            parser.skipChildren();
          }
        }
      }
      for (String required : List.of("units", "values")) {
        if (!seen.containsKey(required)) {
          problems.add(Problem.keyed(name, 1, required, "", "problem.io.json.missing-section", required));
        }
      }
    }

    private void section(JsonParser parser, String section, long at) throws IOException {
      if (parser.currentToken() != JsonToken.START_ARRAY) {
        problems.add(Problem.keyed(name, at, section, "", "problem.io.json.not-list"));
        parser.skipChildren();
        return;
      }
      List<String> fields = FIELDS.get(section);
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        long recordLine = line(parser);
        if (parser.currentToken() != JsonToken.START_OBJECT) {
          problems.add(Problem.keyed(name, recordLine, section, scalarText(parser), "problem.io.json.not-record",
              section));
          parser.skipChildren();
          continue;
        }
        Map<String, DataRows.Cell> values = new LinkedHashMap<>();
        Map<String, Long> lines = new LinkedHashMap<>();
        boolean usable = true;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String field = parser.currentName();
          long fieldLine = line(parser);
          JsonToken value = parser.nextToken();
          if (!fields.contains(field)) {
            problems.add(Problem.keyed(name, fieldLine, field, "", "problem.io.json.unknown-field", section,
                String.join(", ", fields)));
            parser.skipChildren();
            usable = false;
            continue;
          }
          if (lines.containsKey(field)) {
            problems.add(Problem.keyed(name, fieldLine, field, "", "problem.io.json.field-twice",
                lines.get(field)));
            parser.skipChildren();
            usable = false;
            continue;
          }
          lines.put(field, fieldLine);
          String text = fieldText(parser, section, field, value, fieldLine);
          if (text == null) {
            usable = false;
          } else {
            values.put(field, DataRows.Cell.of(text));
          }
        }
        if (usable) {
          sections.get(section).add(new Record(name, recordLine, values, lines));
        }
      }
    }

    /** A field's value as the CSV reader would see it; null (and a problem) when it has the wrong shape. */
    private String fieldText(JsonParser parser, String section, String field, JsonToken value, long at)
        throws IOException {
      switch (value) {
        case VALUE_STRING:
          return parser.getText();
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return parser.getText();
        case VALUE_NULL:
          return "";
        case START_ARRAY:
          if (section.equals("units") && field.equals("attributes")) {
            List<String> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
              if (parser.currentToken() != JsonToken.VALUE_STRING) {
                problems.add(Problem.keyed(name, line(parser), field, scalarText(parser),
                    "problem.io.json.attribute"));
                parser.skipChildren();
                return null;
              }
              items.add(parser.getText());
            }
            return String.join(";", items);
          }
          break;
        default:
          break;
      }
      String written = value.isScalarValue() ? parser.getText() : "";
      problems.add(value == JsonToken.START_OBJECT ? Problem.keyed(name, at, field, written, "problem.io.json.record")
          : value == JsonToken.START_ARRAY ? Problem.keyed(name, at, field, written, "problem.io.json.list")
          : Problem.keyed(name, at, field, written, "problem.io.json.literal",
              value.name().toLowerCase(Locale.ROOT).replace("value_", "")));
      parser.skipChildren();
      return null;
    }

    private static String scalarText(JsonParser parser) throws IOException {
      return parser.currentToken() != null && parser.currentToken().isScalarValue() ? parser.getText() : "";
    }

    private static long line(JsonParser parser) {
      return parser.currentTokenLocation().getLineNr();
    }
  }
}
