package io.appraisal.io.results;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Problem;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.apiguardian.api.API;

/**
 * The ranking as JSON for programs, with the whole explanation of every unit. UTF-8 without byte-order mark, two-space
 * indentation, {@code '\n'} line endings, keys in the fixed order below: the same result gives the same bytes.
 *
 * <p>Schema {@value #FORMAT} version {@value #FORMAT_VERSION} (a JSON Schema is on the classpath at {@value
 * #SCHEMA_RESOURCE}); fields are only ever added within a version:
 *
 * <pre>
 * {
 *   "format": "appraisal-ranking", "formatVersion": 1,
 *   "policy": {"id", "name", "version"},
 *   "period": "2022-Q4", "previousPeriod": "2022-Q3" | null,
 *   "scale": 100,                                  the score-rate scale
 *   "rounding": {"scale": 2, "mode": "HALF_UP"},   how published numbers are rounded
 *   "rankingMethod": "COMPETITION",
 *   "provenance": {"policySha256", "dataSha256", "libraryVersion"},   what the result was computed from
 *   "frozen": false,                               true once published with rank --freeze
 *   "categories": [{"id", "name"}],
 *   "units": [                                     in published order: by rank, then unit id
 *     {"rank", "categoryRank", "previousRank" | null, "rankChange" | null,
 *      "unitId", "unitName", "category", "attributes": [..],
 *      "points", "maxPoints", "scoreRate", "bonus", "deduction", "composite", "score",
 *      "grade" | null, "vetoed", "selfScoreRate" | null, "selfAssessmentFlagged",
 *      "indicators": [{"indicator", "name", "leaf", "status", "raw" | null, "score", "max", "contribution"}],
 *      "adjustments": [{"item", "kind", "count", "requested", "applied", "capNote", "note"}],
 *      "corrections": [{"period", "target", "indicator", "before", "after", "reason", "author", "time"}]}
 *   ],
 *   "notes": [{"unit", "indicator", "kind", "message"}]
 * }
 * </pre>
 *
 * <p>Numbers: {@code scoreRate}, {@code bonus}, {@code deduction} and {@code score} are published numbers, rounded by
 * the policy's rule with exactly its scale ({@code 80.00}); {@code score} is what was ranked and graded. Every other
 * number ({@code points}, {@code composite}, raw values, indicator scores) is the computed value rounded half-up to six
 * decimals, trailing zeros dropped, so the bytes do not depend on the JVM. {@code rankChange} is places gained
 * (negative when lost); it and {@code previousRank} are null when there is no previous period, or for a unit not
 * ranked then. {@code selfScoreRate} is the score rate of the unit's self-assessment (自评), null without one. For an
 * annual result the indicators hold the quarterly means, followed by the year-end components. Indicator {@code
 * status} is one of {@code SCORED}, {@code NOT_APPLICABLE}, {@code IMPUTED_ZERO}, {@code IMPUTED},
 * {@code EXCLUDED}; {@code raw} is null for groups and missing values; the {@code contribution}s of the leaves add up
 * to the score rate.
 *
 * <p>{@link #read} reads a file back into a {@link PublishedRanking}, equal to {@link PublishedRanking#of} of the
 * result written (a round trip keeps every digit).
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class RankingJson {
  public static final String FORMAT = "appraisal-ranking";
  public static final int FORMAT_VERSION = 1;
  /** The JSON Schema of the format, as a classpath resource. */
  public static final String SCHEMA_RESOURCE = "io/appraisal/io/results/ranking.schema.json";

  private static final ObjectWriter WRITER = JsonMapper.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build()
      .writer(prettyPrinter());
  private static final ObjectMapper READER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  private RankingJson() {}

  /** The file's bytes (not frozen). */
  public static byte[] bytes(RankingReport report) {
    return bytes(PublishedRanking.of(report));
  }

  /** The file's bytes. */
  public static byte[] bytes(PublishedRanking ranking) {
    requireNonNull(ranking, "ranking");
    return write(ranking);
  }

  /**
   * A value as the library's JSON outputs are written: records field by field in their order (nulls written), in
   * the one layout of {@link #prettyPrinter}, numbers as written ({@code 80.00}, never {@code 8.0E+1}), and a final
   * line end.
   */
  static byte[] write(Object value) {
    try {
      byte[] json = WRITER.writeValueAsBytes(value);
      byte[] out = Arrays.copyOf(json, json.length + 1);
      out[json.length] = '\n';
      return out;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("writing " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** Writes the file atomically. */
  public static void write(RankingReport report, Path file) throws IOException {
    AtomicFiles.write(file, bytes(report));
  }

  /**
   * Reads a ranking file.
   *
   * @throws InvalidInputException naming the file and every field that is missing or of the wrong type (by its JSON
   *     path, such as {@code units[3].score}), or why the file is not JSON
   * @throws IOException if the file cannot be read
   */
  public static PublishedRanking read(Path file) throws IOException {
    requireNonNull(file, "file");
    return read(file.toString(), Files.readAllBytes(file));
  }

  /** Reads a ranking from its bytes; {@code name} names it in problems. */
  public static PublishedRanking read(String name, byte[] bytes) {
    requireNonNull(name, "name");
    requireNonNull(bytes, "bytes");
    JsonNode root;
    try {
      root = READER.readTree(bytes);
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new InvalidInputException(List.of(Problem.keyed(name, line, "", "", "problem.io.invalid-json",
          e.getOriginalMessage())));
    } catch (CharConversionException e) { // zero bytes that Jackson took for UTF-32 of an odd byte order
      throw new InvalidInputException(List.of(Problem.keyed(name, 1, "", "", "problem.io.invalid-json",
          e.getMessage())));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading from memory
    }
    return new Reader(name).ranking(root);
  }

  /** The one layout of the library's JSON outputs: two-space indents, '\n' line ends, {@code "key": value}. */
  static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }

  /** Reads the tree, collecting a problem for every missing or ill-typed field, named by its JSON path. */
  private static final class Reader {
    private final String name;
    private final List<Problem> problems = new ArrayList<>();

    Reader(String name) {
      this.name = name;
    }

    PublishedRanking ranking(JsonNode root) {
      if (!root.isObject()) {
        throw new InvalidInputException(List.of(Problem.keyed(name, "", "", "problem.io.ranking.not-object")));
      }
      String format = text(root, "", "format", false);
      if (format != null && !format.equals(FORMAT)) {
        throw new InvalidInputException(List.of(Problem.keyed(name, "format", format, "problem.io.ranking.format",
            FORMAT)));
      }
      int version = integer(root, "", "formatVersion");
      if (problems.isEmpty() && version != FORMAT_VERSION) {
        throw new InvalidInputException(List.of(Problem.keyed(name, "formatVersion", Integer.toString(version),
            "problem.io.format-version", FORMAT_VERSION)));
      }
      JsonNode policy = object(root, "", "policy");
      JsonNode rounding = object(root, "", "rounding");
      JsonNode provenance = object(root, "", "provenance");
      PublishedRanking ranking = new PublishedRanking(
          orEmpty(format),
          version,
          new PublishedRanking.PolicyRef(text(policy, "policy.", "id", false), text(policy, "policy.", "name", false),
              text(policy, "policy.", "version", false)),
          orEmpty(text(root, "", "period", false)),
          text(root, "", "previousPeriod", true),
          orZero(number(root, "", "scale", false)),
          new PublishedRanking.RoundingRef(integer(rounding, "rounding.", "scale"),
              text(rounding, "rounding.", "mode", false)),
          orEmpty(text(root, "", "rankingMethod", false)),
          new PublishedRanking.ProvenanceRef(text(provenance, "provenance.", "policySha256", false),
              text(provenance, "provenance.", "dataSha256", false),
              text(provenance, "provenance.", "libraryVersion", false)),
          root.has("frozen") && bool(root, "", "frozen"),
          list(root, "", "categories", (node, path) -> new PublishedRanking.CategoryRef(
              text(node, path, "id", false), text(node, path, "name", false))),
          list(root, "", "units", this::unit),
          list(root, "", "notes", (node, path) -> new PublishedRanking.PublishedNote(text(node, path, "unit", false),
              text(node, path, "indicator", false), text(node, path, "kind", false),
              text(node, path, "message", false))));
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      return ranking;
    }

    private PublishedRanking.PublishedUnit unit(JsonNode node, String path) {
      return new PublishedRanking.PublishedUnit(
          number(node, path, "rank", false),
          number(node, path, "categoryRank", false),
          number(node, path, "previousRank", true),
          number(node, path, "rankChange", true),
          orEmpty(text(node, path, "unitId", false)),
          text(node, path, "unitName", false),
          text(node, path, "category", false),
          list(node, path, "attributes", (item, at) -> {
            if (!item.isTextual()) {
              problem(at, "problem.io.ranking.string");
              return "";
            }
            return item.asText();
          }),
          number(node, path, "points", false),
          number(node, path, "maxPoints", false),
          number(node, path, "scoreRate", false),
          number(node, path, "bonus", false),
          number(node, path, "deduction", false),
          number(node, path, "composite", false),
          number(node, path, "score", false),
          text(node, path, "grade", true),
          bool(node, path, "vetoed"),
          number(node, path, "selfScoreRate", true),
          bool(node, path, "selfAssessmentFlagged"),
          list(node, path, "indicators", (item, at) -> new PublishedRanking.PublishedIndicator(
              text(item, at, "indicator", false), text(item, at, "name", false), bool(item, at, "leaf"),
              text(item, at, "status", false), number(item, at, "raw", true), number(item, at, "score", false),
              number(item, at, "max", false), number(item, at, "contribution", false))),
          list(node, path, "adjustments", (item, at) -> new PublishedRanking.PublishedAdjustment(
              text(item, at, "item", false), text(item, at, "kind", false), integer(item, at, "count"),
              number(item, at, "requested", false), number(item, at, "applied", false),
              text(item, at, "capNote", false), text(item, at, "note", false))),
          list(node, path, "corrections", (item, at) -> new PublishedRanking.PublishedCorrection(
              text(item, at, "period", false), text(item, at, "target", false), text(item, at, "indicator", false),
              text(item, at, "before", false), text(item, at, "after", false), text(item, at, "reason", false),
              text(item, at, "author", false), text(item, at, "time", false))));
    }

    private JsonNode field(JsonNode node, String path, String key) {
      if (node == null) {
        return null;
      }
      JsonNode value = node.get(key);
      if (value == null) {
        problem(path + key, "problem.io.ranking.missing");
      }
      return value;
    }

    private JsonNode object(JsonNode node, String path, String key) {
      JsonNode value = field(node, path, key);
      if (value != null && !value.isObject()) {
        problem(path + key, "problem.io.ranking.object");
        return null;
      }
      return value;
    }

    private String text(JsonNode node, String path, String key, boolean nullable) {
      JsonNode value = field(node, path, key);
      if (value == null || (nullable && value.isNull())) {
        return null;
      }
      if (!value.isTextual()) {
        problem(path + key, nullable ? "problem.io.ranking.string-or-null" : "problem.io.ranking.string");
        return null;
      }
      return value.asText();
    }

    private BigDecimal number(JsonNode node, String path, String key, boolean nullable) {
      JsonNode value = field(node, path, key);
      if (value == null || (nullable && value.isNull())) {
        return null;
      }
      if (!value.isNumber()) {
        problem(path + key, nullable ? "problem.io.ranking.number-or-null" : "problem.io.ranking.number");
        return null;
      }
      return value.decimalValue();
    }

    private int integer(JsonNode node, String path, String key) {
      JsonNode value = field(node, path, key);
      if (value == null) {
        return 0;
      }
      if (!value.canConvertToInt() || !value.isIntegralNumber()) {
        problem(path + key, "problem.io.ranking.whole-number");
        return 0;
      }
      return value.intValue();
    }

    private boolean bool(JsonNode node, String path, String key) {
      JsonNode value = field(node, path, key);
      if (value == null) {
        return false;
      }
      if (!value.isBoolean()) {
        problem(path + key, "problem.io.ranking.boolean");
        return false;
      }
      return value.booleanValue();
    }

    private <T> List<T> list(JsonNode node, String path, String key, BiFunction<JsonNode, String, T> item) {
      JsonNode value = field(node, path, key);
      if (value == null) {
        return List.of();
      }
      if (!value.isArray()) {
        problem(path + key, "problem.io.ranking.list");
        return List.of();
      }
      List<T> items = new ArrayList<>();
      for (int i = 0; i < value.size(); i++) {
        JsonNode element = value.get(i);
        String at = path + key + "[" + i + "]";
        if (!element.isObject() && !element.isValueNode()) {
          problem(at, "problem.io.ranking.object");
          continue;
        }
        T read = item.apply(element, at + ".");
        if (read != null) {
          items.add(read);
        }
      }
      return items;
    }

    private void problem(String path, String key) {
      String field = path.endsWith(".") ? path.substring(0, path.length() - 1) : path;
      problems.add(Problem.keyed(name, field, "", key));
    }

    private static String orEmpty(String text) {
      return text == null ? "" : text;
    }

    private static BigDecimal orZero(BigDecimal value) {
      return value == null ? BigDecimal.ZERO : value;
    }
  }
}
