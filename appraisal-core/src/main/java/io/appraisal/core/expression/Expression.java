package io.appraisal.core.expression;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.appraisal.core.Messages;
import io.appraisal.core.expression.Ops.Op;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * A compiled expression of a derived indicator. {@link #compile} parses the text against the names it may refer to
 * and collects every error at once; {@link #evaluate} runs it over whole columns of units and reports each unit
 * whose value is not a finite number (a division by zero, the logarithm of a non-positive number, ...) at the
 * operation that first produced it.
 *
 * <p>Grammar, loosest binding first: {@code or}; {@code and}; {@code not}; comparisons {@code < <= > >= == !=}
 * (not chained); {@code + -}; {@code * /}; unary {@code -}; then numbers ({@code 0.5}, {@code 1e-3}), names,
 * {@code [any id]} for an id that is not a plain name (such as {@code [1.2]}), calls of {@code min, max} (two or more
 * arguments), {@code abs, ln, log10, exp, sqrt} (one), {@code pow} (two), {@code clamp(x, lo, hi)} and
 * {@code if(condition, then, else)}, and parentheses. A plain name starts with a letter or {@code _} and goes on with
 * letters, digits, {@code _} and {@code .}. Conditions are booleans; everything else is a number.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Expression {
  /**
   * A compile-time error: a text of the one resource bundle ({@link Messages}), the message of the policy's problem.
   *
   * @param offset the 0-based offset of the offending token in the expression
   * @param key the bundle key of the message, e.g. {@code problem.core.expression-unknown-name}
   * @param arguments the values of the key's {@code {0}}, {@code {1}}, ...: the offset, then the key's own
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Error(int offset, String key, List<String> arguments) {
    public Error {
      requireNonNull(key, "key");
      arguments = List.copyOf(arguments);
    }

    /** What is wrong, in English, e.g. {@code at offset 4 of the expression: unknown name 'x'}. */
    public String message() {
      return Messages.of(Locale.ENGLISH).text(key, arguments.toArray());
    }
  }

  /**
   * A unit whose value is not a finite number. The problem reported for it is the bundle's text {@code key}
   * ({@link Messages}) whose {@code {0}} to {@code {4}} are the unit's id, the period, the offset, the expression's
   * text and {@code operation}.
   *
   * @param unit the unit's index in the evaluated columns
   * @param offset the offset in the expression of the operation that produced it
   * @param key the bundle key of what went wrong, e.g. {@code problem.core.expression-division-by-zero}
   * @param operation the operation and its operands, e.g. {@code 0.52 / 0}, or the name without a value
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record DomainError(int unit, int offset, String key, String operation) {
    public DomainError {
      requireNonNull(key, "key");
      requireNonNull(operation, "operation");
    }
  }

  private final String text;
  private final Op root;
  private final List<Error> errors;
  private final Set<String> references;

  private Expression(String text, Op root, List<Error> errors, Set<String> references) {
    this.text = text;
    this.root = root;
    this.errors = List.copyOf(errors);
    this.references = Set.copyOf(references);
  }

  /**
   * Parses and type-checks {@code text}: the expression must be a number, and may refer to {@code names} only.
   * Never throws for a bad expression: its problems are in {@link #errors()}, all at once (after a syntax error,
   * the rest of the text is not read).
   */
  public static Expression compile(String text, Collection<String> names) {
    requireNonNull(text, "text");
    requireNonNull(names, "names");
    Parser parser = new Parser(text, Set.copyOf(names));
    Op root = parser.parse();
    return new Expression(text, root, parser.errors, parser.references);
  }

  public String text() {
    return text;
  }

  /** Every compile-time error, in the order of the text; empty when the expression can be evaluated. */
  public List<Error> errors() {
    return errors;
  }

  /** The names the expression refers to, in the order of their first use. */
  public Set<String> references() {
    return references;
  }

  /**
   * Evaluates the expression over {@code n} units.
   *
   * @param columns the values of each referenced name, one per unit
   * @param active which units to evaluate; null for all. Inactive units get NaN and no domain error
   * @param domainErrors receives one error per active unit whose value is not a finite number
   * @throws IllegalStateException if the expression has compile-time errors
   */
  public double[] evaluate(Function<String, double[]> columns, int n, boolean[] active,
      List<DomainError> domainErrors) {
    if (!errors.isEmpty()) {
      throw new IllegalStateException("expression '" + text + "' has errors: " + errors);
    }
    Columns context = new Columns(columns, n, domainErrors);
    boolean[] mask = new boolean[n];
    for (int u = 0; u < n; u++) {
      mask[u] = active == null || active[u];
    }
    double[] out = root.eval(context, mask);
    for (int u = 0; u < n; u++) {
      if (!mask[u]) {
        out[u] = Double.NaN;
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return text;
  }

  /** What evaluation shares: the input columns, the unit count, and which units already failed. */
  static final class Columns {
    final Function<String, double[]> columns;
    final int n;
    final boolean[] failed;
    final List<DomainError> errors;

    Columns(Function<String, double[]> columns, int n, List<DomainError> errors) {
      this.columns = columns;
      this.n = n;
      this.failed = new boolean[n];
      this.errors = errors;
    }
  }

  /** The parser: recursive descent, one method per precedence level, collecting errors. */
  private static final class Parser {
    private final String text;
    private final Set<String> names;
    private final List<Error> errors = new ArrayList<>();
    private final Set<String> references = new LinkedHashSet<>();
    private int pos;
    private boolean syntaxError;

    Parser(String text, Set<String> names) {
      this.text = text;
      this.names = names;
    }

    Op parse() {
      skipSpace();
      if (pos == text.length()) {
        error(0, "problem.core.expression-empty");
        return null;
      }
      Op op = number(or());
      skipSpace();
      if (!syntaxError && pos < text.length()) {
        syntax(pos, "problem.core.expression-unexpected-after", text.charAt(pos));
      }
      return op;
    }

    private Op or() {
      Op left = and();
      while (keyword("or")) {
        int at = pos - 2;
        left = Ops.logical(at, "or", bool(left), bool(and()));
      }
      return left;
    }

    private Op and() {
      Op left = not();
      while (keyword("and")) {
        int at = pos - 3;
        left = Ops.logical(at, "and", bool(left), bool(not()));
      }
      return left;
    }

    private Op not() {
      skipSpace();
      int at = pos;
      if (keyword("not")) {
        return Ops.not(at, bool(not()));
      }
      return comparison();
    }

    private Op comparison() {
      Op left = additive();
      skipSpace();
      for (String op : List.of("<=", ">=", "==", "!=", "<", ">")) {
        if (text.startsWith(op, pos)) {
          int at = pos;
          pos += op.length();
          Op result = Ops.compare(at, op, number(left), number(additive()));
          skipSpace();
          if (!syntaxError && (peek('<') || peek('>') || text.startsWith("==", pos) || text.startsWith("!=", pos))) {
            syntax(pos, "problem.core.expression-comparisons-chained");
          }
          return result;
        }
      }
      return left;
    }

    private Op additive() {
      Op left = multiplicative();
      while (true) {
        skipSpace();
        int at = pos;
        if (peek('+') || peek('-')) {
          char op = text.charAt(pos++);
          left = Ops.arithmetic(at, op, number(left), number(multiplicative()));
        } else {
          return left;
        }
      }
    }

    private Op multiplicative() {
      Op left = unary();
      while (true) {
        skipSpace();
        int at = pos;
        if (peek('*') || peek('/')) {
          char op = text.charAt(pos++);
          left = Ops.arithmetic(at, op, number(left), number(unary()));
        } else {
          return left;
        }
      }
    }

    private Op unary() {
      skipSpace();
      int at = pos;
      if (peek('-')) {
        pos++;
        return Ops.negate(at, number(unary()));
      }
      return primary();
    }

    private Op primary() {
      skipSpace();
      int at = pos;
      if (syntaxError) {
        return null;
      }
      if (pos == text.length()) {
        syntax(pos, "problem.core.expression-ends-before-operand");
        return null;
      }
      char c = text.charAt(pos);
      if (c == '(') {
        pos++;
        Op inner = or();
        expect(')');
        return inner;
      }
      if (Character.isDigit(c) || c == '.') {
        return literal();
      }
      if (c == '[') {
        int end = text.indexOf(']', pos);
        if (end < 0) {
          syntax(pos, "problem.core.expression-bracket-unclosed");
          return null;
        }
        pos = end + 1;
        return reference(at, text.substring(at + 1, end));
      }
      if (Character.isLetter(c) || c == '_') {
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
            || text.charAt(pos) == '.')) {
          pos++;
        }
        String name = text.substring(at, pos);
        skipSpace();
        if (peek('(')) {
          pos++;
          return call(at, name);
        }
        if (List.of("and", "or", "not").contains(name)) {
          syntax(at, "problem.core.expression-operator-for-operand", name);
          return null;
        }
        return reference(at, name);
      }
      syntax(pos, "problem.core.expression-unexpected", c);
      return null;
    }

    private Op literal() {
      int at = pos;
      while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
        pos++;
      }
      if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
        pos++;
        if (peek('+') || peek('-')) {
          pos++;
        }
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
          pos++;
        }
      }
      String written = text.substring(at, pos);
      try {
        return Ops.constant(at, Double.parseDouble(written));
      } catch (NumberFormatException e) {
        syntax(at, "problem.core.expression-malformed-number", written);
        return null;
      }
    }

    private Op reference(int at, String name) {
      if (!names.contains(name)) {
        String suggestion = closest(name, names);
        if (suggestion == null) {
          error(at, "problem.core.expression-unknown-name", name);
        } else {
          error(at, "problem.core.expression-unknown-name-suggest", name, suggestion);
        }
        return null;
      }
      references.add(name);
      return Ops.reference(at, name);
    }

    private Op call(int at, String name) {
      List<Op> args = new ArrayList<>();
      List<Integer> offsets = new ArrayList<>();
      skipSpace();
      if (!peek(')')) {
        do {
          skipSpace();
          offsets.add(pos);
          args.add(or());
          skipSpace();
        } while (!syntaxError && consume(','));
      }
      expect(')');
      if (syntaxError) {
        return null;
      }
      Builtin function = Builtin.of(name);
      if (function == null) {
        error(at, "problem.core.expression-unknown-function", name, Builtin.NAMES);
        return null;
      }
      if (!function.accepts(args.size())) {
        error(at, function.arityKey(), name, function.least(), args.size());
        return null;
      }
      for (int i = 0; i < args.size(); i++) {
        boolean wantsBoolean = function == Builtin.IF && i == 0;
        Op arg = args.get(i);
        if (arg != null && arg.isBoolean() != wantsBoolean) {
          error(offsets.get(i), wantsBoolean ? "problem.core.expression-argument-not-condition"
              : "problem.core.expression-argument-not-number", i + 1, name);
          args.set(i, null);
        }
      }
      return args.contains(null) ? null : Ops.call(at, function, args);
    }

    /** {@code op} where a number is needed: a condition there is an error. */
    private Op number(Op op) {
      if (op != null && op.isBoolean()) {
        error(op.offset, "problem.core.expression-condition-for-number");
        return null;
      }
      return op;
    }

    private Op bool(Op op) {
      if (op != null && !op.isBoolean()) {
        error(op.offset, "problem.core.expression-number-for-condition");
        return null;
      }
      return op;
    }

    /** The known name nearest to {@code name} (edit distance at most a third of its length, at least 1), or null. */
    private static String closest(String name, Set<String> names) {
      String best = null;
      int bestDistance = Math.max(1, name.length() / 3) + 1;
      for (String candidate : names.stream().sorted().toList()) {
        int distance = distance(name, candidate);
        if (distance < bestDistance) {
          best = candidate;
          bestDistance = distance;
        }
      }
      return best;
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
      int[] previous = new int[b.length() + 1];
      int[] current = new int[b.length() + 1];
      for (int j = 0; j <= b.length(); j++) {
        previous[j] = j;
      }
      for (int i = 1; i <= a.length(); i++) {
        current[0] = i;
        for (int j = 1; j <= b.length(); j++) {
          int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
          current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
        }
        int[] swap = previous;
        previous = current;
        current = swap;
      }
      return previous[b.length()];
    }

    private boolean keyword(String word) {
      skipSpace();
      int end = pos + word.length();
      if (text.startsWith(word, pos) && (end == text.length() || !(Character.isLetterOrDigit(text.charAt(end))
          || text.charAt(end) == '_' || text.charAt(end) == '.' || text.charAt(end) == '('))) {
        pos = end;
        return true;
      }
      return false;
    }

    private void expect(char c) {
      skipSpace();
      if (!consume(c)) {
        if (pos == text.length()) {
          syntax(pos, "problem.core.expression-ends-before", c);
        } else {
          syntax(pos, "problem.core.expression-expected", c, text.charAt(pos));
        }
      }
    }

    private boolean consume(char c) {
      if (peek(c)) {
        pos++;
        return true;
      }
      return false;
    }

    private boolean peek(char c) {
      return pos < text.length() && text.charAt(pos) == c;
    }

    private void skipSpace() {
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
    }

    /** The first syntax error only: what follows it cannot be read reliably. */
    private void syntax(int at, String key, Object... arguments) {
      if (!syntaxError) {
        syntaxError = true;
        error(at, key, arguments);
      }
      pos = text.length();
    }

    /** An error at offset {@code at}: the bundle's text {@code key} with the offset, then {@code arguments}. */
    private void error(int at, String key, Object... arguments) {
      List<String> texts = new ArrayList<>(List.of(Integer.toString(at)));
      for (Object argument : arguments) {
        texts.add(String.valueOf(argument));
      }
      errors.add(new Error(at, key, texts));
    }
  }
}
