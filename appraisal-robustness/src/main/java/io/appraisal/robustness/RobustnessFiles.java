package io.appraisal.robustness;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.appraisal.core.Unit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the analysis as CSV (UTF-8 with a BOM, for Excel) and JSON: {@code robustness-PERIOD.csv} (one row per
 * unit), {@code sensitivity-PERIOD.csv}, {@code leave-one-out-PERIOD.csv} and {@code robustness-PERIOD.json}
 * (everything). Each file is written to a temporary file in the same directory and moved into place, so a reader
 * never sees half a file. Numbers have at most 4 decimals, in the ROOT locale; the same result gives the same bytes.
 *
 * <p>Column names and the sensitivity file's outputs ({@code mean_abs_rank_shift}, {@code rank_G09}, {@code
 * without_1.2}) are machine identifiers, as those of the ranking CSV: the same in every language, so that files
 * written in Chinese and in English compare equal.
 */
public final class RobustnessFiles {
  private RobustnessFiles() {}

  /**
   * Writes the files into {@code directory} and returns their paths.
   *
   * @param sensitivity may be null (then no sensitivity file)
   * @param leaveOneOut may be null (then no leave-one-out file)
   */
  public static List<Path> write(Path directory, UncertaintyResult result, SensitivityResult sensitivity,
      LeaveOneOut leaveOneOut) throws IOException {
    String period = result.period().toString();
    Map<Path, byte[]> files = new LinkedHashMap<>();
    files.put(directory.resolve("robustness-" + period + ".csv"), csv(unitRows(result)));
    if (sensitivity != null) {
      files.put(directory.resolve("sensitivity-" + period + ".csv"), csv(sensitivityRows(sensitivity)));
    }
    if (leaveOneOut != null) {
      files.put(directory.resolve("leave-one-out-" + period + ".csv"), csv(leaveOneOutRows(leaveOneOut)));
    }
    files.put(directory.resolve("robustness-" + period + ".json"), json(result, sensitivity, leaveOneOut));
    Files.createDirectories(directory);
    for (Map.Entry<Path, byte[]> file : files.entrySet()) {
      writeAtomically(file.getKey(), file.getValue());
    }
    return List.copyOf(files.keySet());
  }

