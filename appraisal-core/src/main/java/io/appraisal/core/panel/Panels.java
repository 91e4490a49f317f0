package io.appraisal.core.panel;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import org.apiguardian.api.API;
import io.appraisal.core.Dataset;
import io.appraisal.core.Indicator;
import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import io.appraisal.core.Problem;
import io.appraisal.core.ValueRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns rater scores into the raw values of the policy's panel indicators, before evaluation: a small step of its
 * own, so the engine sees ordinary values and scores them by the indicator's rule.
 *
 * <pre>{@code
 * PanelOutcome panels = Panels.apply(policy, dataset, ratings);
 * if (!panels.problems().isEmpty()) throw new InvalidInputException(panels.problems());
 * AppraisalResult result = engine.compile(policy).evaluate(panels.dataset(), period);
 * }</pre>
 *
 * <p>Checked, all at once, each problem at the rating's file and line: an indicator that is unknown or has no
 * panel, an unknown unit, a score outside the indicator's declared range, a group the panel does not declare, a
 * rater who scores the same unit twice or appears in two groups, a unit whose value is also given in the data, a unit
 * with fewer raters than the panel's minimum, and a group too small to trim.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Panels {
  private Panels() {}

  /** Applies the policy's panels ({@link Policy#panels()}) to the ratings; see the class comment. */
  public static PanelOutcome apply(Policy policy, Dataset dataset, List<Rating> ratings) {
    requireNonNull(policy, "policy");
    requireNonNull(dataset, "dataset");
    requireNonNull(ratings, "ratings");
    List<Problem> problems = new ArrayList<>();
    Map<Key, Map<String, List<Rating>>> byPanel = new TreeMap<>(keyOrder(policy));
    Map<List<Object>, Rating> firstByRater = new HashMap<>();
    Map<List<Object>, Rating> groupOfRater = new HashMap<>();
    for (Rating rating : ratings) {
      Optional<Indicator> indicator = policy.indicator(rating.indicator());
      Panel panel = policy.panels().get(rating.indicator());
      boolean usable = true;
      if (indicator.isEmpty() || panel == null) {
        problems.add(problem(rating, "indicator", rating.indicator(), indicator.isEmpty()
            ? "problem.core.unknown-indicator" : "problem.core.panel-undeclared"));
        usable = false;
      }
      if (dataset.indexOf(rating.unit()) < 0) {
        problems.add(problem(rating, "unit", rating.unit(), "problem.core.unknown-unit"));
        usable = false;
      }
      ValueRange range = indicator.flatMap(Indicator::range).orElse(ValueRange.ANY);
      if (!range.contains(rating.score())) {
        problems.add(problem(rating, "score", number(rating.score()), "problem.core.rating-out-of-range", range));
        usable = false;
      }
      if (panel != null && !panel.groups().isEmpty() && !panel.groups().containsKey(rating.group())) {
        problems.add(problem(rating, "group", rating.group(), "problem.core.rating-unknown-group",
            String.join(", ", panel.groups().keySet())));
        usable = false;
      }
      Rating first = firstByRater.putIfAbsent(
          List.of(rating.unit(), rating.period(), rating.indicator(), rating.rater()), rating);
      if (first != null) {
        problems.add(problem(rating, "rater", rating.rater(), "problem.core.rating-duplicate", rating.unit(),
            rating.indicator(), rating.period(), first.line()));
        usable = false;
      }
      Rating grouped = groupOfRater.putIfAbsent(List.of(rating.period(), rating.indicator(), rating.rater()),
          rating);
      if (grouped != null && !grouped.group().equals(rating.group())) {
        problems.add(problem(rating, "group", rating.group(), "problem.core.rater-other-group", rating.rater(),
            grouped.group(), grouped.line()));
        usable = false;
      }
      if (usable) {
        byPanel.computeIfAbsent(new Key(rating.period(), rating.indicator()), k -> new LinkedHashMap<>())
            .computeIfAbsent(rating.unit(), u -> new ArrayList<>()).add(rating);
      }
    }
    byPanel.forEach((key, byUnit) -> byUnit.forEach((unit, unitRatings) -> check(
        policy.panels().get(key.indicator()), dataset, key, unit, unitRatings, problems)));
    if (!problems.isEmpty()) {
      return new PanelOutcome(dataset, List.of(), problems);
    }
    Dataset result = dataset;
    ImmutableList.Builder<PanelReport> reports = ImmutableList.builder();
    for (Map.Entry<Key, Map<String, List<Rating>>> entry : byPanel.entrySet()) {
      Key key = entry.getKey();
      PanelReport report = report(policy.panels().get(key.indicator()), dataset, key, entry.getValue());
      Map<String, Double> values = new LinkedHashMap<>();
      report.units().forEach(unit -> values.put(unit.unit(), unit.value()));
      result = result.withAddedValues(key.period(), key.indicator(), values);
      reports.add(report);
    }
    return new PanelOutcome(result, reports.build(), List.of());
  }

  /** The checks over all of a unit's ratings: the data's own value, the minimum, groups large enough to trim. */
  private static void check(Panel panel, Dataset dataset, Key key, String unit, List<Rating> ratings,
      List<Problem> problems) {
    Rating first = ratings.get(0);
    if (dataset.value(unit, key.period(), key.indicator()).isPresent()
        || dataset.isNotApplicable(unit, key.period(), key.indicator())) {
      problems.add(problem(first, "indicator", key.indicator(), "problem.core.panel-value-and-ratings", unit));
    }
    if (ratings.size() < panel.minRaters()) {
      problems.add(problem(first, "rater", Integer.toString(ratings.size()), "problem.core.panel-too-few-raters",
          unit, ratings.size(), key.indicator(), key.period(), panel.minRaters()));
    }
    int needed = 2 * panel.trim() + 1;
    if (panel.groups().isEmpty()) {
      if (ratings.size() < needed && ratings.size() >= panel.minRaters()) {
        problems.add(problem(first, "rater", Integer.toString(ratings.size()), "problem.core.panel-too-few-to-trim",
            unit, ratings.size(), panel.trim()));
      }
      return;
    }
    for (String group : panel.groups().keySet()) {
      long count = ratings.stream().filter(r -> r.group().equals(group)).count();
      if (count < needed) {
        problems.add(panel.trim() > 0
            ? problem(first, "group", group, "problem.core.panel-group-too-few-to-trim", unit, count, group,
                key.indicator(), key.period(), needed, panel.trim())
            : problem(first, "group", group, "problem.core.panel-group-too-few", unit, count, group, key.indicator(),
                key.period(), needed));
      }
    }
  }

  private static PanelReport report(Panel panel, Dataset dataset, Key key, Map<String, List<Rating>> byUnit) {
    List<String> units = new ArrayList<>(byUnit.keySet());
    units.sort(Comparator.comparingInt(dataset::indexOf));
    List<PanelReport.UnitPanel> unitPanels = new ArrayList<>();
    List<PanelReport.Outlier> outliers = new ArrayList<>();
    Map<String, Map<String, Double>> byRater = new TreeMap<>();
    for (String unit : units) {
      List<Rating> ratings = byUnit.get(unit);
      double[] scores = scores(ratings);
      Map<String, Double> groupValues = new LinkedHashMap<>();
      double value;
      if (panel.groups().isEmpty()) {
        value = aggregate(panel, scores);
      } else {
        value = 0;
        for (Map.Entry<String, Double> group : panel.groups().entrySet()) {
          double groupValue = aggregate(panel,
              scores(ratings.stream().filter(r -> r.group().equals(group.getKey())).toList()));
          groupValues.put(group.getKey(), groupValue);
          value += group.getValue() * groupValue;
        }
      }
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (double score : scores) {
        min = Math.min(min, score);
        max = Math.max(max, score);
      }
      unitPanels.add(new PanelReport.UnitPanel(unit, value, scores.length, groupValues,
          Stats.standardDeviation(scores), min, max));
      double median = Stats.median(scores);
      double mad = Stats.mad(scores);
      ratings.stream()
          .filter(r -> Math.abs(r.score() - median) > panel.outlierMads() * mad)
          .sorted(Comparator.comparingDouble(Rating::score).thenComparing(Rating::rater))
          .forEach(r -> outliers.add(new PanelReport.Outlier(unit,
              panel.showRaterIds() ? Optional.of(r.rater()) : Optional.empty(), r.group(), r.score(), median, mad)));
      ratings.forEach(r -> byRater.computeIfAbsent(r.rater(), x -> new HashMap<>()).put(unit, r.score()));
    }
    List<double[]> complete = new ArrayList<>();
    byRater.values().stream().filter(scored -> scored.size() == units.size()).forEach(scored -> {
      double[] row = new double[units.size()];
      for (int i = 0; i < row.length; i++) {
        row[i] = scored.get(units.get(i));
      }
      complete.add(row);
    });
    return new PanelReport(key.period(), key.indicator(), panel, unitPanels, byRater.size(), complete.size(),
        Stats.kendallW(complete.toArray(new double[0][])), outliers);
  }

  private static double aggregate(Panel panel, double[] scores) {
    return switch (panel.method()) {
      case MEAN -> Stats.mean(scores);
      case MEDIAN -> Stats.median(scores);
      case TRIMMED_MEAN -> Stats.trimmedMean(scores, panel.trim());
    };
  }

  private static double[] scores(List<Rating> ratings) {
    return ratings.stream().mapToDouble(Rating::score).toArray();
  }

  private static Comparator<Key> keyOrder(Policy policy) {
    List<String> order = policy.indicators().stream().map(Indicator::id).toList();
    return Comparator.comparing(Key::period).thenComparingInt(key -> order.indexOf(key.indicator()));
  }

  private static Problem problem(Rating rating, String field, String value, String key, Object... arguments) {
    return Problem.keyed(rating.source(), rating.line(), field, value, key, arguments);
  }

  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%s", value);
  }

  private record Key(Period period, String indicator) {}
}
