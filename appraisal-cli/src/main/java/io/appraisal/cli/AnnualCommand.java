package io.appraisal.cli;

import io.appraisal.core.AnnualRollup;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.Category;
import io.appraisal.core.IndicatorScore;
import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import io.appraisal.core.Problem;
import io.appraisal.core.Rounding;
import io.appraisal.core.UnitResult;
import io.appraisal.io.LoadedDataset;
import io.appraisal.core.Messages;
import io.appraisal.io.results.Numbers;
import io.appraisal.io.results.RankingReport;
import io.appraisal.io.results.RankingTable;
import io.appraisal.io.results.TextTable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code appraisal annual}: the annual result, rolled up from the quarters and the year-end appraisal. */
@Command(
    name = "annual",
    mixinStandardHelpOptions = true)
final class AnnualCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions inputs = new InputOptions();

  @Mixin
  OutputOptions output = new OutputOptions();

  @Mixin
  LocaleOption language = new LocaleOption();

  @Option(names = "--year", paramLabel = "YEAR")
  Integer year;

  @Override
  public Integer call() {
    CommandLine commandLine = spec.commandLine();
    PrintWriter stdout = commandLine.getOut();
    PrintWriter stderr = commandLine.getErr();
    Messages messages = language.messages();
    RankCommand.checkOutputOptions(commandLine, output, messages);
    if (year != null && (year < 1900 || year > 9999)) {
      throw new CommandLine.ParameterException(commandLine, messages.text("cli.not-a-year", year));
    }
    InputOptions.Inputs read = inputs.read(commandLine);
    LoadedDataset data = read.data();
    Period latest = data.latestPeriod().orElse(null);
    Period period = year != null ? Period.year(year) : latest == null ? null : Period.year(latest.year());
    Progress progress = Progress.start(output.progress, data.dataset().size(),
        5 + (output.out == null ? 0 : output.formatSet().size() + (output.freeze ? 1 : 0)), messages, stderr);
    if (read.policy() != null && read.policy().policy().annual().isEmpty()) {
      Problems.print(List.of(Problem.keyed(read.policy().policy().id(), "annual", "", "cli.no-annual")),
          "cli.nothing-computed", messages, stderr);
      return AppraisalCli.INVALID_INPUT;
    }
    progress.step(period == null ? messages.text("cli.step-evaluating-year")
        : messages.text("cli.step-evaluating", period));
    AppraisalResult result = Evaluations.evaluate(read, period, "cli.nothing-computed-or-written", messages,
        stderr);
    if (result == null) {
      progress.finish();
      return AppraisalCli.INVALID_INPUT;
    }
    Map<Period, AppraisalResult> quarters = new LinkedHashMap<>();
    for (Period quarter : period.quartersOfYear()) {
      progress.step(messages.text("cli.step-quarter", quarter));
      if (!data.dataset().indicators(quarter).isEmpty()) {
        quarters.put(quarter, data.evaluate(read.policy(), quarter)); // the year evaluated, so each quarter does
      }
    }
    RankingReport report = RankingReport.withPrevious(read.policy(), data.dataset(), data.correctionLog(), result);
    ResultFiles.Outcome written = new ResultFiles.Outcome(AppraisalCli.OK, List.of());
    if (output.out != null) {
      written = new ResultFiles(read.policy(), data, report, stderr).write(output.request(language.locale()), progress);
    }
    progress.finish();
    if (written.exit() != AppraisalCli.OK) {
      return written.exit();
    }
    stdout.print(render(result, quarters, messages));
    stdout.print(Evaluations.panelsAndRecommendation(read, result, messages));
    written.lines().forEach(stdout::println);
    stdout.flush();
    return AppraisalCli.OK;
  }

  /** The annual table, the formula, and the details. */
  static String render(AppraisalResult year, Map<Period, AppraisalResult> quarters, Messages l) {
    Policy policy = year.policy();
    AnnualRollup rollup = policy.annual().orElseThrow();
    Rounding rounding = policy.rounding();
    Map<String, String> categoryNames = policy.categories().stream()
        .collect(Collectors.toMap(Category::id, Category::name));
    boolean rates = rollup.quarterValue() == AnnualRollup.QuarterValue.SCORE_RATE;
    StringBuilder out = new StringBuilder();
    out.append(l.text("annual.annual-result")).append(year.period()).append(" · ").append(policy.name())
        .append(' ').append(policy.version()).append(" · ").append(year.size()).append(l.text("common.units"))
        .append('\n');
    StringBuilder formula = new StringBuilder(l.text("annual.annual-score"))
        .append(Numbers.percent(rollup.quarterWeight())).append(" × ")
        .append(rates ? l.text("annual.mean-quarterly-score-rates")
            : l.text("annual.mean-quarterly-scores"));
    for (AnnualRollup.YearEndComponent component : rollup.components()) {
      formula.append(" + ").append(Numbers.percent(component.weight())).append(" × ").append(component.name());
    }
    formula.append(l.text("annual.bonus-deduction-year"));
    out.append(formula).append('\n');

    List<String> header = new ArrayList<>(List.of(l.text("common.rank"), l.text("common.id"), l.text("common.unit"),
        l.text("common.category")));
    List<Period> periods = year.period().quartersOfYear();
    for (Period quarter : periods) {
      header.add(l.text("annual.quarters").split(",")[quarter.quarter() - 1]);
    }
    header.add(l.text("annual.mean"));
    rollup.components().forEach(component -> header.add(component.name()));
    header.addAll(List.of(l.text("common.adj"), l.text("common.score"), l.text("common.grade")));
    boolean[] right = new boolean[header.size()];
    for (int c = 4; c < header.size() - 1; c++) {
      right[c] = true;
    }
    right[0] = true;
    TextTable table = new TextTable(header, right);
    for (UnitResult unit : year.ranking()) {
      List<String> row = new ArrayList<>(List.of(UnitResult.rankText(unit.rank()), unit.id(), unit.unit().name(),
          categoryNames.getOrDefault(unit.unit().category(), unit.unit().category())));
      double sum = 0;
      int present = 0;
      for (Period quarter : periods) {
        AppraisalResult q = quarters.get(quarter);
        UnitResult then = q == null ? null : q.unit(unit.id()).orElse(null);
        if (then == null) {
          row.add("—");
        } else {
          double value = rates ? then.scoreRate() : then.composite();
          sum += value;
          present++;
          row.add(Numbers.publishedText(value, rounding));
        }
      }
      double divisor = rollup.missingQuarter() == AnnualRollup.MissingQuarter.ZERO ? 4 : present;
      row.add(present == 0 ? "—" : Numbers.publishedText(sum / divisor, rounding));
      for (AnnualRollup.YearEndComponent component : rollup.components()) {
        row.add(unit.indicator(component.id()).map(IndicatorScore::raw).filter(v -> !Double.isNaN(v))
            .map(v -> Numbers.publishedText(v, rounding)).orElse("—"));
      }
      row.add(RankingTable.adjustment(unit, rounding));
      row.add(Numbers.text(unit.published()));
      row.add(RankingTable.gradeCell(unit, year.period(), l));
      table.row(row);
    }
    out.append(table.render());
    out.append('\n').append(l.text(rates ? "annual.columns-score-rates" : "annual.columns-scores")).append('\n');
    out.append(RankingTable.details(year, unit -> true, l.locale()));
    return out.toString();
  }
}
