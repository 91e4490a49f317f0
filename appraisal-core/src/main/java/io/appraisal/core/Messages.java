package io.appraisal.core;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.apiguardian.api.API;

/**
 * The labels of every human-readable output (the printed tables, {@code explain}, the HTML report), from one
 * resource bundle: {@code io/appraisal/core/messages.properties} is Chinese, the default, and {@code
 * messages_en.properties} English (both UTF-8). {@code {0}}, {@code {1}}, ... in a text mark where {@link #text}
 * puts its arguments, as given (numbers are formatted by the output module first, never by the locale).
 *
 * <p>Public for the other output modules (report, command line); not for applications, which pass a {@link Locale}.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Messages {
  /** The bundle's base name. */
  public static final String BUNDLE = "io.appraisal.core.messages";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private static final Messages ENGLISH = new Messages(Locale.ENGLISH);
  private static final Messages CHINESE = new Messages(Locale.CHINESE);

  private final Locale locale;
  private final ResourceBundle bundle;

  private Messages(Locale locale) {
    this.locale = locale;
    // No fallback to the JVM's default locale: Chinese is the base bundle, whatever the machine's language.
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_FALLBACK);
  }

  /**
   * The labels in Chinese ({@code zh}, any region) or English ({@code en}, any region).
   *
   * @throws IllegalArgumentException for any other language
   */
  public static Messages of(Locale locale) {
    requireNonNull(locale, "locale");
    return supported(locale).equals(Locale.CHINESE) ? CHINESE : ENGLISH;
  }

  /** The English texts: {@link Problem#message()} and every {@code toString} of the library. */
  static Messages english() {
    return ENGLISH;
  }

  /**
   * Parses {@code zh} or {@code en} (also {@code zh-CN}, {@code en_GB}), case-insensitive, to {@link Locale#CHINESE}
   * or {@link Locale#ENGLISH}.
   *
   * @throws IllegalArgumentException for any other tag, naming it
   */
  public static Locale parse(String tag) {
    requireNonNull(tag, "tag");
    String language = tag.trim().replace('_', '-').split("-", 2)[0].toLowerCase(Locale.ROOT);
    if (language.equals("zh")) {
      return Locale.CHINESE;
    }
    if (language.equals("en")) {
      return Locale.ENGLISH;
    }
    throw new IllegalArgumentException("language must be 'zh' or 'en' but was: '" + tag + "'");
  }

  private static Locale supported(Locale locale) {
    return parse(locale.getLanguage());
  }

  /** {@link Locale#CHINESE} or {@link Locale#ENGLISH}. */
  public Locale locale() {
    return locale;
  }

  /** The language tag for an HTML {@code lang} attribute: {@code zh-CN} or {@code en}. */
  public String htmlLanguage() {
    return text("html.lang");
  }

  /** What a note's kind means, e.g. {@code 一票否决，未参加排名} for {@link Note.Kind#EXCLUDED_BY_VETO}. */
  public String noteKind(Note.Kind kind) {
    return text(switch (kind) {
      case IMPUTED_ZERO -> "note.imputed-zero";
      case EXCLUDED_MISSING -> "note.excluded-missing";
      case NOT_APPLICABLE_BY_DATA -> "note.not-applicable-by-data";
      case QUARTER_MISSING -> "note.quarter-missing";
      case IMPUTED_GROUP_MEAN -> "note.imputed-group-mean";
      case IMPUTED_GROUP_MEDIAN -> "note.imputed-group-median";
      case IMPUTED_PREVIOUS_PERIOD -> "note.imputed-previous-period";
      case ABSENT -> "note.absent";
      case SCREENED_OUT -> "note.screened-out";
      case EXCLUDED_BY_VETO -> "note.excluded-by-veto";
    });
  }

  /** What a veto does, e.g. {@code 一票否决：最低等次，列末位} for {@link VetoEffect#RANKED_LAST}. */
  public String vetoEffect(VetoEffect effect) {
    return text(switch (effect) {
      case LOWEST_GRADE -> "veto.lowest-grade";
      case RANKED_LAST -> "veto.ranked-last";
      case EXCLUDED -> "veto.excluded";
    });
  }

  /**
   * A problem as every tool of the library prints it, in this language: {@code file:line: field 'f' = 'v': message}
   * (the line, field and value only when known).
   */
  public String problem(Problem problem) {
    StringBuilder out = new StringBuilder(problem.source());
    if (problem.line() > 0) {
      out.append(':').append(problem.line());
    }
    out.append(": ");
    if (!problem.field().isEmpty()) {
      out.append(problem.value().isEmpty() ? text("problem.field", problem.field())
          : text("problem.field-value", problem.field(), problem.value())).append(": ");
    }
    return out.append(problem.message(locale)).toString();
  }

  /** A note's sentence in this language (free text as it is). */
  public String note(Note note) {
    return note.message(locale);
  }

  /**
   * The text of {@code key} with {@code {0}}, {@code {1}}, ... replaced by the arguments' string values.
   *
   * @throws IllegalArgumentException if the bundle has no such key
   */
  public String text(String key, Object... arguments) {
    String text;
    try {
      text = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("no message '" + key + "' in " + BUNDLE + " for " + locale, e);
    }
    for (int i = 0; i < arguments.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
    }
    return text;
  }
}
