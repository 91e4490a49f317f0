package io.appraisal.core.expression;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The functions an expression may call: a closed list. */
enum Builtin {
  MIN(2, Integer.MAX_VALUE),
  MAX(2, Integer.MAX_VALUE),
  ABS(1, 1),
  LN(1, 1),
  LOG10(1, 1),
  EXP(1, 1),
  SQRT(1, 1),
  POW(2, 2),
  CLAMP(3, 3),
  IF(3, 3);

  static final List<String> NAMES = Arrays.stream(values()).map(Builtin::written).toList();

  private final int least;
  private final int most;

  Builtin(int least, int most) {
    this.least = least;
    this.most = most;
  }

  static Builtin of(String name) {
    for (Builtin builtin : values()) {
      if (builtin.written().equals(name)) {
        return builtin;
      }
    }
    return null;
  }

  String written() {
    return name().toLowerCase(Locale.ROOT);
  }

  boolean accepts(int count) {
    return count >= least && count <= most;
  }

  /** The fewest arguments it takes. */
  int least() {
    return least;
  }

  /**
   * The key of the error of a call with the wrong number of arguments, whose {@code {2}} is {@link #least} (see
   * {@link Expression.Error}).
   */
  String arityKey() {
    return most == Integer.MAX_VALUE ? "problem.core.expression-arity-or-more"
        : least == 1 ? "problem.core.expression-arity-one" : "problem.core.expression-arity";
  }
}
