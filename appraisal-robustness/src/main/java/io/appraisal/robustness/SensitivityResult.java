package io.appraisal.robustness;

import io.appraisal.core.Unit;
import java.util.ArrayList;
import java.util.List;

/**
 * First-order and total Sobol indices of every factor on every unit's rank and on the mean |Δrank| against the
 * nominal ranking (see {@link Sobol}).
 */
public final class SensitivityResult {
  private final List<String> factors;
  private final List<Unit> units;
  private final List<List<Sobol.Index>> byUnit;
  private final List<Sobol.Index> meanShift;
  private final int rows;

  SensitivityResult(Nominal nominal, List<String> factors, Nominal.Outcome[] outcomes, int rows, int bootstrap,
      long seed) {
    this.factors = List.copyOf(factors);
    this.units = nominal.units();
    this.rows = rows;
    int n = units.size();
    List<List<Sobol.Index>> indices = new ArrayList<>(n);
    double[] y = new double[outcomes.length];
    for (int u = 0; u < n; u++) {
      for (int run = 0; run < outcomes.length; run++) {
        y[run] = outcomes[run].ranks()[u];
      }
      indices.add(Sobol.indices(y, factors.size(), rows, bootstrap, seed));
    }
    this.byUnit = List.copyOf(indices);
    for (int run = 0; run < outcomes.length; run++) {
      double shift = 0;
      for (int u = 0; u < n; u++) {
        shift += Math.abs(outcomes[run].ranks()[u] - nominal.ranks[u]);
      }
      y[run] = shift / n;
    }
    this.meanShift = Sobol.indices(y, factors.size(), rows, bootstrap, seed);
  }

  /** The factors, in the order of every list of indices. */
  public List<String> factors() {
    return factors;
  }

  /** The units, in dataset order. */
  public List<Unit> units() {
    return units;
  }

  /** The rows of each of Saltelli's matrices; the analysis evaluated {@code rows × (factors + 2)} samples. */
  public int rows() {
    return rows;
  }

  /** Each factor's indices on the rank of the unit at dataset index {@code unit}. */
  public List<Sobol.Index> rank(int unit) {
    return byUnit.get(unit);
  }

  /** Each factor's indices on the mean |Δrank| of a sample against the nominal ranking. */
  public List<Sobol.Index> meanAbsoluteShift() {
    return meanShift;
  }
}
