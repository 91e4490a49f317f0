package io.appraisal.io.results;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.appraisal.core.AnnualRollup;
import io.appraisal.core.AppliedAdjustment;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.Correction;
import io.appraisal.core.Indicator;
import io.appraisal.core.IndicatorScore;
import io.appraisal.core.Messages;
import io.appraisal.core.Note;
import io.appraisal.core.Policy;
import io.appraisal.core.Provenance;
import io.appraisal.core.Rounding;
import io.appraisal.core.UnitResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * A published ranking as a plain, immutable value: exactly what {@link RankingJson} writes and reads back, field
 * for field, with numbers as {@link BigDecimal}s carrying the digits written ({@code 80.00} keeps its scale). Build
 * one from a result with {@link #of}, read one with {@link RankingJson#read}; the two are equal for the same result.
 * Nullable fields are named in their descriptions.
 *
 * @param format always {@value RankingJson#FORMAT}
 * @param formatVersion the format version
 * @param policy the policy's id, name and version
 * @param period the period ranked, {@code 2022-Q4} or {@code 2022}
 * @param previousPeriod the period compared with for rank changes; null without one
 * @param scale the score-rate scale
 * @param rounding how published numbers are rounded
 * @param rankingMethod the ranking method's name
 * @param provenance what the result was computed from
 * @param frozen whether the result was published and frozen ({@code rank --freeze})
 * @param categories the policy's categories
 * @param units every unit in published order
 * @param notes values imputed, excluded or not applicable
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public record PublishedRanking(
    String format,
    int formatVersion,
    PolicyRef policy,
    String period,
    String previousPeriod,
    BigDecimal scale,
    RoundingRef rounding,
    String rankingMethod,
    ProvenanceRef provenance,
    boolean frozen,
    List<CategoryRef> categories,
    List<PublishedUnit> units,
    List<PublishedNote> notes) {

  public PublishedRanking {
    requireNonNull(format, "format");
    requireNonNull(policy, "policy");
    requireNonNull(period, "period");
    requireNonNull(scale, "scale");
    requireNonNull(rounding, "rounding");
    requireNonNull(rankingMethod, "rankingMethod");
    requireNonNull(provenance, "provenance");
    categories = ImmutableList.copyOf(categories);
    units = ImmutableList.copyOf(units);
    notes = ImmutableList.copyOf(notes);
  }

  /** The policy a result was computed with. */
  public record PolicyRef(String id, String name, String version) {}

  /** The rounding of published numbers: decimals and {@link java.math.RoundingMode} name. */
  public record RoundingRef(int scale, String mode) {}

  /** The hashes of the canonical policy and input data, and the library version. */
  public record ProvenanceRef(String policySha256, String dataSha256, String libraryVersion) {}

  public record CategoryRef(String id, String name) {}

  /**
   * One unit's published result.
   *
   * @param previousRank null when there is no previous period or the unit was not ranked then
   * @param rankChange places gained since the previous period (negative when lost); null like previousRank
   * @param grade null when the policy has no grades
   * @param selfScoreRate null without a self-assessment
   */
  public record PublishedUnit(
      BigDecimal rank, BigDecimal categoryRank, BigDecimal previousRank, BigDecimal rankChange,
      String unitId, String unitName, String category, List<String> attributes,
      BigDecimal points, BigDecimal maxPoints, BigDecimal scoreRate, BigDecimal bonus, BigDecimal deduction,
      BigDecimal composite, BigDecimal score, String grade, boolean vetoed, BigDecimal selfScoreRate,
      boolean selfAssessmentFlagged, List<PublishedIndicator> indicators, List<PublishedAdjustment> adjustments,
      List<PublishedCorrection> corrections) {
    public PublishedUnit {
      requireNonNull(unitId, "unitId");
      attributes = ImmutableList.copyOf(attributes);
      indicators = ImmutableList.copyOf(indicators);
      adjustments = ImmutableList.copyOf(adjustments);
      corrections = ImmutableList.copyOf(corrections);
    }
  }

  /** One indicator of a unit; {@code raw} is null for groups and missing values. */
  public record PublishedIndicator(String indicator, String name, boolean leaf, String status, BigDecimal raw,
      BigDecimal score, BigDecimal max, BigDecimal contribution) {}

  public record PublishedAdjustment(String item, String kind, int count, BigDecimal requested, BigDecimal applied,
      String capNote, String note) {}

  /** A correction applied, as published; {@code time} is ISO-8601 in UTC ({@code 2023-01-18T07:30:00Z}). */
  public record PublishedCorrection(String period, String target, String indicator, String before, String after,
      String reason, String author, String time) {}

  /** A note; {@code message} is its sentence in English, as the file has no language (its field names neither). */
  public record PublishedNote(String unit, String indicator, String kind, String message) {}

  /** The unit with this id. */
  public Optional<PublishedUnit> unit(String unitId) {
    return units.stream().filter(u -> u.unitId().equals(unitId)).findFirst();
  }

  /** This ranking marked frozen (published) or not. */
  public PublishedRanking withFrozen(boolean value) {
    return new PublishedRanking(format, formatVersion, policy, period, previousPeriod, scale, rounding,
        rankingMethod, provenance, value, categories, units, notes);
  }

  /**
   * One difference between a published ranking and another (a recomputation).
   *
   * @param what the path of the field that differs in the result JSON, such as {@code provenance.dataSha256},
   *     {@code units[G09].score} or {@code units[G09].indicators[1.2].raw}; a unit, indicator or category present
   *     in one ranking only is {@code units[G09]} with its id as the value on the side that has it
   * @param published the value in this ranking (empty when absent)
   * @param other the value in the other
   */
  public record Difference(String what, String published, String other) {
    /** {@code what: published X, recomputed Y} in the language of {@code messages} ({@code (none)} for absent). */
    public String render(Messages messages) {
      String none = messages.text("common.none-paren");
      return messages.text("verify.difference", what, published.isEmpty() ? none : published,
          other.isEmpty() ? none : other);
    }

    /** {@link #render} in English. */
    @Override
    public String toString() {
      return render(Messages.of(Locale.ENGLISH));
    }
  }

  /**
   * Every published figure that differs between this ranking and {@code other}: the policy and data hashes first,
   * then every field of the ranking, of each category, of each unit (matched by id) and of its indicator breakdown
   * (matched by indicator id: name, status, raw value, score, maximum, contribution), adjustments, corrections and
   * notes (matched by position). Fields are found from the record components, so a field added to the format is
   * compared without a change here. Numbers compare by value ({@code 80.0} equals {@code 80.00}). Only the library
   * version and the frozen flag are not compared.
   */
  public List<Difference> differencesFrom(PublishedRanking other) {
    requireNonNull(other, "other");
    List<Difference> out = new ArrayList<>();
    Differ.compare(out, "provenance.", provenance, other.provenance);
    Differ.compare(out, "", this, other);
    return out;
  }

  /** The published form of a report's current result (not frozen). */
  public static PublishedRanking of(RankingReport report) {
    requireNonNull(report, "report");
    AppraisalResult result = report.current();
    Policy policy = result.policy();
    Rounding rounding = policy.rounding();
    Provenance provenance = result.provenance();
    return new PublishedRanking(
        RankingJson.FORMAT,
        RankingJson.FORMAT_VERSION,
        new PolicyRef(policy.id(), policy.name(), policy.version()),
        result.period().toString(),
        report.previous().map(previous -> previous.period().toString()).orElse(null),
        Numbers.detail(policy.scale()),
        new RoundingRef(rounding.scale(), rounding.mode().name()),
        policy.ranking().method().name(),
        new ProvenanceRef(provenance.policySha256(), provenance.dataSha256(), provenance.libraryVersion()),
        false,
        policy.categories().stream().map(c -> new CategoryRef(c.id(), c.name())).toList(),
        result.ranking().stream().map(unit -> unit(report, policy, unit)).toList(),
        result.notes().stream().map(PublishedRanking::note).toList());
  }

  private static PublishedUnit unit(RankingReport report, Policy policy, UnitResult unit) {
    Rounding rounding = policy.rounding();
    OptionalDouble previousRank = report.previousRank(unit.id());
    OptionalDouble change = report.rankChange(unit.id());
    return new PublishedUnit(
        Numbers.rank(unit.rank()),
        Numbers.rank(unit.categoryRank()),
        previousRank.isPresent() ? Numbers.rank(previousRank.getAsDouble()) : null,
        change.isPresent() ? Numbers.rank(change.getAsDouble()) : null,
        unit.id(),
        unit.unit().name(),
        unit.unit().category(),
        List.copyOf(unit.unit().attributes()),
        Numbers.detail(unit.points()),
        Numbers.detail(unit.maxPoints()),
        Numbers.published(unit.scoreRate(), rounding),
        Numbers.published(unit.bonus(), rounding),
        Numbers.published(unit.deduction(), rounding),
        Numbers.detail(unit.composite()),
        unit.published(),
        unit.grade().orElse(null),
        unit.vetoed(),
        Numbers.detail(unit.selfScoreRate()),
        unit.selfAssessmentFlagged(),
        unit.indicators().stream().map(score -> indicator(policy, score)).toList(),
        unit.adjustments().stream().map(PublishedRanking::adjustment).toList(),
        unit.corrections().stream().map(PublishedRanking::correction).toList());
  }

  private static PublishedIndicator indicator(Policy policy, IndicatorScore score) {
    return new PublishedIndicator(score.indicator(), indicatorName(policy, score.indicator()), score.leaf(),
        score.status().name(), Numbers.detail(score.raw()), Numbers.detail(score.score()),
        Numbers.detail(score.max()), Numbers.detail(score.contribution()));
  }

  private static PublishedAdjustment adjustment(AppliedAdjustment a) {
    return new PublishedAdjustment(a.item(), a.kind().name(), a.count(), Numbers.detail(a.requested()),
        Numbers.detail(a.applied()), a.capNote(), a.note());
  }

  private static PublishedCorrection correction(Correction c) {
    return new PublishedCorrection(c.period().toString(), c.target().name(), c.indicator(), c.before(), c.after(),
        c.reason(), c.author(), c.time().toString());
  }

  private static PublishedNote note(Note note) {
    return new PublishedNote(note.unit(), note.indicator(), note.kind().name(), note.message());
  }

  /** The name of an indicator of the tree or of a year-end component of the annual roll-up. */
  static String indicatorName(Policy policy, String id) {
    return policy.indicator(id).map(Indicator::name)
        .or(() -> policy.annual().flatMap(annual -> annual.components().stream()
            .filter(component -> component.id().equals(id)).map(AnnualRollup.YearEndComponent::name).findFirst()))
        .orElse("");
  }
}
