package io.appraisal.core;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;

/** The columns an evaluation produces, by unit index; an {@link AppraisalResult} reads them. */
final class Computation {
  /** Points and available points per plan node. */
  double[][] score;
  double[][] max;
  /** The score rate: what the tree gives (quarters), or the roll-up before the year's adjustments (years). */
  double[] rate;
  double[] composite;
  long[] key;
  Adjuster adjuster;
  int[] category;
  Standing standing;
  ImmutableList<Note> notes;
  Map<Integer, List<Correction>> corrections = Map.of();
  /** The self-assessed score rate where self-scores were given (NaN elsewhere), or null. */
  double[] selfRate;
  /** The share of the score rate that the indicator tree accounts for: 1 for quarters. */
  double treeWeight = 1;
  /** Year-end components and their values per unit (annual results only). */
  List<AnnualRollup.YearEndComponent> components = List.of();
  double[][] componentValues;
  /** The data as given, before corrections, and the periods it contributed: for the provenance. */
  Dataset input;
  List<Period> inputPeriods;
}
