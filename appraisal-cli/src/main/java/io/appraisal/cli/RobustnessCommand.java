package io.appraisal.cli;

import io.appraisal.core.AppraisalResult;
import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Messages;
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
    mixinStandardHelpOptions = true)
final class RobustnessCommand implements Callable<Integer> {
  static final String BUNDLED = ExampleData.RESOURCE_FOLDER + "uncertainty.yaml";

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions inputs = new InputOptions();

  @Mixin
  LocaleOption language = new LocaleOption();

  @Option(names = "--period", paramLabel = "PERIOD", converter = InputOptions.PeriodConverter.class)
  Period period;

  @Option(names = "--uncertainty", paramLabel = "FILE")
  Path uncertaintyFile;

  @Option(names = "--samples", paramLabel = "N")
  Integer samples;

  @Option(names = "--seed", paramLabel = "SEED")
  Long seed;

  @Option(names = "--k", paramLabel = "K")
  Integer k;

  @Option(names = "--sobol-rows", paramLabel = "N", defaultValue = "200")
  int sobolRows;

  @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "100")
  int bootstrap;

  @Option(names = "--tolerance", paramLabel = "PLACES", defaultValue = "3")
  double tolerance;

  @Option(names = "--out", paramLabel = "DIR")
  Path out;

  @Option(names = "--html")
  boolean html;

  @Option(names = "--force")
  boolean force;

  @Option(names = "--progress")
  boolean progress;

  @Override
  public Integer call() {
    CommandLine commandLine = spec.commandLine();
    PrintWriter stdout = commandLine.getOut();
    PrintWriter stderr = commandLine.getErr();
    Messages messages = language.messages();
    if (samples != null && (samples < 1 || samples > RobustnessAnalysis.MAX_SAMPLES) || k != null && k < 1
        || sobolRows < 0 || sobolRows == 1 || sobolRows > Sobol.MAX_ROWS || bootstrap < 0
        || bootstrap > Sobol.MAX_BOOTSTRAP || tolerance < 0) {
      throw new CommandLine.ParameterException(commandLine, messages.text("cli.robustness-bounds",
          RobustnessAnalysis.MAX_SAMPLES, Sobol.MAX_ROWS, Sobol.MAX_BOOTSTRAP));
    }
    if (html && out == null) {
      throw new CommandLine.ParameterException(commandLine, messages.text("cli.needs-out", "--html"));
    }
    if (inputs.policy != null && uncertaintyFile == null) {
      throw new CommandLine.ParameterException(commandLine, messages.text("cli.policy-needs-uncertainty"));
    }
    InputOptions.Inputs read = inputs.read(commandLine);
    LoadedDataset data = read.data();
    Period analysed = Evaluations.periodOrLatest(period, data);
    List<Problem> problems = new ArrayList<>();
    UncertaintyFile.Parsed parsed = readUncertainty(problems);
    AppraisalResult nominal = Evaluations.evaluate(read, analysed, "cli.nothing-computed-or-written", messages,
        stderr);
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
            stderr.print("\r" + messages.text("cli.sampling", done, total));
            stderr.flush();
          });
        }
        analysis = builder.build();
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      Problems.print(problems, "cli.nothing-computed-or-written", messages, stderr);
      return AppraisalCli.INVALID_INPUT;
    }
    int factors = parsed.uncertainty().factors().size();
    if (sobolRows > 0 && factors > 0 && (long) sobolRows * (factors + 2) > Sobol.MAX_RUNS) {
      throw new CommandLine.ParameterException(commandLine, messages.text("cli.robustness-too-many-runs", sobolRows,
          factors, Sobol.MAX_RUNS));
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
      Problems.print(e.problems(), "cli.nothing-written-sample", messages, stderr);
      return AppraisalCli.INVALID_INPUT;
    }
    LeaveOneOut leaveOneOut = analysis.leaveOneOut();
    if (progress) {
      stderr.println();
    }
    if (out != null) {
      int written = write(nominal, result, sensitivity, leaveOneOut, messages, stderr, stdout);
      if (written != AppraisalCli.OK) {
        return written;
      }
    }
    stdout.print(render(result, sensitivity, leaveOneOut, parsed, read.description(), messages));
    stdout.flush();
    return AppraisalCli.OK;
  }

  private UncertaintyFile.Parsed readUncertainty(List<Problem> problems) {
    try {
      if (uncertaintyFile == null) {
        return UncertaintyFile.readResource(ExampleData.class.getClassLoader(), BUNDLED);
      }
      if (!Files.isRegularFile(uncertaintyFile)) {
        problems.add(Problem.keyed(uncertaintyFile.toString(), "", "", "cli.no-such-file"));
        return null;
      }
      return UncertaintyFile.read(uncertaintyFile);
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    } catch (UncheckedIOException e) {
      problems.add(Problem.keyed(uncertaintyFile.toString(), "", "", "cli.cannot-read", e.getCause().getMessage()));
    }
    return null;
  }

  private int write(AppraisalResult nominal, UncertaintyResult result, SensitivityResult sensitivity,
      LeaveOneOut leaveOneOut, Messages messages, PrintWriter stderr, PrintWriter stdout) {
    String p = result.period().toString();
    Path page = out.resolve("robustness-" + p + ".html");
    if (!force) {
      for (String name : List.of("robustness-" + p + ".csv", "sensitivity-" + p + ".csv",
          "leave-one-out-" + p + ".csv", "robustness-" + p + ".json", html ? page.getFileName().toString() : "")) {
        if (name.isEmpty()) {
          continue;
        }
        if (Files.exists(out.resolve(name))) {
          stderr.println(messages.text("cli.exists-needs-force", out.resolve(name)));
          return AppraisalCli.INVALID_INPUT;
        }
      }
    }
    try {
      for (Path file : RobustnessFiles.write(out, result, sensitivity, leaveOneOut)) {
        stdout.println(messages.text("cli.wrote", file));
      }
      if (html) {
        HtmlReport.builder(nominal).language(messages.locale().getLanguage())
            .robustness(result, sensitivity, tolerance).build().write(page);
        stdout.println(messages.text("cli.wrote", page));
      }
      return AppraisalCli.OK;
    } catch (IOException | UncheckedIOException e) {
      stderr.println(messages.text("cli.cannot-write-into", out, e.getMessage()));
      return AppraisalCli.OUTPUT_FAILED;
    }
  }

  private String render(UncertaintyResult result, SensitivityResult sensitivity, LeaveOneOut leaveOneOut,
      UncertaintyFile.Parsed parsed, String description, Messages l) {
    StringBuilder text = new StringBuilder();
    text.append(l.text("cli.robustness-title", result.period(), description, result.samples(),
        seed != null ? seed : parsed.seed(), String.join(", ", parsed.uncertainty().factors()))).append('\n');
    TextTable table = new TextTable(List.of(l.text("common.rank"), l.text("common.id"), l.text("common.unit"),
        l.text("cli.robustness-median"), "5-95 %", "P(≤" + result.k() + ")", l.text("common.grade"),
        l.text("cli.robustness-kept"), l.text("cli.robustness-verdict")),
        true, false, false, true, true, true, false, true, false);
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
          l.text(rank && grade ? "cli.robust" : rank ? "cli.grade-varies" : grade ? "cli.rank-varies"
              : "cli.rank-and-grade-vary")));
    }
    text.append(table.render());
    text.append(l.text("cli.robustness-robust", robustRanks, units.size(), number(tolerance), keptGrades,
        units.size())).append('\n');
    text.append(l.text("cli.robustness-against", number(result.meanAbsoluteShift().median()),
        number(result.meanAbsoluteShift().low()) + "-" + number(result.meanAbsoluteShift().high()),
        fixed(result.spearman().median()), fixed(result.spearman().low()) + "-" + fixed(result.spearman().high()),
        fixed(result.kendall().median()), fixed(result.kendall().low()) + "-" + fixed(result.kendall().high())))
        .append('\n');
    if (sensitivity != null) {
      text.append(l.text("cli.robustness-sobol", sensitivity.rows(), sensitivity.factors().size() + 2))
          .append('\n');
      for (int f = 0; f < sensitivity.factors().size(); f++) {
        Sobol.Index index = sensitivity.meanAbsoluteShift().get(f);
        text.append("  ").append(String.format(Locale.ROOT, "%-16s", sensitivity.factors().get(f)))
            .append(l.text("cli.robustness-index", fixed(index.first()), fixed(index.firstError()),
                fixed(index.total()), fixed(index.totalError()))).append('\n');
      }
    }
    int worst = -1;
    for (int i = 0; i < leaveOneOut.indicators().size(); i++) {
      if (worst < 0 || leaveOneOut.maxAbsoluteShift(i) > leaveOneOut.maxAbsoluteShift(worst)) {
        worst = i;
      }
    }
    if (worst >= 0) {
      text.append(l.text("cli.robustness-leave-one-out", leaveOneOut.indicators().get(worst),
          number(leaveOneOut.maxAbsoluteShift(worst)), result.period())).append('\n');
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
