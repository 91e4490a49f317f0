package io.appraisal.io.results;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableList;
import io.appraisal.core.Correction;
import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Problem;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
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

  private static final ObjectMapper READER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

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

  /** The file as written: the format, then the marker's fields in order. */
  record Marker(String format, int formatVersion, String period, String policySha256, String dataSha256,
      String inputSha256, List<Entry> corrections) {}

  /** The marker file's bytes. */
  public byte[] bytes() {
    return RankingJson.write(new Marker(FORMAT, FORMAT_VERSION, period, policySha256, dataSha256, inputSha256,
        corrections));
  }

  /**
   * Reads a marker file.
   *
   * @throws InvalidInputException when the file is not a marker, naming the field that is missing, null or of the
   *     wrong type by its JSON path ({@code corrections[0].time})
   * @throws IOException when it cannot be read
   */
  public static FrozenResult read(Path file) throws IOException {
    requireNonNull(file, "file");
    String name = file.toString();
    JsonNode root;
    try {
      root = READER.readTree(Files.readAllBytes(file));
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new InvalidInputException(List.of(Problem.keyed(name, line, "", "", "problem.io.frozen.invalid",
          e.getOriginalMessage())));
    } catch (CharConversionException e) { // zero bytes that Jackson took for UTF-32 of an odd byte order
      throw new InvalidInputException(List.of(Problem.keyed(name, 1, "", "", "problem.io.frozen.invalid",
          e.getMessage())));
    }
    if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
      throw new InvalidInputException(List.of(Problem.keyed(name, "format", "", "problem.io.frozen.format",
          FORMAT)));
    }
    Marker marker;
    try {
      marker = READER.treeToValue(root, Marker.class);
    } catch (JsonMappingException e) {
      String path = e.getPath().stream()
          .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining()).replaceFirst("^\\.", "");
      throw new InvalidInputException(List.of(Problem.keyed(name, path, "", "problem.io.frozen.field")));
    }
    return new FrozenResult(marker.period(), marker.policySha256(), marker.dataSha256(), marker.inputSha256(),
        marker.corrections());
  }
}
