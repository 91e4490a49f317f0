package io.appraisal.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The evaluation as a sequence of stages, each returning one of the immutable results below, which the next stage
 * takes: validate ({@link Evaluator}) → score leaves ({@link LeafScores}) → aggregate ({@link TreeScores}) → score
 * rate ({@link Rates}; for a year the roll-up, {@link AnnualEvaluator}) → adjust ({@link Adjustments}) → publish
 * ({@link Published}) → rank ({@link Ranks}) → grade and overrides ({@link Grades}), gathered in an {@link Outcome}.
 *
 * <p>The records hold columns (arrays indexed by unit, or by plan node then unit) without copying them: a stage
 * fills its arrays before it returns and nothing writes to them afterwards, so a later stage may share them (an
 * aggregate's {@code score} shares the leaves' columns; a result shares every column). Constant columns are shared
 * between nodes too.
 */
final class Stages {
  private Stages() {}

  /**
   * Score leaves: every leaf's points and available points per unit, after the rules and the score corrections;
   * group rows are null.
   *
   * @param full per node, whether every unit has the node's full maximum
   * @param notes values imputed, excluded or marked not applicable
   */
  record LeafScores(double[][] score, double[][] max, boolean[] full, List<Note> notes) {}

  /**
   * Aggregate: points and available points of every plan node, the root at index 0.
   *
   * @param problems what the aggregation found (TOPSIS over partial columns), reported with the score rate's
   */
  record TreeScores(double[][] score, double[][] max, List<Note> notes, List<Problem> problems) {}

  /**
   * Score rate: what the tree gives a quarter, or the year's roll-up before the year's own adjustments.
   *
   * @param score points per plan node and unit (for a year, the quarters' means)
   * @param max available points per plan node and unit
   * @param selfRate the self-assessed score rate where self-scores were given (NaN elsewhere), or null
   * @param components the year-end components (empty for a quarter)
   * @param componentValues per component, its value for each unit
   */
  record Rates(double[][] score, double[][] max, double[] rate, double[] selfRate,
      List<AnnualRollup.YearEndComponent> components, double[][] componentValues, List<Note> notes) {
    /** The same rates with {@code first} listed before the notes. */
    Rates withNotesFirst(List<Note> first) {
      if (first.isEmpty()) {
        return this;
      }
      List<Note> all = new ArrayList<>(first);
      all.addAll(notes);
      return new Rates(score, max, rate, selfRate, components, componentValues, List.copyOf(all));
    }
  }

  /**
   * Adjust: bonus, deductions and vetoes after the caps, and the composite {@code max(0, rate + bonus −
   * deduction)}.
   *
   * @param vetoed whether any veto applies to the unit (it gets the lowest grade)
   * @param rankedLast whether a {@link VetoEffect#RANKED_LAST} veto applies (it is ranked after the others)
   * @param applied per unit index, the adjustments applied, in the order the caps took them
   */
  record Adjustments(double[] bonus, double[] deduction, boolean[] vetoed, boolean[] rankedLast,
      Map<Integer, List<AppliedAdjustment>> applied, double[] composite) {}

  /** Publish: each composite rounded to a scaled long key ({@link Rounder#key}); everything later judges keys. */
  record Published(long[] key) {}

  /**
   * Rank: overall and within the category.
   *
   * @param category the category index of every unit
   * @param vetoedLast the keys with every vetoed unit below every other (the published keys when none is vetoed)
   * @param tieBreaker the policy's tie-break chain, for ordinal ranks and quotas
   */
  record Ranks(int[] category, double[] rank, double[] categoryRank, long[] vetoedLast,
      Ranker.TieBreaker tieBreaker) {}

  /** Grade (and overrides): per unit the band index, the band count meaning the lowest grade, -1 without grades. */
  record Grades(int[] grade) {}

  /**
   * Everything a result shows: the last stage.
   *
   * @param corrections per unit index, every correction applied
   * @param input the data as given, before corrections, for the provenance
   * @param inputPeriods the periods the input contributed
   */
  record Outcome(Rates rates, Adjustments adjustments, Published published, Ranks ranks, Grades grades,
      Map<Integer, List<Correction>> corrections, Dataset input, List<Period> inputPeriods) {}

  /**
   * Adjust, publish, rank, grade and override: the stages quarters and years share.
   *
   * @param earlier corrections applied before (a year's quarters'), listed before this period's
   * @throws InvalidInputException if a grade override does not apply
   */
  static AppraisalResult finish(CompiledPolicy plan, Dataset data, Period period, Rates rates,
      Map<Integer, List<AppliedAdjustment>> carriedVetoes, Corrections corrections,
      Map<Integer, List<Correction>> earlier, Dataset input, List<Period> inputPeriods) {
    Adjustments adjustments = Adjuster.adjust(plan.policy(), data, period, rates.rate(), carriedVetoes);
    Published published = new Published(plan.rounder().keys(adjustments.composite(), plan.parallel()));
    Ranks ranks = Standing.rank(plan, data, rates.score(), published, adjustments);
    Grades grades = corrections.overrideGrades(plan.policy().grades().orElse(null),
        Standing.grade(plan, published, adjustments, ranks));
    List<Problem> problems = corrections.takeProblems();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Map<Integer, List<Correction>> applied = new TreeMap<>();
    earlier.forEach((u, list) -> applied.computeIfAbsent(u, k -> new ArrayList<>()).addAll(list));
    corrections.applied.forEach((u, list) -> applied.computeIfAbsent(u, k -> new ArrayList<>()).addAll(list));
    return new AppraisalResult(plan, data, period, new Outcome(rates, adjustments, published, ranks, grades,
        Collections.unmodifiableMap(applied), input, inputPeriods));
  }
}
