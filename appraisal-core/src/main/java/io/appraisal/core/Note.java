package io.appraisal.core;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Something the engine did with the input that a reader of the result must see: nothing is dropped or imputed
 * silently.
 *
 * @param unit the unit id
 * @param indicator the indicator id
 * @param kind what happened
 * @param message a sentence for people, in English
 * @param key the bundle key of the sentence ({@link Messages}), or empty for free text
 * @param arguments the values of the key's {@code {0}}, {@code {1}}, ... (empty for free text)
 */
@API(status = STABLE, since = "0.1")
public record Note(String unit, String indicator, Kind kind, String message, String key, List<String> arguments) {
  /** What happened to a value. */
  @API(status = STABLE, since = "0.1")
  public enum Kind {
    /** The value was missing and scored as zero (policy: ZERO). */
    IMPUTED_ZERO,
    /** The value was missing and the indicator left out of the unit's maximum (policy: EXCLUDE). */
    EXCLUDED_MISSING,
    /** The data marked the indicator as not applicable to the unit although the policy would apply it. */
    NOT_APPLICABLE_BY_DATA,
    /** A quarter of the year had no data; the annual roll-up's missing-quarter rule decided (unit is "*"). */
    QUARTER_MISSING,
    /** The value was missing and imputed by the mean of the unit's category (policy: GROUP_MEAN). */
    IMPUTED_GROUP_MEAN,
    /** The value was missing and imputed by the median of the unit's category (policy: GROUP_MEDIAN). */
    IMPUTED_GROUP_MEDIAN,
    /** The value was missing and imputed by the unit's value of the previous period (policy: PREVIOUS_PERIOD). */
    IMPUTED_PREVIOUS_PERIOD,
    /** The unit has no value at all in the period: it is not ranked in it (indicator is ""). */
    ABSENT,
    /** The unit has values for fewer of its indicators than the policy's minimum coverage: not ranked (""). */
    SCREENED_OUT,
    /** A veto item with {@link VetoEffect#EXCLUDED} applies to the unit: not ranked (indicator is ""). */
    EXCLUDED_BY_VETO
  }

  public Note {
    requireNonNull(unit, "unit");
    requireNonNull(indicator, "indicator");
    requireNonNull(kind, "kind");
    requireNonNull(message, "message");
    requireNonNull(key, "key");
    arguments = List.copyOf(arguments);
  }

  /** A note with a free-text sentence (the same in every language). */
  public Note(String unit, String indicator, Kind kind, String message) {
    this(unit, indicator, kind, message, "", List.of());
  }

  /**
   * A note whose sentence is the bundle's text {@code key} with {@code arguments} (each by {@link String#valueOf};
   * format numbers first, with {@link Locale#ROOT}).
   *
   * @throws IllegalArgumentException if the bundle has no such key
   */
  @API(status = STABLE, since = "0.1")
  public static Note keyed(String unit, String indicator, Kind kind, String key, Object... arguments) {
    List<String> texts = Arrays.stream(arguments).map(String::valueOf).toList();
    return new Note(unit, indicator, kind, Messages.english().text(key, texts.toArray()), key, texts);
  }

  /** The sentence in {@code locale}'s language (Chinese or English); free text as it is. */
  @API(status = STABLE, since = "0.1")
  public String message(Locale locale) {
    return key.isEmpty() ? message : Messages.of(locale).text(key, arguments.toArray());
  }
}
