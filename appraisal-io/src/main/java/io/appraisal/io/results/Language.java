package io.appraisal.io.results;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.apiguardian.api.API;

/** The language of the labels of the text outputs (tables, explanations): English or Chinese. */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum Language {
  EN,
  ZH;

  /**
   * Parses {@code en} or {@code zh} (also {@code en-GB}, {@code zh-CN}, {@code zh_TW}), case-insensitive.
   *
   * @throws IllegalArgumentException for any other tag
   */
  public static Language parse(String tag) {
    requireNonNull(tag, "tag");
    String normalised = tag.trim().toLowerCase(Locale.ROOT);
    if (normalised.equals("zh") || normalised.startsWith("zh-") || normalised.startsWith("zh_")) {
      return ZH;
    }
    if (normalised.equals("en") || normalised.startsWith("en-") || normalised.startsWith("en_")) {
      return EN;
    }
    throw new IllegalArgumentException("language must be 'zh' or 'en' but was: '" + tag + "'");
  }

  /** The tag: {@code en} or {@code zh}. */
  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The English or the Chinese text. */
  public String pick(String english, String chinese) {
    return this == ZH ? chinese : english;
  }
}
