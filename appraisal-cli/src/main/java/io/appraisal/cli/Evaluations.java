package io.appraisal.cli;

import io.appraisal.core.AppraisalResult;
import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Period;
import io.appraisal.core.Problem;
import io.appraisal.core.Suggestions;
import io.appraisal.core.Unit;
import io.appraisal.core.panel.PanelReport;
import io.appraisal.core.recommendation.Recommendations;
import io.appraisal.io.LoadedDataset;
import io.appraisal.io.results.PanelText;
import io.appraisal.io.results.RecommendationText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** What the commands that compute share: evaluating a period or printing every problem, and finding units. */
final class Evaluations {
  private Evaluations() {}

  /**
   * Evaluates {@code period} (with the correction log) or prints every problem of the inputs to stderr and returns
   * null. {@code period} null means the data has none to offer.
   */
  static AppraisalResult evaluate(InputOptions.Inputs read, Period period, String consequence, PrintWriter err) {
    LoadedDataset data = read.data();
    List<Problem> problems = new ArrayList<>(read.problems());
    if (period == null && data.parseProblems().isEmpty()) {
      problems.add(Problem.of(data.dataset().source(), "period", "", "the data has no values, so no period to rank"));
    }
    if (read.policy() == null || period == null) {
      problems.addAll(data.parseProblems());
    } else if (problems.isEmpty()) {
      try {
        return data.evaluate(read.policy(), period);
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
    } else {
      problems.addAll(data.problems(read.policy(), period));
    }
    Problems.print(problems, consequence, err);
    return null;
  }

  /**
   * What follows the ranking table for the evaluated period: the panels' reports (consistency, concordance,
   * outliers) and the policy's recommendation; empty when the policy has neither.
   */
  static String panelsAndRecommendation(InputOptions.Inputs read, AppraisalResult result) {
    StringBuilder out = new StringBuilder();
    List<PanelReport> panels = read.panels().stream().filter(r -> r.period().equals(result.period())).toList();
    if (!panels.isEmpty()) {
      out.append('\n').append(PanelText.render(panels, read.data().dataset()).stripTrailing()).append('\n');
    }
    result.policy().recommendation().ifPresent(recommendation -> out.append('\n')
        .append(RecommendationText.render(recommendation, Recommendations.apply(result, recommendation),
            result.policy().rounding())));
    return out.toString();
  }

  /** Says that {@code unit} is not in {@code result} (absent from the period, or screened out), with the note why. */
  static void notRanked(AppraisalResult result, Unit unit, PrintWriter err) {
    String why = result.notes().stream().filter(note -> note.unit().equals(unit.id()) && note.indicator().isEmpty())
        .map(note -> ": " + note.message()).findFirst().orElse("");
    err.println("unit " + unit.id() + " was not ranked in " + result.period() + why);
  }

  /** The period asked for, or the latest period with values; null when the data has none. */
  static Period periodOrLatest(Period asked, LoadedDataset data) {
    return asked != null ? asked : data.latestPeriod().orElse(null);
  }

  /**
   * The unit named by {@code wanted}: its id or name exactly, else its id ignoring case ({@code g09}), else the one
   * unit whose name contains it ({@code 信访局}).
   *
   * @throws CommandLine.ParameterException when no unit matches (naming the closest id or name, if one is close) or
   *     several do (listing them)
   */
  static Unit unit(CommandLine commandLine, LoadedDataset data, String option, String wanted) {
    String key = wanted.trim();
    List<Unit> units = data.dataset().units();
    List<Unit> matches = units.stream().filter(u -> u.id().equals(key) || u.name().equals(key)).toList();
    if (matches.isEmpty()) {
      matches = units.stream().filter(u -> u.id().equalsIgnoreCase(key)).toList();
    }
    if (matches.isEmpty() && !key.isEmpty()) {
      matches = units.stream().filter(u -> u.name().contains(key)).toList();
    }
    if (matches.isEmpty()) {
      List<String> known = new ArrayList<>();
      units.forEach(u -> {
        known.add(u.id());
        known.add(u.name());
      });
      throw new CommandLine.ParameterException(commandLine, option + ": no unit has the id or name '" + wanted
          + "', nor a name containing it" + Suggestions.didYouMean(key, known));
    }
    if (matches.size() > 1) {
      throw new CommandLine.ParameterException(commandLine, option + ": '" + wanted + "' matches " + matches.size()
          + " units: " + matches.stream().map(u -> u.id() + " " + u.name()).collect(Collectors.joining(", "))
          + "; give the id or more of the name");
    }
    return matches.get(0);
  }
}
