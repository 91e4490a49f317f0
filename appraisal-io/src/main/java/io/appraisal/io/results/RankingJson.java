package io.appraisal.io.results;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.appraisal.core.AppliedAdjustment;
import io.appraisal.core.AnnualRollup;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.Category;
import io.appraisal.core.Correction;
import io.appraisal.core.IndicatorScore;
import io.appraisal.core.Indicator;
import io.appraisal.core.Note;
import io.appraisal.core.Policy;
import io.appraisal.core.Provenance;
import io.appraisal.core.Rounding;
import io.appraisal.core.UnitResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.OptionalDouble;

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
 * status} is one of {@code SCORED}, {@code NOT_APPLICABLE}, {@code IMPUTED_ZERO},
 * {@code EXCLUDED}; {@code raw} is null for groups and missing values; the {@code contribution}s of the leaves add up
 * to the score rate.
 */
public final class RankingJson {
  public static final String FORMAT = "appraisal-ranking";
  public static final int FORMAT_VERSION = 1;
  /** The JSON Schema of the format, as a classpath resource. */
  public static final String SCHEMA_RESOURCE = "io/appraisal/io/results/ranking.schema.json";

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private RankingJson() {}

  /** The file's bytes. */
  public static byte[] bytes(RankingReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      json.setPrettyPrinter(prettyPrinter());
      write(report, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // writing to memory
    }
    out.write('\n');
    return out.toByteArray();
  }

  /** Writes the file atomically. */
  public static void write(RankingReport report, Path file) throws IOException {
    AtomicFiles.write(file, bytes(report));
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }

  private static void write(RankingReport report, JsonGenerator json) throws IOException {
    AppraisalResult result = report.current();
    Policy policy = result.policy();
    Rounding rounding = policy.rounding();
    json.writeStartObject();
    json.writeStringField("format", FORMAT);
    json.writeNumberField("formatVersion", FORMAT_VERSION);
    json.writeObjectFieldStart("policy");
    json.writeStringField("id", policy.id());
    json.writeStringField("name", policy.name());
    json.writeStringField("version", policy.version());
    json.writeEndObject();
    json.writeStringField("period", result.period().toString());
    json.writeFieldName("previousPeriod");
    if (report.previous().isPresent()) {
      json.writeString(report.previous().get().period().toString());
    } else {
      json.writeNull();
    }
    number(json, "scale", Numbers.detail(policy.scale()));
    json.writeObjectFieldStart("rounding");
    json.writeNumberField("scale", rounding.scale());
    json.writeStringField("mode", rounding.mode().name());
    json.writeEndObject();
    json.writeStringField("rankingMethod", policy.ranking().method().name());
    Provenance provenance = result.provenance();
    json.writeObjectFieldStart("provenance");
    json.writeStringField("policySha256", provenance.policySha256());
    json.writeStringField("dataSha256", provenance.dataSha256());
    json.writeStringField("libraryVersion", provenance.libraryVersion());
    json.writeEndObject();
    json.writeArrayFieldStart("categories");
    for (Category category : policy.categories()) {
      json.writeStartObject();
      json.writeStringField("id", category.id());
      json.writeStringField("name", category.name());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("units");
    for (UnitResult unit : result.ranking()) {
      unit(report, policy, unit, json);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("notes");
    for (Note note : result.notes()) {
      json.writeStartObject();
      json.writeStringField("unit", note.unit());
      json.writeStringField("indicator", note.indicator());
      json.writeStringField("kind", note.kind().name());
      json.writeStringField("message", note.message());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void unit(RankingReport report, Policy policy, UnitResult unit, JsonGenerator json)
      throws IOException {
    Rounding rounding = policy.rounding();
    json.writeStartObject();
    number(json, "rank", Numbers.rank(unit.rank()));
    number(json, "categoryRank", Numbers.rank(unit.categoryRank()));
    OptionalDouble previousRank = report.previousRank(unit.id());
    number(json, "previousRank", previousRank.isPresent() ? Numbers.rank(previousRank.getAsDouble()) : null);
    OptionalDouble change = report.rankChange(unit.id());
    number(json, "rankChange", change.isPresent() ? Numbers.rank(change.getAsDouble()) : null);
    json.writeStringField("unitId", unit.id());
    json.writeStringField("unitName", unit.unit().name());
    json.writeStringField("category", unit.unit().category());
    json.writeArrayFieldStart("attributes");
    for (String attribute : unit.unit().attributes()) {
      json.writeString(attribute);
    }
    json.writeEndArray();
    number(json, "points", Numbers.detail(unit.points()));
    number(json, "maxPoints", Numbers.detail(unit.maxPoints()));
    number(json, "scoreRate", Numbers.published(unit.scoreRate(), rounding));
    number(json, "bonus", Numbers.published(unit.bonus(), rounding));
    number(json, "deduction", Numbers.published(unit.deduction(), rounding));
    number(json, "composite", Numbers.detail(unit.composite()));
    number(json, "score", unit.published());
    json.writeFieldName("grade");
    if (unit.grade().isPresent()) {
      json.writeString(unit.grade().get());
    } else {
      json.writeNull();
    }
    json.writeBooleanField("vetoed", unit.vetoed());
    number(json, "selfScoreRate", Numbers.detail(unit.selfScoreRate()));
    json.writeBooleanField("selfAssessmentFlagged", unit.selfAssessmentFlagged());
    json.writeArrayFieldStart("indicators");
    for (IndicatorScore score : unit.indicators()) {
      json.writeStartObject();
      json.writeStringField("indicator", score.indicator());
      json.writeStringField("name", indicatorName(policy, score.indicator()));
      json.writeBooleanField("leaf", score.leaf());
      json.writeStringField("status", score.status().name());
      number(json, "raw", Numbers.detail(score.raw()));
      number(json, "score", Numbers.detail(score.score()));
      number(json, "max", Numbers.detail(score.max()));
      number(json, "contribution", Numbers.detail(score.contribution()));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("adjustments");
    for (AppliedAdjustment adjustment : unit.adjustments()) {
      json.writeStartObject();
      json.writeStringField("item", adjustment.item());
      json.writeStringField("kind", adjustment.kind().name());
      json.writeNumberField("count", adjustment.count());
      number(json, "requested", Numbers.detail(adjustment.requested()));
      number(json, "applied", Numbers.detail(adjustment.applied()));
      json.writeStringField("capNote", adjustment.capNote());
      json.writeStringField("note", adjustment.note());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("corrections");
    for (Correction correction : unit.corrections()) {
      json.writeStartObject();
      json.writeStringField("period", correction.period().toString());
      json.writeStringField("target", correction.target().name());
      json.writeStringField("indicator", correction.indicator());
      json.writeStringField("before", correction.before());
      json.writeStringField("after", correction.after());
      json.writeStringField("reason", correction.reason());
      json.writeStringField("author", correction.author());
      json.writeStringField("time", correction.time().toString());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** The name of an indicator of the tree or of a year-end component of the annual roll-up. */
  private static String indicatorName(Policy policy, String id) {
    return policy.indicator(id).map(Indicator::name)
        .or(() -> policy.annual().flatMap(annual -> annual.components().stream()
            .filter(component -> component.id().equals(id)).map(AnnualRollup.YearEndComponent::name).findFirst()))
        .orElse("");
  }

  private static void number(JsonGenerator json, String name, BigDecimal value) throws IOException {
    json.writeFieldName(name);
    if (value == null) {
      json.writeNull();
    } else {
      json.writeNumber(value);
    }
  }
}
