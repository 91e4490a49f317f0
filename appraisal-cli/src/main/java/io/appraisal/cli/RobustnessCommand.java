package io.appraisal.cli;

import io.appraisal.core.AppraisalResult;
import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Period;
import io.appraisal.core.Problem;
import io.appraisal.example.ExampleData;
import io.appraisal.io.LoadedDataset;
import io.appraisal.io.results.TextTable;
import io.appraisal.report.HtmlReport;
import io.appraisal.robustness.LeaveOneOut;
import io.appraisal.robustness.RobustnessAnalysis;
import io.appraisal.robustness.RobustnessFiles;
import io.appraisal.robustness.SensitivityResult;
import io.appraisal.robustness.Sobol;
import io.appraisal.robustness.UncertaintyFile;
import io.appraisal.robustness.UncertaintyResult;
import io.appraisal.robustness.UnitRobustness;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code appraisal robustness}: how far each unit's rank and grade survive reasonable changes of the method. */
@Command(
    name = "robustness",
    mixinStandardHelpOptions = true,
    header = "Uncertainty and sensitivity analysis: which ranks and grades are robust to the method.",
    description = {
        "Samples the uncertain choices of an uncertainty file (weights, alternative rules and aggregations, noise on"
            + " the raw values, inclusion of indicators), ranks every sample, and prints each unit's nominal rank,"
            + " median rank, 5-95 %% rank interval, P(rank <= k) and the share of samples keeping its grade, marking"
            + " the ranks and grades that are robust; then the rank correlations with the nominal ranking, the Sobol"
            + " indices of each factor on the mean |rank change| (Saltelli sampling, Jansen's estimators) and the"
            + " indicator whose removal moves ranks most.",
        "Defaults: the bundled example and its illustrative uncertainty file; the latest period. The data's review"
            + " log is not applied: the analysis is of the method. Same seed, same output, on any number of cores.",
        "With --out DIR it writes robustness-PERIOD.csv, sensitivity-PERIOD.csv, leave-one-out-PERIOD.csv and"
            + " robustness-PERIOD.json (existing ones need --force); with --html also robustness-PERIOD.html, the"
            + " period's report with the robustness section."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  appraisal robustness",
        "  appraisal robustness --policy policy.yaml --data data/2022 --uncertainty uncertainty.yaml",
        "  appraisal robustness --samples 10000 --sobol-rows 0 --out results",
        "  appraisal robustness --out results --html"})
final class RobustnessCommand implements Callable<Integer> {
  static final String BUNDLED = ExampleData.RESOURCE_FOLDER + "uncertainty.yaml";

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions inputs = new InputOptions();

  @Option(names = "--period", paramLabel = "PERIOD", converter = InputOptions.PeriodConverter.class,
      description = "The quarter, such as 2022-Q4.%nDefault: the latest period with values in the data.")
  Period period;

  @Option(names = "--uncertainty", paramLabel = "FILE",
      description = "The uncertainty file (YAML).%nDefault: the bundled illustrative one (with the bundled policy).")
  Path uncertaintyFile;

  @Option(names = "--samples", paramLabel = "N", description = "Samples of the uncertainty analysis.%nDefault: the"
      + " file's (samples:), else 1000.")
  Integer samples;

  @Option(names = "--seed", paramLabel = "SEED", description = "The seed.%nDefault: the file's (seed:), else 1.")
  Long seed;

  @Option(names = "--k", paramLabel = "K", description = "Report P(rank <= K).%nDefault: the file's (k:), else 10.")
  Integer k;

  @Option(names = "--sobol-rows", paramLabel = "N", defaultValue = "200",
      description = "Rows of Saltelli's A and B matrices (N × (factors + 2) evaluations); 0 skips the sensitivity"
          + " analysis.%nDefault: ${DEFAULT-VALUE}.")
  int sobolRows;

