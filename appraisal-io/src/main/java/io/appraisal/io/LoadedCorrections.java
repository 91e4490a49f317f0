package io.appraisal.io;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.appraisal.core.Correction;
import io.appraisal.core.CorrectionLog;
import io.appraisal.core.Origin;
import io.appraisal.core.Period;
import io.appraisal.core.Problem;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A correction log (复核) as read from a file, with where each entry was written and the problems of the file. Rows
 * with a problem are left out of {@link #log()}.
 *
 * @param source the file name used in problems, or empty for no log
 * @param entries the corrections in file order (the order they are applied in)
 * @param origins where each entry was written, index by index
 * @param problems the problems of the file, by line
 * @param detectedEncoding the charset the file was read in when it was not valid UTF-8 (GB18030), else empty
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public record LoadedCorrections(String source, List<Correction> entries, List<Origin> origins,
    List<Problem> problems, String detectedEncoding) {
  /** No log at all. */
  public static final LoadedCorrections NONE = new LoadedCorrections("", List.of(), List.of(), List.of(), "");

  public LoadedCorrections {
    requireNonNull(source, "source");
    entries = ImmutableList.copyOf(entries);
    origins = ImmutableList.copyOf(origins);
    problems = problems.stream().sorted(Comparator.comparingLong(p -> p.line() == 0 ? Long.MAX_VALUE : p.line()))
        .collect(ImmutableList.toImmutableList());
    requireNonNull(detectedEncoding, "detectedEncoding");
    checkArgument(entries.size() == origins.size(), "one origin per entry");
  }

  /** The corrections as the engine takes them. */
  public CorrectionLog log() {
    return CorrectionLog.of(entries);
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /**
   * An engine problem about a correction (the engine names no file or line: {@code corrections: field 'before' =
   * '35': the data holds 30 (correction of G12, 2022-Q2, RAW_VALUE)}) located at the entry's file and line, with its
   * message and bundle key unchanged; any other problem unchanged. The entry is the first whose field and value are
   * the problem's and whose unit and period the problem names ({@link EngineProblems#named}).
   */
  public Problem locate(Problem problem) {
    if (!problem.source().equals("corrections") || problem.line() != 0) {
      return problem;
    }
    Set<String> named = EngineProblems.named(problem);
    for (int i = 0; i < entries.size(); i++) {
      Correction c = entries.get(i);
      if (named.contains(c.unit()) && named.contains(c.period().toString())
          && fieldMatches(c, problem.field(), problem.value())) {
        Origin origin = origins.get(i);
        return problem.at(origin.source(), origin.line());
      }
    }
    return problem;
  }

  /** Where the entry equal to {@code correction} was written. */
  public Optional<Origin> origin(Correction correction) {
    int index = entries.indexOf(correction);
    return index < 0 ? Optional.empty() : Optional.of(origins.get(index));
  }

  /** The entries of the periods given (a year stands for itself and its quarters), in log order. */
  public ImmutableList<Correction> entriesFor(Period period) {
    return entries.stream()
        .filter(c -> c.period().equals(period) || (!period.isQuarter() && c.period().year() == period.year()))
        .collect(ImmutableList.toImmutableList());
  }

  private static boolean fieldMatches(Correction c, String field, String value) {
    return switch (field) {
      case "before" -> c.before().equals(value);
      case "after" -> c.after().equals(value);
      case "unit" -> c.unit().equals(value);
      case "indicator" -> c.indicator().equals(value);
      default -> true;
    };
  }
}
