package io.appraisal.robustness;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.appraisal.core.Aggregation;
import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Problem;
import io.appraisal.core.RuleSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an uncertainty file: the run's settings and the uncertain choices, every problem located by line.
 *
 * <pre>{@code
 * seed: 2022          # optional, default 1
 * samples: 2000       # optional, default 1000
 * k: 10               # optional, default 10: the rank threshold of P(rank <= k)
 * choices:
 *   - {factor: weights, weights: total, range: 0.2}           # each child of total within ±20 %, renormalised
 *   - {factor: weights, dirichlet: "4", concentration: 100}   # Dirichlet around the nominal shares
 *   - {factor: method, rules: "2.2", alternatives: [{type: min-max}]}
 *   - {factor: method, aggregations: "4", alternatives: [arithmetic-mean, geometric-mean]}
 *   - {factor: data, noise: "2.2", relative: 0.05}            # or absolute: 2
 *   - {factor: exclusion, exclude: "4.3", probability: 0.1}
 * }</pre>
 *
 * <p>A choice without {@code factor} is a factor of its own. Whether the indicators exist and fit the choice is
 * checked against the policy by {@link Uncertainty#problems}, at the same lines.
 */
public final class UncertaintyFile {
  private static final Map<String, Set<String>> PARAMETERS = Map.of(
      "weights", Set.of("range"),
      "dirichlet", Set.of("concentration"),
      "rules", Set.of("alternatives"),
      "aggregations", Set.of("alternatives"),
      "noise", Set.of("relative", "absolute"),
      "exclude", Set.of("probability"));

  /**
   * The settings and choices of a file.
   *
   * @param seed the seed of the samples
   * @param samples how many samples the uncertainty analysis draws
   * @param k the rank threshold of P(rank ≤ k)
   * @param uncertainty the choices
   */
  public record Parsed(long seed, int samples, int k, Uncertainty uncertainty) {}

  private final String source;
  private final List<Problem> problems = new ArrayList<>();

  private UncertaintyFile(String source) {
    this.source = source;
  }

  /**
   * Reads a file.
   *
   * @throws InvalidInputException listing every problem, each with the file, line, field and value (a file that
   *     is not UTF-8 is one problem)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Parsed read(Path file) {
    try {
      return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (CharacterCodingException e) { // such as a file saved as GBK: the file is read as UTF-8 only
      throw new InvalidInputException(List.of(Problem.keyed(file.toString(), 0, "", "",
          "problem.robustness.not-utf8")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a classpath resource, such as the bundled example's. */
  public static Parsed readResource(ClassLoader loader, String name) {
    try (InputStream in = loader.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + name);
      }
      return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses the text of a file named {@code source}. */
  public static Parsed parse(String source, String text) {
    UncertaintyFile file = new UncertaintyFile(source);
    Parsed parsed = file.parse(text);
    if (!file.problems.isEmpty()) {
      throw new InvalidInputException(file.problems);
    }
    return parsed;
  }

  /** A value with the line it was written on: a map, list, string, number, boolean or null. */
  private record Value(long line, Object value, String text) {}

  private Parsed parse(String text) {
    Value root;
    try (JsonParser parser = YAMLFactory.builder().build().createParser(text)) {
      if (parser.nextToken() == null) {
        problems.add(Problem.keyed(source, 0, "", "", "problem.robustness.empty-file"));
        return null;
      }
      root = read(parser);
    } catch (StreamReadException e) {
      problems.add(Problem.keyed(source, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "", "",
          "problem.robustness.not-yaml", e.getOriginalMessage()));
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Value> top = map(root, "");
    if (top == null) {
      return null;
    }
    known(top, Set.of("seed", "samples", "k", "choices"), "");
    long seed = whole(top, "seed", Long.MIN_VALUE, Long.MAX_VALUE, 1);
    int samples = (int) whole(top, "samples", 1, RobustnessAnalysis.MAX_SAMPLES, 1000);
    int k = (int) whole(top, "k", 1, Integer.MAX_VALUE, 10);
    Uncertainty.Builder builder = Uncertainty.builder();
    Value choices = top.get("choices");
    if (choices != null && !(choices.value() instanceof List)) {
      problem(choices, "choices", "problem.robustness.choices-not-list");
    } else if (choices != null) {
      @SuppressWarnings("unchecked")
      List<Value> items = (List<Value>) choices.value();
      for (int i = 0; i < items.size(); i++) {
        choice(items.get(i), "choices[" + i + "]", builder);
      }
    }
    return new Parsed(seed, samples, k, builder.build());
  }

  /**
   * A whole-number setting in {@code [min, max]}, {@code fallback} when absent (or wrong, the problem recorded): a
   * seed of 2.5 or 2^64 is refused rather than cut to another seed, a sample count beyond the limit rather than run.
   */
  private long whole(Map<String, Value> top, String name, long min, long max, long fallback) {
    Value value = top.get(name);
    if (value == null) {
      return fallback;
    }
    if (!(value.value() instanceof Integer || value.value() instanceof Long || value.value() instanceof BigInteger)) {
      problem(value, name, value.value() instanceof Number ? "problem.robustness.not-whole"
          : "problem.robustness.not-number");
      return fallback;
    }
    BigInteger number = new BigInteger(value.value().toString());
    if (number.compareTo(BigInteger.valueOf(min)) < 0) {
      problem(value, name, "problem.robustness.at-least", min);
      return fallback;
    }
    if (number.compareTo(BigInteger.valueOf(max)) > 0) {
      problem(value, name, "problem.robustness.at-most", max);
      return fallback;
    }
    return number.longValueExact();
  }

  private void choice(Value item, String path, Uncertainty.Builder builder) {
    Map<String, Value> fields = map(item, path);
    if (fields == null) {
      return;
    }
    List<String> kinds = fields.keySet().stream().filter(PARAMETERS::containsKey).toList();
    if (kinds.size() != 1) {
      if (kinds.isEmpty()) {
        problem(item, path, "problem.robustness.no-choice", PARAMETERS.keySet().stream().sorted().toList());
      } else {
        problem(item, path, "problem.robustness.several-choices", kinds);
      }
      return;
    }
    String kind = kinds.get(0);
    Set<String> allowed = new java.util.HashSet<>(PARAMETERS.get(kind));
    allowed.add(kind);
    allowed.add("factor");
    known(fields, allowed, path);
    String node = fields.get(kind).text();
    Value factor = fields.get("factor");
    if (factor != null && factor.text().isBlank()) {
      problem(factor, path + ".factor", "problem.robustness.blank-factor");
      return;
    }
    builder.factor(factor == null ? null : factor.text());
    int before = problems.size();
    try {
      switch (kind) {
        case "weights" -> builder.weights(node, fraction(required(fields, "range", item, path), path + ".range",
            "problem.robustness.range-above-one", node));
        case "dirichlet" -> builder.dirichlet(node,
            number(required(fields, "concentration", item, path), path + ".concentration", Double.MIN_VALUE));
        case "rules" -> builder.rules(node, list(required(fields, "alternatives", item, path), path + ".alternatives")
            .stream().map(v -> ruleSpec(v, path + ".alternatives")).toList());
        case "aggregations" -> builder.aggregations(node,
            list(required(fields, "alternatives", item, path), path + ".alternatives").stream()
                .map(v -> aggregation(v, path + ".alternatives")).toList());
        case "noise" -> noise(fields, item, path, node, builder);
        default -> builder.exclude(node, fraction(required(fields, "probability", item, path),
            path + ".probability", "problem.robustness.probability-above-one", node));
      }
    } catch (IllegalArgumentException e) {
      if (problems.size() == before) {
        throw e; // every bound of the builder is checked above, as a problem of the file
      }
      return;
    }
    builder.at(source, item.line());
  }

  private void noise(Map<String, Value> fields, Value item, String path, String node, Uncertainty.Builder builder) {
    if (fields.containsKey("relative") == fields.containsKey("absolute")) {
      problem(item, path, "problem.robustness.noise-relative-or-absolute");
      throw new IllegalArgumentException();
    }
    if (fields.containsKey("relative")) {
      builder.relativeNoise(node, number(fields.get("relative"), path + ".relative", 0));
    } else {
      builder.absoluteNoise(node, number(fields.get("absolute"), path + ".absolute", 0));
    }
  }

  private Value required(Map<String, Value> fields, String key, Value item, String path) {
    Value value = fields.get(key);
    if (value == null) {
      problem(item, path + "." + key, "problem.robustness.required");
      throw new IllegalArgumentException();
    }
    return value;
  }

  private RuleSpec ruleSpec(Value value, String path) {
    Map<String, Value> fields = map(value, path);
    if (fields == null || !fields.containsKey("type") || fields.get("type").text().isBlank()) {
      if (fields != null) {
        problem(value, path, "problem.robustness.rule-type");
      }
      throw new IllegalArgumentException();
    }
    Map<String, Object> parameters = new LinkedHashMap<>();
    int before = problems.size();
    fields.forEach((key, v) -> {
      if (!key.equals("type")) {
        parameters.put(key, plain(v, path + "." + key));
      }
    });
    if (problems.size() > before) {
      throw new IllegalArgumentException();
    }
    return new RuleSpec(fields.get("type").text(), parameters);
  }

  private Aggregation aggregation(Value value, String path) {
    String name = value.text();
    try {
      return Aggregation.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      problem(value, path, "problem.robustness.unknown-aggregation", java.util.Arrays.stream(Aggregation.values())
          .map(a -> a.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
      throw e;
    }
  }

  /** The plain value of a rule parameter at {@code path}; an empty one (YAML null) is a problem. */
  private Object plain(Value value, String path) {
    if (value.value() instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((key, v) -> copy.put((String) key, plain((Value) v, path + "." + key)));
      return copy;
    }
    if (value.value() instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        copy.add(plain((Value) list.get(i), path + "[" + i + "]"));
      }
      return copy;
    }
    if (value.value() == null) {
      problem(value, path, "problem.robustness.empty-value");
    }
    return value.value();
  }

  /** A finite number of at least {@code min}: 0, {@link Double#MIN_VALUE} (above 0), 1 or no bound. */
  private double number(Value value, String field, double min) {
    if (!(value.value() instanceof Number number)) {
      problem(value, field, "problem.robustness.not-number");
      throw new IllegalArgumentException();
    }
    double result = number.doubleValue();
    if (!Double.isFinite(result)) {
      problem(value, field, "problem.robustness.not-finite");
      throw new IllegalArgumentException();
    }
    if (!(result >= min)) {
      if (min == 0) {
        problem(value, field, "problem.robustness.negative");
      } else if (min < 1) {
        problem(value, field, "problem.robustness.not-positive");
      } else {
        problem(value, field, "problem.robustness.at-least", (long) min);
      }
      throw new IllegalArgumentException();
    }
    return result;
  }

  /** A number in [0, 1]; above 1, the problem {@code key} naming the indicator and the number. */
  private double fraction(Value value, String field, String key, String node) {
    double result = number(value, field, 0);
    if (result > 1) {
      problem(value, field, key, node, result);
      throw new IllegalArgumentException();
    }
    return result;
  }

  @SuppressWarnings("unchecked")
  private List<Value> list(Value value, String field) {
    if (!(value.value() instanceof List) || ((List<Value>) value.value()).isEmpty()) {
      problem(value, field, "problem.robustness.empty-list");
      throw new IllegalArgumentException();
    }
    return (List<Value>) value.value();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Value> map(Value value, String field) {
    if (!(value.value() instanceof Map)) {
      problem(value, field, "problem.robustness.not-mapping");
      return null;
    }
    return (Map<String, Value>) value.value();
  }

  private void known(Map<String, Value> fields, Set<String> allowed, String path) {
    fields.forEach((key, value) -> {
      if (!allowed.contains(key)) {
        problems.add(Problem.keyed(source, value.line(), path.isEmpty() ? key : path + "." + key, value.text(),
            "problem.robustness.unknown-key", allowed.stream().sorted().toList()));
      }
    });
  }

  private void problem(Value value, String field, String key, Object... arguments) {
    problems.add(Problem.keyed(source, value.line(), field, value.text(), key, arguments));
  }

  /** Reads the value at the parser's current token; duplicate keys are problems. */
  private Value read(JsonParser parser) throws IOException {
    long line = parser.currentTokenLocation().getLineNr();
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      Map<String, Value> fields = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        parser.nextToken();
        Value value = read(parser);
        if (fields.putIfAbsent(key, value) != null) {
          problems.add(Problem.keyed(source, value.line(), key, value.text(), "problem.robustness.duplicate-key"));
        }
      }
      return new Value(line, fields, "");
    }
    if (token == JsonToken.START_ARRAY) {
      List<Value> items = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        items.add(read(parser));
      }
      return new Value(line, items, "");
    }
    Object scalar = switch (token) {
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue();
      case VALUE_TRUE, VALUE_FALSE -> token == JsonToken.VALUE_TRUE;
      case VALUE_NULL -> null;
      default -> parser.getText();
    };
    return new Value(line, scalar, parser.getText());
  }
}
