package io.appraisal.core;

import static io.appraisal.core.TestRules.linear;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The imputations of {@link MissingPolicy}: group mean, group median, previous period.
 *
 * <pre>
 * root (SUM); every leaf linear 0..10, 10 points (points = value)
 *   mean   GROUP_MEAN      c1 2, c2 4, c3 9, c4 missing -> (2 + 4 + 9) / 3 = 5;   d1 10, d2 missing -> 10
 *   median GROUP_MEDIAN    c1 1, c2 missing, c3 3, c4 8 -> median {1, 3, 8} = 3;  d1 4, d2 6
 *   prev   PREVIOUS_PERIOD c1 missing, 7 in 2024-Q1 -> 7;                          everyone else 5
 *
 * c1: 2 + 1 + 7 = 10 / 30 = 33.33…   c2: 4 + 3 + 5 = 12 / 30 = 40   c4: 5 + 8 + 5 = 18 / 30 = 60
 * d2: 10 + 6 + 5 = 21 / 30 = 70
 * </pre>
 */
class ImputationTest {
  private static final Period Q = Period.quarter(2024, 2);
  private static final Period Q1 = Period.quarter(2024, 1);
  private static final double EPS = 1e-9;

  private static Policy policy(MissingPolicy mean, MissingPolicy median, MissingPolicy previous) {
    return Policy.builder("imputation").category("C", "Cee").category("D", "Dee")
        .indicators(Indicator.group("root", "Total")
            .child(Indicator.leaf("mean", "Mean", linear(0, 10)).points(10).missing(mean))
            .child(Indicator.leaf("median", "Median", linear(0, 10)).points(10).missing(median))
            .child(Indicator.leaf("prev", "Previous", linear(0, 10)).points(10).missing(previous))
            .build())
        .build();
  }

  static Policy policy() {
    return policy(MissingPolicy.GROUP_MEAN, MissingPolicy.GROUP_MEDIAN, MissingPolicy.PREVIOUS_PERIOD);
  }

  private static Dataset.Builder units() {
    return Dataset.builder()
        .unit(Unit.of("c1", "C1", "C")).unit(Unit.of("c2", "C2", "C")).unit(Unit.of("c3", "C3", "C"))
        .unit(Unit.of("c4", "C4", "C")).unit(Unit.of("d1", "D1", "D")).unit(Unit.of("d2", "D2", "D"));
  }

  static Dataset data() {
    return units()
        .value("c1", Q, "mean", 2).value("c2", Q, "mean", 4).value("c3", Q, "mean", 9).value("d1", Q, "mean", 10)
        .value("c1", Q, "median", 1).value("c3", Q, "median", 3).value("c4", Q, "median", 8)
        .value("d1", Q, "median", 4).value("d2", Q, "median", 6)
        .value("c2", Q, "prev", 5).value("c3", Q, "prev", 5).value("c4", Q, "prev", 5).value("d1", Q, "prev", 5)
        .value("d2", Q, "prev", 5).value("c1", Q1, "prev", 7)
        .build();
  }

  @Test
  void notesSayWhichValueHowAndFromWhat() {
    AppraisalResult result = TestRules.engine().evaluate(policy(), data(), Q);
    assertEquals(List.of(
        new Note("c4", "mean", Note.Kind.IMPUTED_GROUP_MEAN,
            "value missing; imputed 5, the mean of category C's values in period 2024-Q2 (n = 3)"),
        new Note("d2", "mean", Note.Kind.IMPUTED_GROUP_MEAN,
            "value missing; imputed 10, the mean of category D's values in period 2024-Q2 (n = 1)"),
        new Note("c2", "median", Note.Kind.IMPUTED_GROUP_MEDIAN,
            "value missing; imputed 3, the median of category C's values in period 2024-Q2 (n = 3)"),
        new Note("c1", "prev", Note.Kind.IMPUTED_PREVIOUS_PERIOD,
            "value missing; imputed 7, the unit's value in period 2024-Q1")),
        Unkeyed.notes(result.notes()));
  }

