package io.appraisal.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

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
@API(status = API.Status.STABLE, since = "0.1")
public final class LoadedDataset {
  private final Dataset dataset;
  private final ImmutableList<Problem> dataProblems;
  private final ImmutableList<Problem> parseProblems;
  private final ImmutableList<String> sources;
  private final ImmutableSet<String> unreadValues;
  private final int valueCount;
  private final int notApplicableCount;
  private final int eventCount;
  private final int selfAssessmentCount;
  private final ImmutableMap<String, String> detectedEncodings;
  private final LoadedCorrections corrections;

  /** Kept for readers that create a dataset reflectively; prefer {@link #of}. */
  LoadedDataset(Dataset dataset, List<Problem> parseProblems, List<String> sources, Set<String> unreadValues,
      int valueCount, int notApplicableCount, int eventCount) {
    this(dataset, parseProblems, sources, unreadValues, valueCount, notApplicableCount, eventCount, 0, Map.of(),
        LoadedCorrections.NONE);
  }

  LoadedDataset(Dataset dataset, List<Problem> parseProblems, List<String> sources, Set<String> unreadValues,
      int valueCount, int notApplicableCount, int eventCount, int selfAssessmentCount,
      Map<String, String> detectedEncodings, LoadedCorrections corrections) {
    this.dataset = requireNonNull(dataset, "dataset");
    this.dataProblems = ImmutableList.copyOf(parseProblems);
    this.parseProblems = ImmutableList.<Problem>builder().addAll(dataProblems).addAll(corrections.problems()).build();
    this.sources = ImmutableList.copyOf(sources);
    this.unreadValues = ImmutableSet.copyOf(unreadValues);
    this.valueCount = valueCount;
    this.notApplicableCount = notApplicableCount;
    this.eventCount = eventCount;
    this.selfAssessmentCount = selfAssessmentCount;
    this.detectedEncodings = ImmutableMap.copyOf(detectedEncodings);
    this.corrections = requireNonNull(corrections, "corrections");
  }

  /**
   * A dataset read by another reader (a workbook, a database): the data, the problems of its source, the source
   * names in the order problems are sorted by, the keys ({@link #valueKey}) of the values that were given but could
   * not be read (so that the engine's "missing" is not reported a second time), and the counts. No correction log:
   * add one with {@link #withCorrections}.
   */
  public static LoadedDataset of(Dataset dataset, List<Problem> parseProblems, List<String> sources,
      Set<String> unreadValues, int valueCount, int notApplicableCount, int eventCount) {
    return new LoadedDataset(dataset, parseProblems, sources, unreadValues, valueCount, notApplicableCount,
        eventCount);
  }

  /** The key of a value that was given but could not be read, for {@link #of}. */
  public static String valueKey(String unit, Period period, String indicator) {
    return DatasetReader.valueKey(unit, period, indicator);
  }

  /**
   * This data with {@code log} as its correction log, replacing the one it had (its file's problems are replaced
   * too).
   */
  public LoadedDataset withCorrections(LoadedCorrections log) {
    requireNonNull(log, "log");
    return new LoadedDataset(dataset, dataProblems, sources, unreadValues, valueCount, notApplicableCount, eventCount,
        selfAssessmentCount, detectedEncodings, log);
  }

  /**
   * This data after a step over its raw values (the panels of {@link Ratings}): {@code dataset} replaces the data,
   * {@code problems} are added to the file problems, and the values under {@code unread} ({@link #valueKey}) are not
   * reported as missing a second time.
   */
  LoadedDataset withStep(Dataset dataset, List<Problem> problems, Set<String> unread, List<String> moreSources) {
    return new LoadedDataset(dataset,
        ImmutableList.<Problem>builder().addAll(dataProblems).addAll(problems).build(),
        ImmutableList.<String>builder().addAll(sources).addAll(moreSources).build(),
        ImmutableSet.<String>builder().addAll(unreadValues).addAll(unread).build(), valueCount, notApplicableCount,
        eventCount, selfAssessmentCount, detectedEncodings, corrections);
  }

  /** The data that could be read. Problems found while building it are in {@link Dataset#problems()}. */
  public Dataset dataset() {
    return dataset;
  }

  /**
   * The problems of the files themselves: headers, column counts, numbers, periods, counts, blank ids; the
   * correction log's file problems last.
   */
  public ImmutableList<Problem> parseProblems() {
    return parseProblems;
  }

  /** The file names used in problems: units, values, adjustments (or the one data file), then the corrections. */
  public ImmutableList<String> sources() {
    if (corrections.source().isEmpty() || sources.contains(corrections.source())) {
      return sources;
    }
    return ImmutableList.<String>builder().addAll(sources).add(corrections.source()).build();
  }

  /** The number of values read (not counting {@code NA}). */
  public int valueCount() {
    return valueCount;
  }

  /** The number of values marked {@code NA} (not applicable). */
  public int notApplicableCount() {
    return notApplicableCount;
  }

  /** The number of self-assessed values (自评) read. */
  public int selfAssessmentCount() {
    return selfAssessmentCount;
  }

  /** The correction log (复核) read with the data, with where each entry was written; empty without one. */
  public LoadedCorrections corrections() {
    return corrections;
  }

  /** The correction log as the engine takes it. */
  public CorrectionLog correctionLog() {
    return corrections.log();
  }

