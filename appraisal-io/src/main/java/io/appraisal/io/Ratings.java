package io.appraisal.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import io.appraisal.core.Problem;
import io.appraisal.core.panel.PanelOutcome;
import io.appraisal.core.panel.PanelReport;
import io.appraisal.core.panel.Panels;
import io.appraisal.core.panel.Rating;
import io.appraisal.io.csv.Csv;
import io.appraisal.io.csv.CsvRecord;
import io.appraisal.io.csv.CsvTable;
import io.appraisal.io.csv.TextEncoding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rater scores (评议打分) for the policy's panel indicators: {@code ratings.csv} with the header {@code
 * unit,period,indicator,rater,group,score[,comment]}, one row per rater and unit. {@code group} is the rater's group
 * when the panel weights groups (empty otherwise); {@code score} a number ({@code 95%} reads as 95); {@code comment}
 * optional text that is kept with the input and never shown. Read with the other data files by {@link #read} and
 * turned into the panel indicators' raw values by {@link #apply}, which reports the problems of the file and of the
 * ratings (see {@link Panels}) with the data's, so one run shows every problem.
 *
 * <pre>{@code
 * LoadedDataset data = DatasetFiles.read(dir);
 * Ratings.Applied panels = Ratings.apply(data, policy, Ratings.read(dir.resolve(Ratings.FILE), TextEncoding.AUTO));
 * AppraisalResult result = panels.data().evaluate(engine.compile(policy), period);
 * panels.reports(); // consistency, concordance, outliers per panel indicator and period
 * }</pre>
 */
public final class Ratings {
  /** The file name looked for in a data directory. */
  public static final String FILE = "ratings.csv";

  static final List<String> HEADER = List.of("unit", "period", "indicator", "rater", "group", "score");
  private static final String COMMENT = "comment";
  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

  private Ratings() {}

  /**
   * The data after the panels, and the panels' reports (empty when there were problems).
   *
   * @param data the data with the panel indicators' values added, or with the ratings' problems added
   * @param reports one report per panel indicator and period
   */
  public record Applied(LoadedDataset data, List<PanelReport> reports) {
    public Applied {
      requireNonNull(data, "data");
      reports = ImmutableList.copyOf(reports);
    }
  }

  /** Reads a ratings file; a file that cannot be read is a problem like any other. */
  public static LoadedRatings read(Path file, TextEncoding encoding) {
    requireNonNull(file, "file");
    requireNonNull(encoding, "encoding");
    DatasetReader.Source source = DatasetFiles.source(file);
    if (source.readProblem() != null) {
      return new LoadedRatings(source.name(), List.of(), List.of(source.readProblem()));
    }
    TextEncoding.Decoded decoded;
    try {
      decoded = encoding.decode(source.name(), source.readAll());
    } catch (IOException e) {
      return new LoadedRatings(source.name(), List.of(), List.of(source.unreadable(e)));
    }
    if (decoded.problem() != null) {
      return new LoadedRatings(source.name(), List.of(), List.of(decoded.problem()));
    }
    return parse(Csv.parse(source.name(), decoded.text()));
  }

  /**
   * Applies the policy's panels to the ratings: the data gets the panel indicators' values, or, when the file or
   * the ratings have problems, those problems (and the rated values are not reported missing as well).
   */
  public static Applied apply(LoadedDataset data, Policy policy, LoadedRatings ratings) {
    requireNonNull(data, "data");
    requireNonNull(policy, "policy");
    requireNonNull(ratings, "ratings");
    List<Problem> problems = new ArrayList<>(ratings.problems());
    PanelOutcome outcome = null;
    if (problems.isEmpty()) {
      outcome = Panels.apply(policy, data.dataset(), ratings.ratings());
      problems.addAll(outcome.problems());
    }
    if (!problems.isEmpty()) {
      Set<String> rated = new LinkedHashSet<>();
      ratings.ratings().forEach(r -> rated.add(DatasetReader.valueKey(r.unit(), r.period(), r.indicator())));
      return new Applied(data.withStep(data.dataset(), problems, rated, List.of(ratings.source())), List.of());
    }
    return new Applied(data.withStep(outcome.dataset(), List.of(), Set.of(), List.of(ratings.source())),
        outcome.reports());
  }

  private static LoadedRatings parse(CsvTable table) {
    String source = table.source();
    List<Problem> problems = new ArrayList<>(table.problems());
    List<Rating> ratings = new ArrayList<>();
    List<CsvRecord> records = table.records().stream().filter(r -> !r.isBlank()).toList();
    String expected = String.join(",", HEADER) + "[," + COMMENT + "]";
    if (records.isEmpty()) {
      problems.add(Problem.keyed(source, 1, "header", "", "problem.io.empty-file", expected));
      return new LoadedRatings(source, ratings, problems);
    }
    List<String> header = records.get(0).fields().stream().map(f -> f.trim().toLowerCase(Locale.ROOT)).toList();
    boolean withComment = header.size() == HEADER.size() + 1 && header.get(HEADER.size()).equals(COMMENT);
    if (!header.subList(0, Math.min(header.size(), HEADER.size())).equals(HEADER)
        || !(header.size() == HEADER.size() || withComment)) {
      problems.add(Problem.keyed(source, records.get(0).line(), "header", String.join(",", header),
          "problem.io.ratings.header", expected));
      return new LoadedRatings(source, ratings, problems);
    }
    for (CsvRecord record : records.subList(1, records.size())) {
      if (record.size() < HEADER.size() || record.size() > header.size()) {
        problems.add(Problem.keyed(source, record.line(), "columns", Integer.toString(record.size()),
            "problem.io.columns", header.size(), String.join(",", header), record.size()));
        continue;
      }
      int before = problems.size();
      String unit = required(record, 0, problems, source);
      Period period = null;
      try {
        period = Period.parse(record.field(1).trim());
      } catch (IllegalArgumentException e) {
        problems.add(Problem.keyed(source, record.line(), "period", record.field(1).trim(), "problem.io.period"));
      }
      String indicator = required(record, 2, problems, source);
      String rater = required(record, 3, problems, source);
      String group = record.field(4).trim();
      String scoreText = record.field(5).trim();
      String digits = scoreText.endsWith("%") || scoreText.endsWith("％")
          ? scoreText.substring(0, scoreText.length() - 1).trim() : scoreText;
      if (!NUMBER.matcher(digits).matches()) {
        problems.add(Problem.keyed(source, record.line(), "score", scoreText, "problem.io.ratings.score"));
      }
      String comment = record.size() > HEADER.size() ? record.field(HEADER.size()).trim() : "";
      if (problems.size() == before) {
        ratings.add(new Rating(unit, period, indicator, rater, group, Double.parseDouble(digits), comment, source,
            record.line()));
      }
    }
    return new LoadedRatings(source, ratings, problems);
  }

  private static String required(CsvRecord record, int column, List<Problem> problems, String source) {
    String value = record.field(column).trim();
    if (value.isEmpty()) {
      problems.add(Problem.keyed(source, record.line(), HEADER.get(column), value, "problem.io.blank",
          HEADER.get(column)));
    }
    return value;
  }
}
