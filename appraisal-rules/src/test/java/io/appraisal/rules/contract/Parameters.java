package io.appraisal.rules.contract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Realistic parameter maps: parameters in the order a policy writes them, optional ones sometimes absent. */
final class Parameters {
  private Parameters() {}

  /** Present two times in three; shrinks towards absent. */
  static <T> Arbitrary<Optional<T>> optional(Arbitrary<T> value) {
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Optional.<T>empty())),
        Tuple.of(2, value.map(Optional::of)));
  }

  /** Whole numbers as {@code Integer}s (as a JSON policy gives them), {@code min..max}. */
  static Arbitrary<Integer> whole(int min, int max) {
    return Arbitraries.integers().between(min, max);
  }

  /** Multiples of {@code step} from {@code min × step} to {@code max × step}, as {@code Double}s. */
  static Arbitrary<Double> steps(int min, int max, double step) {
    return Arbitraries.integers().between(min, max).map(n -> n * step);
  }

  /** A map of the given entries, in order, leaving out absent optional ones. */
  static Map<String, Object> of(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      String key = (String) keysAndValues[i];
      Object value = keysAndValues[i + 1];
      if (value instanceof Optional<?> optional) {
        optional.ifPresent(v -> map.put(key, v));
      } else {
        map.put(key, value);
      }
    }
    return map;
  }

  /**
   * The options of the population normalisations (min-max, z-score): usually none; else a transform, winsorising at
   * quantiles, or fixed caps (positive, so that a log transform accepts them).
   */
  static Arbitrary<Map<String, Object>> preprocessing() {
    Arbitrary<Optional<String>> transform = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(Optional.empty())),
        Tuple.of(1, Arbitraries.of("none", "ln", "log10").map(Optional::of)));
    Arbitrary<Map<String, Object>> winsorised = Combinators.combine(optional(steps(0, 9, 0.05)),
            optional(steps(0, 9, 0.05)))
        .as((lower, upper) -> of("winsorizeLower", lower, "winsorizeUpper", upper));
    Arbitrary<Map<String, Object>> capped = Combinators.combine(whole(0, 40), whole(1, 60))
        .as((lower, span) -> of("capLower", lower, "capUpper", lower + span));
    Arbitrary<Map<String, Object>> clamping = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(Map.of())),
        Tuple.of(1, winsorised), Tuple.of(1, capped));
    return Combinators.combine(transform, clamping).as((name, clamp) -> {
      Map<String, Object> options = of("transform", name);
      options.putAll(clamp);
      return options;
    });
  }

  /** {@code own} followed by {@code more}. */
  static Map<String, Object> merged(Map<String, Object> own, Map<String, Object> more) {
    Map<String, Object> map = new LinkedHashMap<>(own);
    map.putAll(more);
    return map;
  }

  /** The number of a parameter, or {@code fallback} when absent. */
  static double number(Map<String, ?> parameters, String name, double fallback) {
    Object value = parameters.get(name);
    return value instanceof Number number ? number.doubleValue() : fallback;
  }

  /** Raw counts: whole numbers from 0 to {@code max}. */
  static Arbitrary<Double> counts(int max) {
    return Arbitraries.integers().between(0, max).map(Integer::doubleValue);
  }
}
