package io.appraisal.cli;

import io.appraisal.core.AppraisalResult;
import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Messages;
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
   * null. {@code period} null means the data has none to offer; {@code consequence} is the bundle key of what was
   * therefore not done.
   */
  static AppraisalResult evaluate(InputOptions.Inputs read, Period period, String consequence, Messages messages,
      PrintWriter err) {
    LoadedDataset data = read.data();
    List<Problem> problems = new ArrayList<>(read.problems());
    if (period == null && data.parseProblems().isEmpty()) {
      problems.add(Problem.keyed(data.dataset().source(), "period", "", "cli.no-values-no-period"));
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
    Problems.print(problems, consequence, messages, err);
    return null;
  }

  /**
   * What follows the ranking table for the evaluated period: the panels' reports (consistency, concordance,
   * outliers) and the policy's recommendation; empty when the policy has neither.
   */
  static String panelsAndRecommendation(InputOptions.Inputs read, AppraisalResult result, Messages messages) {
    StringBuilder out = new StringBuilder();
    List<PanelReport> panels = read.panels().stream().filter(r -> r.period().equals(result.period())).toList();
    if (!panels.isEmpty()) {
      out.append('\n').append(PanelText.render(panels, read.data().dataset(), messages).stripTrailing()).append('\n');
    }
    result.policy().recommendation().ifPresent(recommendation -> out.append('\n')
        .append(RecommendationText.render(recommendation, Recommendations.apply(result, recommendation),
            result.policy().rounding(), messages)));
    return out.toString();
  }

  /** Says that {@code unit} is not in {@code result} (absent from the period, or screened out), with the note why. */
  static void notRanked(AppraisalResult result, Unit unit, Messages messages, PrintWriter err) {
    String why = result.notes().stream().filter(note -> note.unit().equals(unit.id()) && note.indicator().isEmpty())
        .map(messages::note).findFirst().orElse(null);
    err.println(why == null ? messages.text("cli.not-ranked", unit.id(), result.period())
        : messages.text("cli.not-ranked-because", unit.id(), result.period(), why));
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
    Messages messages = LocaleOption.messages(commandLine);
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
      String closest = Suggestions.closest(key, known).orElse(null);
      throw new CommandLine.ParameterException(commandLine, closest == null
          ? messages.text("cli.no-such-unit", option, wanted)
          : messages.text("cli.no-such-unit-did-you-mean", option, wanted, closest));
    }
    if (matches.size() > 1) {
      throw new CommandLine.ParameterException(commandLine, messages.text("cli.several-units", option, wanted,
          matches.size(), matches.stream().map(u -> u.id() + " " + u.name()).collect(Collectors.joining(", "))));
    }
    return matches.get(0);
  }
}