  static void writeAtomically(Path target, byte[] content) throws IOException {
    // Not Files.createTempFile: its file is readable by the owner only, and the move would keep that.
    Path temp = target.toAbsolutePath().resolveSibling("." + target.getFileName() + "."
        + Long.toHexString(System.nanoTime()) + ".tmp");
    try {
      Files.write(temp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  static List<List<String>> unitRows(UncertaintyResult result) {
    List<String> header = new ArrayList<>(List.of("unit", "name", "category", "nominal_rank", "median_rank",
        "rank_p5", "rank_p95", "p_rank_le_" + result.k(), "nominal_grade"));
    result.grades().forEach(grade -> header.add("p_" + grade));
    List<List<String>> rows = new ArrayList<>(List.of(header));
    for (UnitRobustness unit : result.units()) {
      List<String> row = new ArrayList<>(List.of(unit.unit().id(), unit.unit().name(), unit.unit().category(),
          number(unit.nominalRank()), number(unit.rank().median()), number(unit.rank().low()),
          number(unit.rank().high()), number(unit.probabilityWithinK()), unit.nominalGrade().orElse("")));
      result.grades().forEach(grade -> row.add(number(unit.gradeProbabilities().get(grade))));
      rows.add(row);
    }
    return rows;
  }

  static List<List<String>> sensitivityRows(SensitivityResult sensitivity) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("output", "factor", "first_order", "first_order_se", "total", "total_se"));
    for (int f = 0; f < sensitivity.factors().size(); f++) {
      rows.add(indexRow("mean_abs_rank_shift", sensitivity.factors().get(f), sensitivity.meanAbsoluteShift().get(f)));
    }
    for (int u = 0; u < sensitivity.units().size(); u++) {
      for (int f = 0; f < sensitivity.factors().size(); f++) {
        rows.add(indexRow("rank_" + sensitivity.units().get(u).id(), sensitivity.factors().get(f),
            sensitivity.rank(u).get(f)));
      }
    }
    return rows;
  }

  private static List<String> indexRow(String output, String factor, Sobol.Index index) {
    return List.of(output, factor, number(index.first()), number(index.firstError()), number(index.total()),
        number(index.totalError()));
  }

  static List<List<String>> leaveOneOutRows(LeaveOneOut table) {
    List<String> header = new ArrayList<>(List.of("unit", "name"));
    table.indicators().forEach(indicator -> header.add("without_" + indicator));
    List<List<String>> rows = new ArrayList<>(List.of(header));
    for (int u = 0; u < table.units().size(); u++) {
      Unit unit = table.units().get(u);
      List<String> row = new ArrayList<>(List.of(unit.id(), unit.name()));
      for (int i = 0; i < table.indicators().size(); i++) {
        row.add(number(table.shift(i, u)));
      }
      rows.add(row);
    }
    return rows;
  }

  private static byte[] csv(List<List<String>> rows) {
    StringBuilder out = new StringBuilder("\uFEFF");
    for (List<String> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        String cell = row.get(c);
        out.append(c == 0 ? "" : ",");
        boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
        out.append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
      }
      out.append("\r\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** At most 4 decimals, no exponent, no trailing zeros; empty for NaN. */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      return "";
    }
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  private static byte[] json(UncertaintyResult result, SensitivityResult sensitivity, LeaveOneOut leaveOneOut) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator json = new JsonFactory().createGenerator(bytes).useDefaultPrettyPrinter()) {
      json.writeStartObject();
      json.writeStringField("policy", result.policy().id() + " " + result.policy().version());
      json.writeStringField("period", result.period().toString());
      json.writeNumberField("samples", result.samples());
      json.writeNumberField("k", result.k());
      distribution(json, "meanAbsoluteRankShift", result.meanAbsoluteShift());
      distribution(json, "spearman", result.spearman());
      distribution(json, "kendallTauB", result.kendall());
      json.writeArrayFieldStart("units");
      for (UnitRobustness unit : result.units()) {
        json.writeStartObject();
        json.writeStringField("unit", unit.unit().id());
        json.writeStringField("name", unit.unit().name());
        number(json, "nominalRank", unit.nominalRank());
        distribution(json, "rank", unit.rank());
        number(json, "probabilityRankWithinK", unit.probabilityWithinK());
        if (unit.nominalGrade().isPresent()) {
          json.writeStringField("nominalGrade", unit.nominalGrade().get());
          json.writeObjectFieldStart("gradeProbabilities");
          for (Map.Entry<String, Double> grade : unit.gradeProbabilities().entrySet()) {
            number(json, grade.getKey(), grade.getValue());
          }
          json.writeEndObject();
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      if (sensitivity != null) {
        json.writeObjectFieldStart("sensitivity");
        json.writeNumberField("rows", sensitivity.rows());
        indices(json, "meanAbsoluteRankShift", sensitivity.factors(), sensitivity.meanAbsoluteShift());
        json.writeObjectFieldStart("rank");
        for (int u = 0; u < sensitivity.units().size(); u++) {
          indices(json, sensitivity.units().get(u).id(), sensitivity.factors(), sensitivity.rank(u));
        }
        json.writeEndObject();
        json.writeEndObject();
      }
      if (leaveOneOut != null) {
        json.writeObjectFieldStart("leaveOneOut");
        for (int i = 0; i < leaveOneOut.indicators().size(); i++) {
          json.writeObjectFieldStart(leaveOneOut.indicators().get(i));
          for (int u = 0; u < leaveOneOut.units().size(); u++) {
            number(json, leaveOneOut.units().get(u).id(), leaveOneOut.shift(i, u));
          }
          json.writeEndObject();
        }
        json.writeEndObject();
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    bytes.write('\n');
    return bytes.toByteArray();
  }

  private static void indices(JsonGenerator json, String name, List<String> factors, List<Sobol.Index> indices)
      throws IOException {
    json.writeObjectFieldStart(name);
    for (int f = 0; f < factors.size(); f++) {
      Sobol.Index index = indices.get(f);
      json.writeObjectFieldStart(factors.get(f));
      number(json, "first", index.first());
      number(json, "firstSe", index.firstError());
      number(json, "total", index.total());
      number(json, "totalSe", index.totalError());
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  private static void distribution(JsonGenerator json, String name, Distribution distribution) throws IOException {
    json.writeObjectFieldStart(name);
    number(json, "median", distribution.median());
    number(json, "p5", distribution.low());
    number(json, "p95", distribution.high());
    json.writeEndObject();
  }

  private static void number(JsonGenerator json, String name, double value) throws IOException {
    if (Double.isFinite(value)) {
      json.writeFieldName(name);
      json.writeNumber(new BigDecimal(number(value)));
    } else {
      json.writeNullField(name);
    }
  }
}
