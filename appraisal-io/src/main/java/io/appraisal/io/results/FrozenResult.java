package io.appraisal.io.results;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import io.appraisal.core.Correction;
import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The marker of a published, frozen result ({@code ranking-2022-Q4.frozen} next to the result files): what the
 * result was computed from when it was frozen, so that a later run can tell a permitted change from a forbidden one.
 *
 * <p>The rule ({@link #check}): a frozen period may be recomputed only if the policy hash is unchanged and either
 * the data hash is unchanged (the same result again) or the only change came through the correction log (复核):
 * the hash of the raw inputs without the log ({@code inputSha256}) is unchanged and the log entries of the period
 * recorded at freezing are, in order, the first entries of the log now (the log only grew). Anything else (a value,
 * unit or adjustment edited, a correction removed or rewritten, another policy) is refused.
 *
 * <p>The file is JSON, UTF-8, two-space indentation:
 *
 * <pre>
 * {"format": "appraisal-frozen", "formatVersion": 1, "period": "2022-Q4",
 *  "policySha256": "…", "dataSha256": "…", "inputSha256": "…",
 *  "corrections": [{"unit", "period", "target", "indicator", "before", "after", "reason", "author", "time"}]}
 * </pre>
 *
 * @param period the period frozen
 * @param policySha256 the policy hash of the frozen result
 * @param dataSha256 the data hash of the frozen result (raw inputs and the corrections applied)
 * @param inputSha256 the data hash of the same inputs evaluated without the correction log
 * @param corrections the log entries of the period (of the year and its quarters, for a year) at freezing, in order
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public record FrozenResult(String period, String policySha256, String dataSha256, String inputSha256,
    List<Entry> corrections) {
  public static final String FORMAT = "appraisal-frozen";
  public static final int FORMAT_VERSION = 1;

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ObjectMapper READER = new ObjectMapper();

  public FrozenResult {
    requireNonNull(period, "period");
    requireNonNull(policySha256, "policySha256");
    requireNonNull(dataSha256, "dataSha256");
    requireNonNull(inputSha256, "inputSha256");
    corrections = ImmutableList.copyOf(corrections);
  }

  /** One entry of the correction log as the marker records it; {@code time} in UTC ISO-8601. */
  public record Entry(String unit, String period, String target, String indicator, String before, String after,
      String reason, String author, String time) {
    public static Entry of(Correction c) {
      return new Entry(c.unit(), c.period().toString(), c.target().name(), c.indicator(), c.before(), c.after(),
          c.reason(), c.author(), c.time().toString());
    }
  }

  /** The entries of a correction log as the marker records them. */
  public static List<Entry> entries(List<Correction> log) {
    return log.stream().map(Entry::of).toList();
  }

  /** What {@link #check} decided. */
  public enum Verdict {
    /** The same policy and data: the same result. */
    UNCHANGED,
    /** The raw inputs are unchanged and the correction log only grew. */
    CORRECTIONS_ONLY,
    /** Anything else. */
    REFUSED
  }

  /**
   * Whether a recomputation of the frozen period may replace it.
   *
   * @param policy the policy hash now
   * @param data the data hash now
   * @param input the data hash now without the correction log
   * @param log the log entries of the period now, in order
   */
  public Verdict check(String policy, String data, String input, List<Entry> log) {
    if (!policy.equals(policySha256)) {
      return Verdict.REFUSED;
    }
    if (data.equals(dataSha256)) {
      return Verdict.UNCHANGED;
    }
    boolean grew = log.size() >= corrections.size() && log.subList(0, corrections.size()).equals(corrections);
    return input.equals(inputSha256) && grew ? Verdict.CORRECTIONS_ONLY : Verdict.REFUSED;
  }

  /** The marker file's bytes. */
  public byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      json.setPrettyPrinter(RankingJson.prettyPrinter());
      json.writeStartObject();
      json.writeStringField("format", FORMAT);
      json.writeNumberField("formatVersion", FORMAT_VERSION);
      json.writeStringField("period", period);
      json.writeStringField("policySha256", policySha256);
      json.writeStringField("dataSha256", dataSha256);
      json.writeStringField("inputSha256", inputSha256);
      json.writeArrayFieldStart("corrections");
      for (Entry c : corrections) {
        json.writeStartObject();
        json.writeStringField("unit", c.unit());
        json.writeStringField("period", c.period());
        json.writeStringField("target", c.target());
        json.writeStringField("indicator", c.indicator());
        json.writeStringField("before", c.before());
        json.writeStringField("after", c.after());
        json.writeStringField("reason", c.reason());
        json.writeStringField("author", c.author());
        json.writeStringField("time", c.time());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // writing to memory
    }
    out.write('\n');
    return out.toByteArray();
  }

  /**
   * Reads a marker file.
   *
   * @throws InvalidInputException when the file is not a marker
   * @throws IOException when it cannot be read
   */
  public static FrozenResult read(Path file) throws IOException {
    requireNonNull(file, "file");
    String name = file.toString();
    JsonNode root;
    try {
      root = READER.readTree(Files.readAllBytes(file));
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(List.of(new Problem(name, 0, "", "", "not a frozen-result marker: "
          + e.getOriginalMessage())));
    }
    List<Problem> problems = new ArrayList<>();
    if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
      throw new InvalidInputException(List.of(new Problem(name, 0, "format", "", "not a frozen-result marker:"
          + " expected \"format\": \"" + FORMAT + "\"")));
    }
    String period = text(root, "period", name, problems);
    String policy = text(root, "policySha256", name, problems);
    String data = text(root, "dataSha256", name, problems);
    String input = text(root, "inputSha256", name, problems);
    List<Entry> corrections = new ArrayList<>();
    JsonNode list = root.path("corrections");
    for (JsonNode c : list) {
      corrections.add(new Entry(c.path("unit").asText(), c.path("period").asText(), c.path("target").asText(),
          c.path("indicator").asText(), c.path("before").asText(), c.path("after").asText(),
          c.path("reason").asText(), c.path("author").asText(), c.path("time").asText()));
    }
    if (!list.isArray()) {
      problems.add(new Problem(name, 0, "corrections", "", "missing or not a list"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new FrozenResult(period, policy, data, input, corrections);
  }

  private static String text(JsonNode root, String key, String name, List<Problem> problems) {
    JsonNode value = root.get(key);
    if (value == null || !value.isTextual()) {
      problems.add(new Problem(name, 0, key, "", "missing or not a string"));
      return "";
    }
    return value.asText();
  }
}
