package io.appraisal.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.CompiledPolicy;
import io.appraisal.core.CorrectionLog;
import io.appraisal.core.Dataset;
import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Period;
import io.appraisal.core.Problem;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A dataset read from files, with the problems the files had. Rows with a problem are left out of {@link
 * #dataset()}; the problems of the files and the problems the engine finds when it validates the dataset against a
 * policy are reported together by {@link #problems(CompiledPolicy, Collection)}, so one run shows every problem.
 *
 * <pre>{@code
 * LoadedDataset data = DatasetFiles.read(Path.of("data/2022"));
 * CompiledPolicy policy = engine.compile(BaichengPolicy.policy());
 * AppraisalResult result = data.evaluate(policy, Period.parse("2022-Q4")); // throws listing every problem
 * }</pre>
 */
public final class LoadedDataset {
  private final Dataset dataset;
  private final ImmutableList<Problem> parseProblems;
  private final ImmutableList<String> sources;
  private final ImmutableSet<String> unreadValues;
  private final int valueCount;
  private final int notApplicableCount;
  private final int eventCount;

  LoadedDataset(Dataset dataset, List<Problem> parseProblems, List<String> sources, Set<String> unreadValues,
      int valueCount, int notApplicableCount, int eventCount) {
    this.dataset = dataset;
    this.parseProblems = ImmutableList.copyOf(parseProblems);
    this.sources = ImmutableList.copyOf(sources);
    this.unreadValues = ImmutableSet.copyOf(unreadValues);
    this.valueCount = valueCount;
    this.notApplicableCount = notApplicableCount;
    this.eventCount = eventCount;
  }

  /** The data that could be read. Problems found while building it are in {@link Dataset#problems()}. */
  public Dataset dataset() {
    return dataset;
  }

  /** The problems of the files themselves: headers, column counts, numbers, periods, counts, blank ids. */
  public ImmutableList<Problem> parseProblems() {
    return parseProblems;
  }

  /** The file names used in problems: units, values, adjustments. */
  public ImmutableList<String> sources() {
    return sources;
  }

  /** The number of values read (not counting {@code NA}). */
  public int valueCount() {
    return valueCount;
  }

  /** The number of values marked {@code NA} (not applicable). */
  public int notApplicableCount() {
    return notApplicableCount;
  }

  /** The number of adjustment rows read. */
  public int eventCount() {
    return eventCount;
  }

  /** The latest period that has values (adjustment rows alone do not make a period). */
  public Optional<Period> latestPeriod() {
    return dataset.periods().descendingSet().stream().filter(p -> !dataset.indicators(p).isEmpty()).findFirst();
  }

  /** The periods that have values, in order. */
  public ImmutableList<Period> periodsWithValues() {
    return dataset.periods().stream().filter(p -> !dataset.indicators(p).isEmpty())
        .collect(ImmutableList.toImmutableList());
  }

  /** Every problem for one period (a quarter, or a year): see {@link #problems(CompiledPolicy, Collection)}. */
  public ImmutableList<Problem> problems(CompiledPolicy policy, Period period) {
    return problems(policy, List.of(period));
  }

  /**
   * Every problem with the files and with the data for {@code policy} in each of {@code periods} (a year is checked
   * by its annual roll-up, which checks its quarters too): the parse problems
   * and the engine's validation problems in one list without repeats, ordered by file (units, values,
   * adjustments, then others) and line, problems without a line last within their file. A value that was given
   * but could not be read is reported once, as unreadable, not a second time as missing.
   */
  public ImmutableList<Problem> problems(CompiledPolicy policy, Collection<Period> periods) {
    requireNonNull(policy, "policy");
    Set<Problem> all = new LinkedHashSet<>(parseProblems);
    for (Period period : periods) {
      for (Problem problem : period.isQuarter() ? policy.validate(dataset, period) : yearProblems(policy, period)) {
        if (!isFollowOn(problem)) {
          all.add(problem);
        }
      }
    }
    return all.stream()
        .sorted(Comparator.comparingInt((Problem p) -> sourceOrder(p.source()))
            .thenComparingLong(p -> p.line() == 0 ? Long.MAX_VALUE : p.line()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Evaluates one period: a quarter, or a year by the policy's annual roll-up.
   *
   * @throws InvalidInputException listing every problem of {@link #problems(CompiledPolicy, Period)}; nothing is
   *     computed then
   */
  public AppraisalResult evaluate(CompiledPolicy policy, Period period) {
    ImmutableList<Problem> problems = problems(policy, period);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return period.isQuarter() ? policy.evaluate(dataset, period)
        : policy.evaluateYear(dataset, period.year(), CorrectionLog.empty());
  }

  /** The problems of an annual evaluation (the core validates a year only by evaluating it). */
  private List<Problem> yearProblems(CompiledPolicy policy, Period year) {
    if (policy.policy().annual().isEmpty()) {
      return List.of(Problem.of(dataset.source(), "period", year.toString(), "the policy " + policy.policy().id()
          + " has no annual roll-up, so a year cannot be ranked; rank a quarter such as " + year.year() + "-Q4"));
    }
    try {
      policy.evaluateYear(dataset, year.year(), CorrectionLog.empty());
      return List.of();
    } catch (InvalidInputException e) {
      return e.problems();
    }
  }

  /** The dataset, or an exception listing the files' problems if there were any. */
  public Dataset datasetOrThrow() {
    if (!parseProblems.isEmpty()) {
      throw new InvalidInputException(parseProblems);
    }
    return dataset;
  }

  private int sourceOrder(String source) {
    int index = sources.indexOf(source);
    return index < 0 ? sources.size() : index;
  }

  /** Whether the engine reports a value as missing that the file gave but could not be read. */
  private boolean isFollowOn(Problem problem) {
    if (unreadValues.isEmpty() || !problem.field().equals("value") || !problem.value().isEmpty()) {
      return false;
    }
    String prefix = "required value missing for unit ";
    String message = problem.message();
    if (!message.startsWith(prefix)) {
      return false;
    }
    String[] parts = message.substring(prefix.length()).split(", (period|indicator) ", -1);
    if (parts.length != 3) {
      return false;
    }
    try {
      return unreadValues.contains(DatasetReader.valueKey(parts[0], Period.parse(parts[1]), parts[2]));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