  @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "100",
      description = "Bootstrap resamples for the Sobol indices' standard errors.%nDefault: ${DEFAULT-VALUE}.")
  int bootstrap;

  @Option(names = "--tolerance", paramLabel = "PLACES", defaultValue = "3",
      description = "A rank is robust when its 5-95 %% interval stays within this many places of the nominal rank;"
          + " a grade when at least 95 %% of the samples keep it.%nDefault: ${DEFAULT-VALUE}.")
  double tolerance;

  @Option(names = "--out", paramLabel = "DIR", description = "Also write the CSV and JSON files into DIR.")
  Path out;

  @Option(names = "--html", description = "With --out DIR, also write robustness-PERIOD.html: the period's HTML"
      + " report with the robustness section (rank intervals, Sobol indices, verdicts).")
  boolean html;

  @Option(names = "--force", description = "Replace existing robustness files in DIR.")
  boolean force;

  @Option(names = "--progress", description = "Show the progress of the sampling on stderr.")
  boolean progress;

  @Override
  public Integer call() {
    CommandLine commandLine = spec.commandLine();
    PrintWriter stdout = commandLine.getOut();
    PrintWriter stderr = commandLine.getErr();
    if (samples != null && samples < 1 || k != null && k < 1 || sobolRows < 0 || sobolRows == 1 || bootstrap < 0
        || tolerance < 0) {
      throw new CommandLine.ParameterException(commandLine, "--samples and --k must be >= 1, --sobol-rows 0 or >= 2,"
          + " --bootstrap and --tolerance >= 0");
    }
    if (html && out == null) {
      throw new CommandLine.ParameterException(commandLine, "--html needs --out DIR");
    }
    if (inputs.policy != null && uncertaintyFile == null) {
      throw new CommandLine.ParameterException(commandLine, "--policy needs --uncertainty FILE: the bundled"
          + " uncertainty file is about the bundled policy");
    }
    InputOptions.Inputs read = inputs.read(commandLine);
    LoadedDataset data = read.data();
    Period analysed = Evaluations.periodOrLatest(period, data);
    List<Problem> problems = new ArrayList<>();
    UncertaintyFile.Parsed parsed = readUncertainty(problems);
    AppraisalResult nominal = Evaluations.evaluate(read, analysed, "; nothing was computed or written", stderr);
    if (nominal == null) {
      return AppraisalCli.INVALID_INPUT;
    }
    RobustnessAnalysis analysis = null;
    if (parsed != null) {
      try {
        RobustnessAnalysis.Builder builder = RobustnessAnalysis.builder(AppraisalCli.ENGINE, read.policy().policy(),
                data.dataset(), analysed)
            .uncertainty(parsed.uncertainty())
            .seed(seed != null ? seed : parsed.seed());
        if (progress) {
          builder.progress((done, total) -> {
            stderr.print("\rsampling " + done + "/" + total);
            stderr.flush();
          });
        }
        analysis = builder.build();
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      Problems.print(problems, "; nothing was computed or written", stderr);
      return AppraisalCli.INVALID_INPUT;
    }
    int n = samples != null ? samples : parsed.samples();
    int threshold = k != null ? k : parsed.k();
    UncertaintyResult result;
    SensitivityResult sensitivity = null;
    try {
      result = analysis.uncertainty(n, threshold);
      if (sobolRows > 0 && !parsed.uncertainty().isEmpty()) {
        sensitivity = analysis.sensitivity(sobolRows, bootstrap);
      }
    } catch (InvalidInputException e) { // a sample the engine refuses, such as an alternative rule's input range
      Problems.print(e.problems(), "; in a sample of the uncertain choices; nothing was written", stderr);
      return AppraisalCli.INVALID_INPUT;
    }
    LeaveOneOut leaveOneOut = analysis.leaveOneOut();
    if (progress) {
      stderr.println();
    }
    if (out != null) {
      int written = write(nominal, result, sensitivity, leaveOneOut, stderr, stdout);
      if (written != AppraisalCli.OK) {
        return written;
      }
    }
    stdout.print(render(result, sensitivity, leaveOneOut, parsed, read.description()));
    stdout.flush();
    return AppraisalCli.OK;
  }

  private UncertaintyFile.Parsed readUncertainty(List<Problem> problems) {
    try {
      if (uncertaintyFile == null) {
        return UncertaintyFile.readResource(ExampleData.class.getClassLoader(), BUNDLED);
      }
      if (!Files.isRegularFile(uncertaintyFile)) {
        problems.add(new Problem(uncertaintyFile.toString(), 0, "", "", "no such file"));
        return null;
      }
      return UncertaintyFile.read(uncertaintyFile);
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    } catch (UncheckedIOException e) {
      problems.add(new Problem(uncertaintyFile.toString(), 0, "", "", "cannot be read: " + e.getCause().getMessage()));
    }
    return null;
  }

  private int write(AppraisalResult nominal, UncertaintyResult result, SensitivityResult sensitivity,
      LeaveOneOut leaveOneOut, PrintWriter stderr, PrintWriter stdout) {
    String p = result.period().toString();
    Path page = out.resolve("robustness-" + p + ".html");
    if (!force) {
      for (String name : List.of("robustness-" + p + ".csv", "sensitivity-" + p + ".csv",
          "leave-one-out-" + p + ".csv", "robustness-" + p + ".json", html ? page.getFileName().toString() : "")) {
        if (name.isEmpty()) {
          continue;
        }
        if (Files.exists(out.resolve(name))) {
          stderr.println(out.resolve(name) + " exists; give --force to replace it");
          return AppraisalCli.INVALID_INPUT;
        }
      }
    }
    try {
      for (Path file : RobustnessFiles.write(out, result, sensitivity, leaveOneOut)) {
        stdout.println("wrote " + file);
      }
      if (html) {
        HtmlReport.builder(nominal).robustness(result, sensitivity, tolerance).build().write(page);
        stdout.println("wrote " + page);
      }
      return AppraisalCli.OK;
    } catch (IOException | UncheckedIOException e) {
      stderr.println("cannot write into " + out + ": " + e.getMessage());
      return AppraisalCli.OUTPUT_FAILED;
    }
  }

  private String render(UncertaintyResult result, SensitivityResult sensitivity, LeaveOneOut leaveOneOut,
      UncertaintyFile.Parsed parsed, String description) {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "Robustness %s · %s · %d samples, seed %d · factors: %s%n",
        result.period(), description, result.samples(), seed != null ? seed : parsed.seed(),
        String.join(", ", parsed.uncertainty().factors())));
    TextTable table = new TextTable(List.of("Rank", "ID", "Unit", "Median", "5-95 %", "P(≤" + result.k() + ")",
        "Grade", "Kept", "Verdict"), true, false, false, true, true, true, false, true, false);
    List<UnitRobustness> units = new ArrayList<>(result.units());
    units.sort(Comparator.comparingDouble(UnitRobustness::nominalRank).thenComparing(u -> u.unit().id()));
    int robustRanks = 0;
    int keptGrades = 0;
    for (UnitRobustness unit : units) {
      boolean rank = unit.rankRobust(tolerance);
      boolean grade = unit.gradeKept() >= 0.95;
      robustRanks += rank ? 1 : 0;
      keptGrades += grade ? 1 : 0;
      table.row(List.of(number(unit.nominalRank()), unit.unit().id(), unit.unit().name(),
          number(unit.rank().median()), number(unit.rank().low()) + "-" + number(unit.rank().high()),
          percent(unit.probabilityWithinK()), unit.nominalGrade().orElse(""), percent(unit.gradeKept()),
          rank && grade ? "robust" : rank ? "grade varies" : grade ? "rank varies" : "rank and grade vary"));
    }
    text.append(table.render());
    text.append(String.format(Locale.ROOT, "Robust: %d of %d ranks (5-95 %% interval within ±%s places), %d of %d"
        + " grades (kept in ≥ 95 %% of samples)%n", robustRanks, units.size(), number(tolerance), keptGrades,
        units.size()));
    text.append(String.format(Locale.ROOT, "Against the nominal ranking (median, 5-95 %%): mean |Δrank| %s (%s-%s),"
        + " Spearman %s (%s-%s), Kendall tau-b %s (%s-%s)%n",
        number(result.meanAbsoluteShift().median()), number(result.meanAbsoluteShift().low()),
        number(result.meanAbsoluteShift().high()), fixed(result.spearman().median()),
        fixed(result.spearman().low()), fixed(result.spearman().high()), fixed(result.kendall().median()),
        fixed(result.kendall().low()), fixed(result.kendall().high())));
    if (sensitivity != null) {
      text.append(String.format(Locale.ROOT, "Sobol indices on the mean |Δrank| (%d × %d evaluations; ± bootstrap"
          + " standard error):%n", sensitivity.rows(), sensitivity.factors().size() + 2));
      for (int f = 0; f < sensitivity.factors().size(); f++) {
        Sobol.Index index = sensitivity.meanAbsoluteShift().get(f);
        text.append(String.format(Locale.ROOT, "  %-16s first order %s ± %s, total %s ± %s%n",
            sensitivity.factors().get(f), fixed(index.first()), fixed(index.firstError()), fixed(index.total()),
            fixed(index.totalError())));
      }
    }
    int worst = -1;
    for (int i = 0; i < leaveOneOut.indicators().size(); i++) {
      if (worst < 0 || leaveOneOut.maxAbsoluteShift(i) > leaveOneOut.maxAbsoluteShift(worst)) {
        worst = i;
      }
    }
    if (worst >= 0) {
      text.append(String.format(Locale.ROOT, "Leave one indicator out: removing %s moves a unit by up to %s"
          + " places (the table is in leave-one-out-%s.csv with --out)%n", leaveOneOut.indicators().get(worst),
          number(leaveOneOut.maxAbsoluteShift(worst)), result.period()));
    }
    return text.toString();
  }

  private static String number(double value) {
    return Double.isNaN(value) ? "-" : value == Math.rint(value) ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.1f", value);
  }

  private static String fixed(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f %%", 100 * share);
  }
}
