package io.appraisal.io.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Policy;
import io.appraisal.io.InputLimits;
import io.appraisal.io.csv.TextEncoding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads and writes policy files: YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}), the same model in both.
 * The full reference with an example is {@code docs/POLICY-FORMAT.md}; the JSON Schema is the class-path resource
 * {@code io/appraisal/io/policy/policy.schema.json}. In short:
 *
 * <pre>{@code
 * id: baicheng-2022                 # required; name (default: id), version (default "1"), description optional
 * scale: 100                        # the score-rate scale (default 100)
 * categories:                       # required, at least one
 *   - {id: party, name: 党委部门}
 *   - {id: government, name: 政府部门}
 * indicators:                       # required: the root of the indicator tree
 *   id: total
 *   name: 总分
 *   missing: exclude                # fail | zero | exclude; inherited by the children
 *   weightsSum: 1                   # optional check: the children's weights sum to this (within 1e-9)
 *   aggregation: sum                # groups: sum | arithmetic-mean | geometric-mean | harmonic-mean | minimum
 *   children:                       # a group has children, a leaf has a rule, never both
 *     - id: "5.1"
 *       name: litigation loss rate
 *       points: 6                   # default: the children's sum for a sum group, else 1
 *       weight: 1                   # used by a mean-type parent (default 1)
 *       direction: lower            # higher | lower (default higher)
 *       frequency: yearly           # quarterly | half-yearly (Q2, Q4) | yearly (Q4); default quarterly, for the subtree
 *       appliesTo: {categories: [government], attributes: [enforcement]}
 *       range: [0, 100]             # the raw value's range; null for an open end
 *       rule: {type: goalposts, lower: 5, upper: 30}   # the rule type, its parameters inline
 * adjustments:
 *   items:
 *     - {id: bonus.regulation, name: 起草法规, kind: bonus, pointsEach: 1, itemCap: 2}
 *     - {id: veto.illegal-act, name: 重大违法行为, kind: veto, effect: ranked-last}   # bonus | deduction | veto
 *   bonusCap: 3                     # a veto's effect: lowest-grade (default) | ranked-last | excluded
 *   deductionCap: 10
 * grades:
 *   bands: [{name: 优秀, minScore: 90, quota: 0.3}, {name: 良好, minScore: 80}]
 *   lowest: 较差
 *   quotaRounding: floor            # floor | ceiling | up | down | half-up | half-down | half-even
 *   quotaTies: all-qualify          # all-qualify | tie-break
 * ranking:
 *   method: competition             # competition | dense | fractional | ordinal
 *   tieBreaks: [{indicator: "9"}, fewer-deductions, unit-id]
 * rounding: {scale: 2, mode: half-up}
 * annual:                           # quarters into the year; weights sum to 1
 *   quarterWeight: 0.4
 *   quarterValue: score-rate        # score-rate | composite
 *   missingQuarter: fail            # fail | mean-of-present | zero
 *   components: [{id: year-end.onsite, name: 年终实地考评, weight: 0.6, range: [0, 100]}]
 * selfAssessmentTolerance: 5        # default: self-assessments are not checked
 * }</pre>
 *
 * <p>Text such as an id may be written as a number and is then taken as written ({@code id: 1.10} is "1.10"). Every
 * problem of a file is reported at once in an {@link InvalidInputException}: each {@link
 * io.appraisal.core.Problem} carries the file name, the line and the field path (indicators by id, as the engine
 * names them: {@code indicators.3.2.rule.perIncident}; list entries by position: {@code categories.1.id}), and its
 * message starts with the column: {@code column 7: unknown key; allowed keys: ...}. Its key is in the bundle's
 * {@code problem.io.policy} section, whose texts take the column as {@code {0}}.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class PolicyFiles {
  /** The two spellings of a policy file. */
  public enum Format {
    YAML(YAMLFactory.builder()
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .disable(YAMLGenerator.Feature.SPLIT_LINES)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        // An id such as "1.1" must stay a string for tools that read the file without this library.
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
        .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
        .loaderOptions(InputLimits.yamlLoaderOptions())
        .streamReadConstraints(InputLimits.constraints(InputLimits.MAX_POLICY_SIZE))
        .build()),
    JSON(JsonFactory.builder().streamReadConstraints(InputLimits.constraints(InputLimits.MAX_POLICY_SIZE)).build());

    private final JsonFactory factory;
    private final ObjectWriter writer;

    Format(JsonFactory factory) {
      this.factory = factory;
      DefaultIndenter newLines = new DefaultIndenter("  ", "\n");
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
          .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(newLines)
          .withArrayIndenter(newLines);
      // Plain decimals: 0.0000001 rather than 1E-7, which YAML 1.1 readers would take for a string.
      this.writer = new ObjectMapper(factory).enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).writer(printer);
    }

    /** The format a file name's extension says: {@code .yaml}, {@code .yml} or {@code .json}. */
    public static Format of(Path file) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".yaml") || name.endsWith(".yml")) {
        return YAML;
      }
      checkArgument(name.endsWith(".json"), "a policy file name must end in .yaml, .yml or .json but was: %s", file);
      return JSON;
    }
  }

  private PolicyFiles() {}

  /**
   * Reads a policy file, in the format its extension says; problems name the file as {@code file} is written.
   *
   * @throws InvalidInputException listing every problem in the file
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Policy read(Path file) {
    return parse(file).policy();
  }

  /**
   * Reads a policy from text.
   *
   * @param sourceName the name problems give as their source, usually the file name
   * @throws InvalidInputException listing every problem in the text
   */
  public static Policy read(String sourceName, String text, Format format) {
    return parse(sourceName, text, format).policy();
  }

  /** Like {@link #read(Path)}, keeping where each field was written for {@link ParsedPolicy#locate}. */
  public static ParsedPolicy parse(Path file) {
    Format format = Format.of(requireNonNull(file, "file"));
    String source = file.toString();
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > InputLimits.MAX_POLICY_SIZE) { // refused before reading it
        throw invalid(source, new Location(1, 1), "problem.io.policy.file-too-big", size,
            InputLimits.MAX_POLICY_SIZE);
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read policy file " + file, e);
    }
    String wide = TextEncoding.wideEncoding(bytes);
    if (wide != null) {
      throw wide.startsWith("UTF-16 or")
          ? invalid(source, new Location(1, 1), "problem.io.policy.zero-bytes")
          : invalid(source, new Location(1, 1), "problem.io.policy.wide", wide);
    }
    // Chinese Windows editors save "ANSI" text in GBK, which GB18030 contains: read as the data files are read.
    TextEncoding.Decoded decoded = TextEncoding.AUTO.decode(source, bytes);
    if (decoded.problem() != null) {
      throw invalid(source, new Location(decoded.problem().line(), 1), "problem.io.policy.not-decodable");
    }
    return parse(source, decoded.text(), format);
  }

  /** Like {@link #read(String, String, Format)}, keeping where each field was written. */
  public static ParsedPolicy parse(String sourceName, String text, Format format) {
    requireNonNull(sourceName, "sourceName");
    requireNonNull(text, "text");
    requireNonNull(format, "format");
    // Editors on Windows may start a UTF-8 file with a byte-order mark, which the parsers do not expect.
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return PolicyReader.read(sourceName, tree(sourceName, content, format));
  }

  /**
   * Writes a policy in the canonical form: keys in a fixed order, rule parameters sorted by name, numbers written so
   * that reading the text back gives the same policy, field by field; '\n' line endings.
   *
   * @throws IllegalArgumentException if a grade band's minScore is infinite, which the format cannot express
   */
  public static String write(Policy policy, Format format) {
    requireNonNull(policy, "policy");
    requireNonNull(format, "format");
    try {
      String text = format.writer.writeValueAsString(PolicyWriter.document(policy));
      return text.endsWith("\n") ? text : text + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write policy " + policy.id(), e);
    }
  }

  private static Node tree(String source, String text, Format format) {
    if (text.length() > InputLimits.MAX_POLICY_SIZE) {
      throw invalid(source, new Location(1, 1), "problem.io.policy.policy-too-long", text.length(),
          InputLimits.MAX_POLICY_SIZE);
    }
    JsonParser parser;
    try {
      parser = format.factory.createParser(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading from memory
    }
    try {
      if (parser.nextToken() == null) {
        throw invalid(source, new Location(1, 1), "problem.io.policy.empty");
      }
      Node tree = Node.read(parser);
      if (parser.nextToken() != null) {
        throw invalid(source, Location.of(parser.currentTokenLocation()), "problem.io.policy.trailing");
      }
      return tree;
    } catch (StreamConstraintsException e) {
      throw invalid(source, Location.of(parser.currentLocation()), "problem.io.policy.refused", e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
        throw invalid(source, yaml);
      }
      Location at = Location.of(e.getLocation() != null ? e.getLocation() : parser.currentLocation());
      if (e instanceof Node.Refused refused) {
        throw invalid(source, at, refused.key, refused.arguments);
      }
      if (e.getCause() instanceof YAMLException yaml) { // SnakeYAML's limits, which carry no mark
        throw invalid(source, at, "problem.io.policy.refused", yaml.getMessage());
      }
      throw invalid(source, at, "problem.io.policy.malformed", format, e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      close(parser); // after the catch clauses: closing moves the parser's location to the end
    }
  }

  private static void close(JsonParser parser) {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading from memory
    }
  }

  /** SnakeYAML's marks say where the problem is; Jackson's location is where reading stopped. Marks are 0-based. */
  private static InvalidInputException invalid(String source, MarkedYAMLException e) {
    Mark problem = e.getProblemMark();
    Mark context = e.getContextMark();
    Location at = new Location(problem.getLine() + 1, problem.getColumn() + 1);
    return e.getContext() == null || context == null
        ? invalid(source, at, "problem.io.policy.malformed-yaml", e.getProblem())
        : invalid(source, at, "problem.io.policy.malformed-yaml-context", e.getProblem(), e.getContext(),
            context.getLine() + 1, context.getColumn() + 1);
  }

  private static InvalidInputException invalid(String source, Location at, String key, Object... arguments) {
    return new InvalidInputException(List.of(PolicyReader.problem(source, at, "", "", key, arguments)));
  }
}
