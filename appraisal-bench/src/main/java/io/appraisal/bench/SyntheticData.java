package io.appraisal.bench;

import io.appraisal.core.Aggregation;
import io.appraisal.core.Dataset;
import io.appraisal.core.Direction;
import io.appraisal.core.Indicator;
import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import io.appraisal.core.RuleSpec;
import io.appraisal.core.Unit;
import io.appraisal.core.ValueRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A generated, reproducible workload: {@value #INDICATORS} min-max indicators in one period, units spread round-robin
 * over {@value #CATEGORIES} categories, and the matching flat policy (root = weighted arithmetic mean of the leaves,
 * scale 100, default rounding, competition ranking, no grades, no adjustments).
 *
 * <p>The same arrays feed both the engine (through {@link Dataset.Builder#column}, which copies them) and the
 * hand-written {@link Baseline}, so the two compute over identical numbers.
 */
public final class SyntheticData {
  public static final int INDICATORS = 30;
  public static final int CATEGORIES = 3;
  public static final Period PERIOD = Period.quarter(2024, 4);

  /** {@code columns[j][u]}: the raw value of unit {@code u} on indicator {@code j}. */
  public final double[][] columns;
  public final String[] indicatorIds;
  public final boolean[] lowerIsBetter;
  public final double[] weights;
  /** The category index of each unit, in {@code [0, CATEGORIES)}. */
  public final int[] category;
  public final List<Unit> units;

  private SyntheticData(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    columns = new double[INDICATORS][n];
    indicatorIds = new String[INDICATORS];
    lowerIsBetter = new boolean[INDICATORS];
    weights = new double[INDICATORS];
    for (int j = 0; j < INDICATORS; j++) {
      indicatorIds[j] = String.format(Locale.ROOT, "i%02d", j + 1);
      lowerIsBetter[j] = j % 4 == 3; // 7 of 30 indicators are lower-is-better (a loss rate, a complaint count)
      weights[j] = 1 + j % 5 * 0.5; // 1, 1.5, 2, 2.5, 3, 1, ...
      // Each column has its own spread inside 0..100, so min-max does real work per column.
      double lo = random.nextDouble(0, 25);
      double hi = random.nextDouble(70, 100);
      double[] column = columns[j];
      for (int u = 0; u < n; u++) {
        column[u] = random.nextDouble(lo, hi);
      }
    }
    category = new int[n];
    units = new ArrayList<>(n);
    for (int u = 0; u < n; u++) {
      category[u] = u % CATEGORIES;
      units.add(Unit.of(String.format(Locale.ROOT, "u%07d", u), "Unit " + u, categoryId(category[u])));
    }
  }

  /** Generates {@code n} units with a fixed seed. */
  public static SyntheticData generate(int n, long seed) {
    return new SyntheticData(n, seed);
  }

  public int size() {
    return category.length;
  }

  public static String categoryId(int c) {
    return "c" + c;
  }

  /** The policy: 30 min-max leaves under an arithmetic-mean root; everything else at its default. */
  public Policy policy() {
    return policy(RuleSpec.of("min-max"));
  }

  /** The same policy with every leaf scored by {@code rule} (for example fixed goalposts 0 and 100). */
  public Policy policy(RuleSpec rule) {
    Indicator.Builder root = Indicator.group("root", "Composite").aggregation(Aggregation.ARITHMETIC_MEAN);
    for (int j = 0; j < INDICATORS; j++) {
      root.child(Indicator.leaf(indicatorIds[j], "Indicator " + (j + 1), rule)
          .weight(weights[j])
          .direction(lowerIsBetter[j] ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER)
          .range(ValueRange.PERCENT));
    }
    Policy.Builder policy = Policy.builder("bench").indicators(root.build()).scale(100);
    for (int c = 0; c < CATEGORIES; c++) {
      policy.category(categoryId(c), "Category " + c);
    }
    return policy.build();
  }

  /** The dataset, loaded column by column (the bulk path). */
  public Dataset dataset() {
    Dataset.Builder builder = Dataset.builder().source("synthetic").units(units);
    for (int j = 0; j < INDICATORS; j++) {
      builder.column(PERIOD, indicatorIds[j], columns[j]);
    }
    return builder.build();
  }
}
