package io.appraisal.core.expression;

import io.appraisal.core.expression.Expression.Columns;
import io.appraisal.core.expression.Expression.DomainError;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The column operations a parsed expression compiles to: each evaluates a whole column of units in one loop, then
 * one scan reports the units whose value it made non-finite.
 */
final class Ops {
  private Ops() {}

  /** One node of the compiled expression. */
  abstract static class Op {
    final int offset;
    private final boolean isBoolean;

    Op(int offset, boolean isBoolean) {
      this.offset = offset;
      this.isBoolean = isBoolean;
    }

    boolean isBoolean() {
      return isBoolean;
    }

    /** The value for every unit; only the units of {@code mask} matter and may report domain errors. */
    abstract double[] eval(Columns context, boolean[] mask);

    /**
     * Reports each unit of {@code mask}, not failed before, whose value in {@code out} is not finite: {@code
     * describe} gives the key of the error and the operation ({@link DomainError}).
     */
    final double[] check(Columns context, boolean[] mask, double[] out, IntFunction<String[]> describe) {
      for (int u = 0; u < context.n; u++) {
        if (mask[u] && !context.failed[u] && !Double.isFinite(out[u])) {
          context.failed[u] = true;
          String[] failure = describe.apply(u);
          context.errors.add(new DomainError(u, offset, failure[0], failure[1]));
        }
      }
      return out;
    }
  }

  static Op constant(int offset, double value) {
    return new Op(offset, false) {
      @Override
      double[] eval(Columns context, boolean[] mask) {
        double[] out = new double[context.n];
        java.util.Arrays.fill(out, value);
        return out;
      }
    };
  }

  static Op reference(int offset, String name) {
    return new Op(offset, false) {
      @Override
      double[] eval(Columns context, boolean[] mask) {
        double[] out = context.columns.apply(name).clone();
        return check(context, mask, out, u -> new String[] {"problem.core.expression-no-value", name});
      }
    };
  }

  static Op negate(int offset, Op operand) {
    if (operand == null) {
      return null;
    }
    return new Op(offset, false) {
      @Override
      double[] eval(Columns context, boolean[] mask) {
        double[] out = operand.eval(context, mask);
        for (int u = 0; u < out.length; u++) {
          out[u] = -out[u];
        }
        return out;
      }
    };
  }

  /** An operation on two columns: evaluates both, combines them in one loop, then checks the result. */
  private abstract static class Binary extends Op {
    private final Op left;
    private final Op right;

    Binary(int offset, boolean isBoolean, Op left, Op right) {
      super(offset, isBoolean);
      this.left = left;
      this.right = right;
    }

    abstract void combine(double[] a, double[] b, double[] out);

    /** Why {@code a op b} is not a finite number. */
    /** The key of the error and the operation, of operands {@code a} and {@code b} ({@link DomainError}). */
    abstract String[] failure(double a, double b);

    @Override
    final double[] eval(Columns context, boolean[] mask) {
      double[] a = left.eval(context, mask);
      double[] b = right.eval(context, mask);
      double[] out = new double[context.n];
      combine(a, b, out);
      return check(context, mask, out, u -> failure(a[u], b[u]));
    }
  }

  static Op arithmetic(int offset, char op, Op left, Op right) {
    if (left == null || right == null) {
      return null;
    }
    return new Binary(offset, false, left, right) {
      @Override
      void combine(double[] a, double[] b, double[] out) {
        switch (op) {
          case '+' -> {
            for (int u = 0; u < out.length; u++) {
              out[u] = a[u] + b[u];
            }
          }
          case '-' -> {
            for (int u = 0; u < out.length; u++) {
              out[u] = a[u] - b[u];
            }
          }
          case '*' -> {
            for (int u = 0; u < out.length; u++) {
              out[u] = a[u] * b[u];
            }
          }
          case '/' -> {
            for (int u = 0; u < out.length; u++) {
              out[u] = a[u] / b[u];
            }
          }
          default -> throw new AssertionError(op);
        }
      }

      @Override
      String[] failure(double a, double b) {
        return new String[] {op == '/' && b == 0 ? "problem.core.expression-division-by-zero"
            : "problem.core.expression-not-finite", number(a) + " " + op + " " + number(b)};
      }
    };
  }

  static Op compare(int offset, String op, Op left, Op right) {
    if (left == null || right == null) {
      return null;
    }
    return new Binary(offset, true, left, right) {
      @Override
      void combine(double[] a, double[] b, double[] out) {
        for (int u = 0; u < out.length; u++) {
          boolean holds = switch (op) {
            case "<" -> a[u] < b[u];
            case "<=" -> a[u] <= b[u];
            case ">" -> a[u] > b[u];
            case ">=" -> a[u] >= b[u];
            case "==" -> a[u] == b[u];
            case "!=" -> a[u] != b[u];
            default -> throw new AssertionError(op);
          };
          out[u] = holds ? 1 : 0;
        }
      }

      @Override
      String[] failure(double a, double b) {
        throw new AssertionError("a comparison is always 0 or 1");
      }
    };
  }

