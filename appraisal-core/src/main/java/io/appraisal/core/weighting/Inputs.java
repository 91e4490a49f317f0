package io.appraisal.core.weighting;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;

/** Argument validation shared by the weighting methods and TOPSIS; every check names the parameter and the value. */
final class Inputs {

  /** At most this many problems are spelled out in one message; the rest are counted. */
  static final int MAX_LISTED_PROBLEMS = 25;

  private Inputs() {}

  /**
   * Validates a decision matrix (rows = alternatives, columns = criteria) and returns a deep copy of it.
   *
   * @param name the parameter name used in messages
   * @param minRows the least number of rows the method needs
   * @throws NullPointerException if the matrix is null
   * @throws IllegalArgumentException listing every null row, ragged row and non-finite cell at once
   */
  static double[][] decisionMatrix(String name, double[][] matrix, int minRows) {
    checkNotNull(matrix, "%s must not be null", name);
    checkArgument(
        matrix.length >= minRows,
        "%s must have at least %s row(s) (alternatives), got %s",
        name,
        minRows,
        matrix.length);
    List<String> problems = new ArrayList<>();
    int columns = -1;
    int referenceRow = -1;
    for (int i = 0; i < matrix.length; i++) {
      double[] row = matrix[i];
      if (row == null) {
        problems.add("row " + i + " is null");
      } else if (columns < 0) {
        columns = row.length;
        referenceRow = i;
      } else if (row.length != columns) {
        problems.add(
            "row " + i + " has " + row.length + " column(s) but row " + referenceRow + " has " + columns
                + " (the matrix must be rectangular)");
      }
    }
    if (columns == 0) {
      problems.add("the rows have no columns (at least one criterion is needed)");
    }
    for (int i = 0; i < matrix.length; i++) {
      double[] row = matrix[i];
      if (row == null) {
        continue;
      }
      for (int j = 0; j < row.length; j++) {
        if (!Double.isFinite(row[j])) {
          problems.add(name + "[" + i + "][" + j + "] " + Fmt.nonFinite(row[j]));
        }
      }
    }
    throwIfAny(name + " is invalid", problems);
    double[][] copy = new double[matrix.length][];
    for (int i = 0; i < matrix.length; i++) {
      copy[i] = matrix[i].clone();
    }
    return copy;
  }

  /** Validates the per-criterion direction flags against the number of columns and returns a copy. */
  static boolean[] directions(boolean[] higherIsBetter, int columns) {
    checkNotNull(higherIsBetter, "higherIsBetter must not be null");
    checkArgument(
        higherIsBetter.length == columns,
        "higherIsBetter has length %s but the matrix has %s column(s) (one direction per criterion)",
        higherIsBetter.length,
        columns);
    return higherIsBetter.clone();
  }

  /**
   * Validates a weight vector (finite, non-negative, not all zero) and returns it normalised to sum 1.
   *
   * @param name the parameter name used in messages
   */
  static double[] weightVector(String name, double[] weights) {
    checkNotNull(weights, "%s must not be null", name);
    checkArgument(weights.length >= 1, "%s must have at least one element, got none", name);
    List<String> problems = new ArrayList<>();
    double max = 0;
    for (int j = 0; j < weights.length; j++) {
      double w = weights[j];
      if (!Double.isFinite(w)) {
        problems.add(name + "[" + j + "] " + Fmt.nonFinite(w));
      } else if (w < 0) {
        problems.add(name + "[" + j + "] = " + Fmt.num(w) + " is negative");
      } else {
        max = Math.max(max, w);
      }
    }
    if (problems.isEmpty() && max == 0) {
      problems.add("all " + weights.length + " weight(s) are zero (at least one must be positive)");
    }
    throwIfAny(name + " is invalid", problems);
    // Scale by the largest weight first so that the sum cannot overflow.
    double[] scaled = new double[weights.length];
    double sum = 0;
    for (int j = 0; j < weights.length; j++) {
      scaled[j] = weights[j] / max;
      sum += scaled[j];
    }
    for (int j = 0; j < weights.length; j++) {
      scaled[j] /= sum;
    }
    return scaled;
  }

  /** Throws one {@link IllegalArgumentException} that lists every problem, or does nothing if there is none. */
  static void throwIfAny(String what, List<String> problems) {
    if (problems.isEmpty()) {
      return;
    }
    StringBuilder message = new StringBuilder(what).append(": ");
    int listed = Math.min(problems.size(), MAX_LISTED_PROBLEMS);
    for (int p = 0; p < listed; p++) {
      if (p > 0) {
        message.append("; ");
      }
      message.append(problems.get(p));
    }
    if (problems.size() > listed) {
      message.append("; ... and ").append(problems.size() - listed).append(" more problem(s)");
    }
    checkArgument(false, "%s", message);
  }
}