  @Test
  void imputedValuesAreScoredAndMarked() {
    AppraisalResult result = TestRules.engine().evaluate(policy(), data(), Q);
    assertEquals(100.0 / 3, result.unit("c1").orElseThrow().scoreRate(), EPS);
    assertEquals(40, result.unit("c2").orElseThrow().scoreRate(), EPS);
    assertEquals(60, result.unit("c4").orElseThrow().scoreRate(), EPS);
    assertEquals(70, result.unit("d2").orElseThrow().scoreRate(), EPS);
    IndicatorScore c4mean = result.unit("c4").orElseThrow().indicator("mean").orElseThrow();
    assertEquals(IndicatorScore.Status.IMPUTED, c4mean.status());
    assertEquals(5, c4mean.score(), EPS);
    assertTrue(Double.isNaN(c4mean.raw())); // the data's value; the note gives the imputed one
    assertEquals(IndicatorScore.Status.SCORED,
        result.unit("c3").orElseThrow().indicator("mean").orElseThrow().status());
  }

  @Test
  void nothingToImputeFromIsAProblemNamingUnitPeriodAndIndicator() {
    Dataset data = units()
        .value("c1", Q, "mean", 2).value("c2", Q, "mean", 4).value("c3", Q, "mean", 9).value("c4", Q, "mean", 1)
        .value("c1", Q, "median", 1).value("c2", Q, "median", 1).value("c3", Q, "median", 3)
        .value("c4", Q, "median", 8).value("d1", Q, "median", 4).value("d2", Q, "median", 6)
        .value("c1", Q, "prev", 5).value("c2", Q, "prev", 5).value("c3", Q, "prev", 5).value("c4", Q, "prev", 5)
        .value("d1", Q, "prev", 5)
        .build();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> TestRules.engine().evaluate(policy(), data, Q));
    assertEquals(List.of(
        Problem.of("dataset", "value", "", "value missing for unit d1, period 2024-Q2, indicator mean, and no unit"
            + " of category D has one to impute from"),
        Problem.of("dataset", "value", "", "value missing for unit d2, period 2024-Q2, indicator mean, and no unit"
            + " of category D has one to impute from"),
        Problem.of("dataset", "value", "", "value missing for unit d2, period 2024-Q2, indicator prev, and no value"
            + " in period 2024-Q1 to impute from")),
        Unkeyed.problems(e.problems()));
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertEquals(5.5, Imputation.median(new double[] {10, 1, 8, 3})); // sorted 1 3 8 10: (3 + 8) / 2
    assertEquals(3, Imputation.median(new double[] {8, 1, 3}));
    assertEquals(14 / 3.0, Imputation.mean(new double[] {1, 4, 9}));
  }

  @Property
  void meanAndMedianLieWithinTheGroupsRange(
      @ForAll @Size(min = 1, max = 30) List<@DoubleRange(min = -1e6, max = 1e6) Double> values) {
    double[] group = values.stream().mapToDouble(Double::doubleValue).toArray();
    double min = Arrays.stream(group).min().orElseThrow();
    double max = Arrays.stream(group).max().orElseThrow();
    for (double imputed : new double[] {Imputation.mean(group), Imputation.median(group)}) {
      assertTrue(imputed >= min && imputed <= max, imputed + " outside " + min + ".." + max);
    }
  }

  @Property(tries = 50)
  void aCompleteDatasetIsUnchangedByAnyImputationSetting(
      @ForAll @Size(value = 18) List<@DoubleRange(min = 0, max = 10) Double> values) {
    // 6 units × 3 indicators, every value given, in both quarters
    Dataset.Builder builder = units();
    String[] ids = {"c1", "c2", "c3", "c4", "d1", "d2"};
    String[] leaves = {"mean", "median", "prev"};
    for (int u = 0; u < ids.length; u++) {
      for (int l = 0; l < leaves.length; l++) {
        builder.value(ids[u], Q, leaves[l], values.get(u * 3 + l)).value(ids[u], Q1, leaves[l], 10 - values.get(u));
      }
    }
    Dataset data = builder.build();
    AppraisalResult reference = TestRules.engine().evaluate(
        policy(MissingPolicy.FAIL, MissingPolicy.FAIL, MissingPolicy.FAIL), data, Q);
    for (MissingPolicy missing : MissingPolicy.values()) {
      AppraisalResult result = TestRules.engine().evaluate(policy(missing, missing, missing), data, Q);
      assertTrue(Arrays.equals(reference.scoreRates(), result.scoreRates()), missing.toString());
      assertTrue(Arrays.equals(reference.ranks(), result.ranks()), missing.toString());
      assertEquals(List.of(), result.notes());
    }
  }
}