  static Op logical(int offset, String op, Op left, Op right) {
    if (left == null || right == null) {
      return null;
    }
    boolean and = op.equals("and");
    return new Binary(offset, true, left, right) {
      @Override
      void combine(double[] a, double[] b, double[] out) {
        for (int u = 0; u < out.length; u++) {
          out[u] = (and ? a[u] != 0 && b[u] != 0 : a[u] != 0 || b[u] != 0) ? 1 : 0;
        }
      }

      @Override
      String[] failure(double a, double b) {
        throw new AssertionError("a condition is always 0 or 1");
      }
    };
  }

  static Op not(int offset, Op operand) {
    if (operand == null) {
      return null;
    }
    return new Op(offset, true) {
      @Override
      double[] eval(Columns context, boolean[] mask) {
        double[] out = operand.eval(context, mask);
        for (int u = 0; u < out.length; u++) {
          out[u] = out[u] != 0 ? 0 : 1;
        }
        return out;
      }
    };
  }

  static Op call(int offset, Builtin function, List<Op> args) {
    if (function == Builtin.IF) {
      return choice(offset, args.get(0), args.get(1), args.get(2));
    }
    String name = function.written();
    return new Op(offset, false) {
      @Override
      double[] eval(Columns context, boolean[] mask) {
        double[][] in = new double[args.size()][];
        for (int i = 0; i < in.length; i++) {
          in[i] = args.get(i).eval(context, mask);
        }
        double[] x = in[0];
        double[] out = new double[context.n];
        switch (function) {
          case MIN, MAX -> {
            System.arraycopy(x, 0, out, 0, out.length);
            for (int i = 1; i < in.length; i++) {
              double[] next = in[i];
              for (int u = 0; u < out.length; u++) {
                out[u] = function == Builtin.MIN ? Math.min(out[u], next[u]) : Math.max(out[u], next[u]);
              }
            }
          }
          case ABS -> unary(x, out, Math::abs);
          case LN -> unary(x, out, v -> v > 0 ? Math.log(v) : Double.NaN);
          case LOG10 -> unary(x, out, v -> v > 0 ? Math.log10(v) : Double.NaN);
          case EXP -> unary(x, out, Math::exp);
          case SQRT -> unary(x, out, Math::sqrt);
          case POW -> {
            for (int u = 0; u < out.length; u++) {
              out[u] = Math.pow(x[u], in[1][u]);
            }
          }
          case CLAMP -> {
            for (int u = 0; u < out.length; u++) {
              out[u] = in[1][u] <= in[2][u] ? Math.min(Math.max(x[u], in[1][u]), in[2][u]) : Double.NaN;
            }
          }
          default -> throw new AssertionError(function);
        }
        return check(context, mask, out, u -> {
          StringBuilder call = new StringBuilder(name).append('(');
          for (int i = 0; i < in.length; i++) {
            call.append(i == 0 ? "" : ", ").append(number(in[i][u]));
          }
          String key = switch (function) {
            case LN, LOG10 -> "problem.core.expression-logarithm";
            case SQRT -> "problem.core.expression-square-root";
            case CLAMP -> "problem.core.expression-clamp";
            default -> "problem.core.expression-not-finite";
          };
          return new String[] {key, call.append(')').toString()};
        });
      }
    };
  }

  private static void unary(double[] x, double[] out, java.util.function.DoubleUnaryOperator f) {
    for (int u = 0; u < out.length; u++) {
      out[u] = f.applyAsDouble(x[u]);
    }
  }

  /** {@code if(condition, then, else)}: each branch is evaluated for all units but checked only where it is taken. */
  private static Op choice(int offset, Op condition, Op then, Op otherwise) {
    return new Op(offset, false) {
      @Override
      double[] eval(Columns context, boolean[] mask) {
        double[] c = condition.eval(context, mask);
        boolean[] thenMask = new boolean[context.n];
        boolean[] elseMask = new boolean[context.n];
        for (int u = 0; u < c.length; u++) {
          thenMask[u] = mask[u] && c[u] != 0;
          elseMask[u] = mask[u] && c[u] == 0;
        }
        double[] a = then.eval(context, thenMask);
        double[] b = otherwise.eval(context, elseMask);
        double[] out = new double[context.n];
        for (int u = 0; u < out.length; u++) {
          out[u] = c[u] != 0 ? a[u] : b[u];
        }
        return out;
      }
    };
  }

  static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
  }
}
