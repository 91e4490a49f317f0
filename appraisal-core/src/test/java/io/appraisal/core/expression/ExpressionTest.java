package io.appraisal.core.expression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The grammar, type checks and domain errors of derived-node expressions, over columns of three units. */
class ExpressionTest {
  private static final Map<String, double[]> COLUMNS = Map.of(
      "a", new double[] {2, 0, -9},
      "b", new double[] {4, 1, 3},
      "1.2", new double[] {0.5, 0.25, 1});

  private static double[] eval(String text) {
    Expression expression = Expression.compile(text, COLUMNS.keySet());
    assertEquals(List.of(), expression.errors(), text);
    List<Expression.DomainError> errors = new ArrayList<>();
    double[] out = expression.evaluate(COLUMNS::get, 3, null, errors);
    assertEquals(List.of(), errors, text);
    return out;
  }

  /** Each error as its offset, then its English message. */
  private static List<String> errors(String text) {
    return Expression.compile(text, COLUMNS.keySet()).errors().stream().map(e -> e.offset() + " " + e.message())
        .toList();
  }

  /** An expected error of {@link #errors}: at {@code offset}, with the message that begins with the offset. */
  private static String error(int offset, String what) {
    return offset + " at offset " + offset + " of the expression: " + what;
  }

  @Test
  void precedenceAndAssociativity() {
    // 1 + 2 × 3 − (−4) / 2 = 1 + 6 + 2 = 9; 8 / 4 / 2 = (8 / 4) / 2 = 1; 10 − 3 − 2 = 5; −2 × −3 = 6
    assertArrayEquals(new double[] {9, 9, 9}, eval("1 + 2 * 3 - -4 / 2"));
    assertArrayEquals(new double[] {1, 1, 1}, eval("8 / 4 / 2"));
    assertArrayEquals(new double[] {5, 5, 5}, eval("10 - 3 - 2"));
    assertArrayEquals(new double[] {6, 6, 6}, eval("-2 * -3"));
    assertArrayEquals(new double[] {0.003, 0.003, 0.003}, eval("3e-3"));
  }

  @Test
  void columnsByNameAndBracketedId() {
    // a / b: 2 / 4 = 0.5, 0 / 1 = 0, −9 / 3 = −3; [1.2] × 2: 1, 0.5, 2
    assertArrayEquals(new double[] {0.5, 0, -3}, eval("a / b"));
    assertArrayEquals(new double[] {1, 0.5, 2}, eval("[1.2] * 2"));
    assertEquals(Set.of("a", "1.2"), Expression.compile("a + [1.2] * a", COLUMNS.keySet()).references());
  }

  @Test
  void functions() {
    assertArrayEquals(new double[] {2, 0, -9}, eval("min(a, b)"));
    assertArrayEquals(new double[] {4, 1, 3}, eval("max(a, b, -100)"));
    assertArrayEquals(new double[] {2, 0, 9}, eval("abs(a)"));
    assertArrayEquals(new double[] {2, 1, Math.sqrt(3)}, eval("sqrt(b)"));
    // pow(b, 0.5) = sqrt(b); 10^2 = 100 -> log10 = 2; ln(e^1) = 1
    assertArrayEquals(new double[] {2, 1, Math.pow(3, 0.5)}, eval("pow(b, 0.5)"));
    assertArrayEquals(new double[] {2, 2, 2}, eval("log10(100)"));
    assertArrayEquals(new double[] {1, 1, 1}, eval("ln(exp(1))"));
    // clamp(a, 0, 1): 2 -> 1, 0 -> 0, −9 -> 0
    assertArrayEquals(new double[] {1, 0, 0}, eval("clamp(a, 0, 1)"));
  }

  @Test
  void conditionsAndLogic() {
    // a > 0: T, F, F; b >= 3: T, F, T; a == 0: F, T, F
    assertArrayEquals(new double[] {1, 0, -1}, eval("if(a > 0, 1, if(a == 0, 0, -1))"));
    assertArrayEquals(new double[] {1, 0, 0}, eval("if(a > 0 and b >= 3, 1, 0)"));
    assertArrayEquals(new double[] {1, 0, 1}, eval("if(a != 0 or not b < 3, 1, 0)"));
    assertArrayEquals(new double[] {0, 1, 1}, eval("if(not (a > 0), 1, 0)"));
    assertArrayEquals(new double[] {1, 1, 0}, eval("if(a <= 2 and a >= 0, 1, 0)"));
  }

