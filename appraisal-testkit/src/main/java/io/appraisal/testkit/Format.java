package io.appraisal.testkit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Numbers as people write them in messages: {@code 6}, {@code 0.5}, {@code NaN}; never locale-dependent. */
final class Format {
  private Format() {}

  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return String.format(Locale.ROOT, "%s", value);
  }

  static String column(double[] values) {
    return Arrays.stream(values).mapToObj(Format::number).collect(Collectors.joining(", ", "[", "]"));
  }

  static String numbers(List<Double> values) {
    return values.stream().map(Format::number).collect(Collectors.joining(", ", "[", "]"));
  }
}