  /**
   * The files that were not valid UTF-8 and were therefore read as GB18030 (file name to charset name); empty when
   * every file was UTF-8 or the encoding was forced.
   */
  public ImmutableMap<String, String> detectedEncodings() {
    if (corrections.detectedEncoding().isEmpty()) {
      return detectedEncodings;
    }
    return ImmutableMap.<String, String>builder().putAll(detectedEncodings)
        .put(corrections.source(), corrections.detectedEncoding()).buildKeepingLast();
  }

  /** Problems by file (in the order of {@code sources}) and line, each file's problems without a line last. */
  static ImmutableList<Problem> byLine(List<Problem> problems, List<String> sources) {
    return problems.stream()
        .sorted(Comparator.comparingInt((Problem p) -> sources.contains(p.source()) ? sources.indexOf(p.source())
                : sources.size())
            .thenComparingLong(p -> p.line() == 0 ? Long.MAX_VALUE : p.line()))
        .collect(ImmutableList.toImmutableList());
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
      for (Problem problem : rolledUp(policy, period) ? yearProblems(policy, period)
          : periodProblems(policy, period)) {
        if (!isFollowOn(problem)) {
          all.add(corrections.locate(problem));
        }
      }
    }
    return sorted(all);
  }

  /**
   * Evaluates one period with the correction log: a quarter, or a year by the policy's annual roll-up.
   *
   * @throws InvalidInputException listing every problem of {@link #problems(CompiledPolicy, Period)}; nothing is
   *     computed then
   */
  public AppraisalResult evaluate(CompiledPolicy policy, Period period) {
    requireNonNull(policy, "policy");
    requireNonNull(period, "period");
    InvalidInputException failure = null;
    if (parseProblems.isEmpty()) {
      try {
        return compute(policy, period, corrections.log());
      } catch (InvalidInputException e) {
        failure = e;
      }
    }
    ImmutableList<Problem> problems = problems(policy, period);
    if (problems.isEmpty() && failure != null) {
      throw failure;
    }
    throw new InvalidInputException(problems);
  }

  /**
   * Evaluates one period without the correction log: the result as it was before any review. Its data hash is the
   * hash of the raw inputs alone.
   *
   * @throws InvalidInputException listing every problem
   */
  public AppraisalResult evaluateWithoutCorrections(CompiledPolicy policy, Period period) {
    return withCorrections(LoadedCorrections.NONE).evaluate(policy, period);
  }

  private static AppraisalResult compute(CompiledPolicy policy, Dataset data, Period period, CorrectionLog log) {
    return rolledUp(policy, period) ? policy.evaluateYear(data, period.year(), log)
        : policy.evaluate(data, period, log);
  }

  /**
   * Whether {@code period} is a year computed by the policy's annual roll-up from its quarters. A year of a policy
   * without one is ranked like a quarter, from the values given for that year (an annual series).
   */
  private static boolean rolledUp(CompiledPolicy policy, Period period) {
    return !period.isQuarter() && policy.policy().annual().isPresent();
  }

  private AppraisalResult compute(CompiledPolicy policy, Period period, CorrectionLog log) {
    return compute(policy, dataset, period, log);
  }

  /**
   * The validation problems of a period ranked from its own values, then (when there are none) those found while
   * applying the log.
   */
  private List<Problem> periodProblems(CompiledPolicy policy, Period period) {
    List<Problem> problems = policy.validate(dataset, period);
    if (!problems.isEmpty()) {
      return problems;
    }
    try {
      policy.evaluate(dataset, period, corrections.log());
      return List.of();
    } catch (InvalidInputException e) {
      return e.problems();
    }
  }

  /** The problems of an annual evaluation (the core validates a year only by evaluating it). */
  private List<Problem> yearProblems(CompiledPolicy policy, Period year) {
    try {
      policy.evaluateYear(dataset, year.year(), corrections.log());
      return List.of();
    } catch (InvalidInputException e) {
      return e.problems();
    }
  }

  private ImmutableList<Problem> sorted(Collection<Problem> problems) {
    return problems.stream()
        .sorted(Comparator.comparingInt((Problem p) -> sourceOrder(p.source()))
            .thenComparingLong(p -> p.line() == 0 ? Long.MAX_VALUE : p.line()))
        .collect(ImmutableList.toImmutableList());
  }

  /** The dataset, or an exception listing the files' problems (the log's too) if there were any. */
  public Dataset datasetOrThrow() {
    if (!parseProblems.isEmpty()) {
      throw new InvalidInputException(parseProblems);
    }
    return dataset;
  }

  private int sourceOrder(String source) {
    List<String> names = sources();
    int index = names.indexOf(source);
    return index < 0 ? names.size() : index;
  }

  /**
   * Whether the engine reports a value as missing (field {@code value}, no value) that the file gave but could not
   * be read: the unit, period and indicator the problem names ({@link EngineProblems#named}) are those of an unread
   * value.
   */
  private boolean isFollowOn(Problem problem) {
    if (unreadValues.isEmpty() || !problem.field().equals("value") || !problem.value().isEmpty()) {
      return false;
    }
    Set<String> named = EngineProblems.named(problem);
    for (String text : named) {
      Period period = EngineProblems.period(text);
      if (period == null) {
        continue;
      }
      for (String unit : named) {
        for (String indicator : named) {
          if (unreadValues.contains(DatasetReader.valueKey(unit, period, indicator))) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