  @Test
  void anUntakenBranchReportsNothing() {
    // a / a fails for unit 1 (0 / 0) but is taken only where a != 0
    assertArrayEquals(new double[] {1, 0, 1}, eval("if(a != 0, a / a, 0)"));
  }

  @Test
  void domainErrorsAreLocatedPerUnitAtTheFirstFailingOperation() {
    Expression expression = Expression.compile("ln(b - 1) + 1 / a", COLUMNS.keySet());
    List<Expression.DomainError> errors = new ArrayList<>();
    double[] out = expression.evaluate(COLUMNS::get, 3, null, errors);
    // unit 0: ln(3) + 1/2 fine; unit 1: ln(0) fails first (offset 0), 1 / 0 then not reported again;
    // unit 2: ln(2) − 1/9 fine
    assertEquals(List.of(new Expression.DomainError(1, 0, "problem.core.expression-logarithm", "ln(0)")), errors);
    assertEquals(Math.log(3) + 0.5, out[0], 1e-15);
    assertEquals(Math.log(2) - 1.0 / 9, out[2], 1e-15);

    errors.clear();
    Expression.compile("1 / a + sqrt(a) + pow(b, 1000)", COLUMNS.keySet()).evaluate(COLUMNS::get, 3, null, errors);
    assertEquals(List.of(
        new Expression.DomainError(1, 2, "problem.core.expression-division-by-zero", "1 / 0"),
        new Expression.DomainError(2, 8, "problem.core.expression-square-root", "sqrt(-9)"),
        new Expression.DomainError(0, 18, "problem.core.expression-not-finite", "pow(4, 1000)")), errors);
  }

  @Test
  void inactiveUnitsAreNeitherComputedNorReported() {
    List<Expression.DomainError> errors = new ArrayList<>();
    double[] out = Expression.compile("1 / a", COLUMNS.keySet())
        .evaluate(COLUMNS::get, 3, new boolean[] {true, false, true}, errors);
    assertEquals(List.of(), errors);
    assertArrayEquals(new double[] {0.5, Double.NaN, -1.0 / 9}, out);
  }

  @Test
  void everySemanticErrorIsReportedAtOnceWithItsOffset() {
    String text = "aa + ln(a, b) + (a > b) + if(a, 1, 2) + nope(a) + if(1 < 2, a > b, 0)";
    assertEquals(List.of(
        error(0, "unknown name 'aa'; did you mean 'a'?"),
        error(5, "ln takes 1 argument but was given 2"),
        error(text.indexOf("> b)"), "a condition where a number is needed"),
        error(text.indexOf("if(a") + 3, "argument 1 of if must be a condition, not a number"),
        error(text.indexOf("nope"), "unknown function 'nope'; known: [min, max, abs, ln, log10, exp, "
            + "sqrt, pow, clamp, if]"),
        error(text.lastIndexOf("a > b"), "argument 2 of if must be a number, not a condition")),
        errors(text));
  }

  @Test
  void syntaxErrorsStopTheParse() {
    assertEquals(List.of(error(0, "empty expression")), errors("  "));
    assertEquals(List.of(error(4, "the expression ends where a number, a name or '(' is expected")),
        errors("a + "));
    assertEquals(List.of(error(2, "unexpected 'b' after a complete expression")), errors("a b"));
    assertEquals(List.of(error(6, "the expression ends where ')' is expected")), errors("(a + b"));
    assertEquals(List.of(error(2, "unexpected '%' after a complete expression")), errors("a %"));
    assertEquals(List.of(error(4, "unexpected '%' where a number, a name or '(' is expected")),
        errors("a + %"));
    // not binds more loosely than +, as in Python
    assertEquals(List.of(error(4, "'not' where a number, a name or '(' is expected")),
        errors("a + not a"));
    assertEquals(List.of(error(9, "comparisons do not chain; join them with 'and'")),
        errors("if(1 < a < 3, 1, 0)"));
    assertEquals(List.of(error(0, "malformed number '1.2.3'")), errors("1.2.3"));
    assertEquals(List.of(error(0, "'[' without a closing ']'")), errors("[1.2"));
  }

  @Test
  void aBooleanResultIsAnError() {
    assertEquals(List.of(error(2, "a condition where a number is needed")), errors("a < b"));
  }

  @Test
  void anExpressionWithErrorsCannotBeEvaluated() {
    Expression bad = Expression.compile("zzz", COLUMNS.keySet());
    assertTrue(bad.errors().get(0).message().startsWith("at offset 0 of the expression: unknown name 'zzz'"));
    assertThrows(IllegalStateException.class, () -> bad.evaluate(COLUMNS::get, 3, null, new ArrayList<>()));
  }
}
