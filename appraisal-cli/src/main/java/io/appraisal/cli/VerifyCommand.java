package io.appraisal.cli;

import io.appraisal.core.AppraisalResult;
import io.appraisal.core.InvalidArgumentException;
import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Messages;
import io.appraisal.core.Period;
import io.appraisal.core.Problem;
import io.appraisal.io.LoadedDataset;
import io.appraisal.io.results.AtomicFiles;
import io.appraisal.io.results.PublishedRanking;
import io.appraisal.io.results.RankingJson;
import io.appraisal.io.results.RankingReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code appraisal verify}: recomputes a published result and compares every published figure. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true)
final class VerifyCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RESULT.json", descriptionKey = "result")
  Path resultFile;

  @Mixin
  InputOptions inputs = new InputOptions();

  @Mixin
  LocaleOption language = new LocaleOption();

  @Override
  public Integer call() {
    CommandLine commandLine = spec.commandLine();
    PrintWriter stdout = commandLine.getOut();
    PrintWriter stderr = commandLine.getErr();
    Messages messages = language.messages();
    PublishedRanking published;
    try {
      published = RankingJson.read(resultFile);
      Optional<Problem> untrusted = AtomicFiles.checkPublished(resultFile);
      if (untrusted.isPresent()) {
        Problems.print(List.of(untrusted.get()), "", messages, stderr);
        return AppraisalCli.INVALID_INPUT;
      }
    } catch (NoSuchFileException e) {
      Problems.print(List.of(Problem.keyed(resultFile.toString(), "", "", "cli.no-such-file")), "", messages,
          stderr);
      return AppraisalCli.INVALID_INPUT;
    } catch (IOException e) {
      Problem problem = Files.isDirectory(resultFile) ? Problem.keyed(resultFile.toString(), "", "", "cli.is-directory")
          : Problem.keyed(resultFile.toString(), "", "", "cli.cannot-read", e.getMessage());
      Problems.print(List.of(problem), "", messages, stderr);
      return AppraisalCli.INVALID_INPUT;
    } catch (InvalidInputException e) {
      Problems.print(e.problems(), "", messages, stderr);
      return AppraisalCli.INVALID_INPUT;
    } catch (InvalidArgumentException e) {
      Problems.print(e.problems(resultFile.toString(), 0, "", ""), "", messages, stderr);
      return AppraisalCli.INVALID_INPUT;
    } catch (IllegalArgumentException e) { // a reader's refusal that is not an InvalidInputException
      Problems.print(List.of(new Problem(resultFile.toString(), 0, "", "", e.getMessage())), "", messages, stderr);
      return AppraisalCli.INVALID_INPUT;
    }
    Period period;
    try {
      period = Period.parse(published.period());
    } catch (IllegalArgumentException e) {
      Problems.print(List.of(Problem.keyed(resultFile.toString(), "period", published.period(), "cli.not-a-period",
          published.period())), "", messages, stderr);
      return AppraisalCli.INVALID_INPUT;
    }
    InputOptions.Inputs read = inputs.read(commandLine);
    LoadedDataset data = read.data();
    AppraisalResult result = Evaluations.evaluate(read, period, "cli.nothing-verified", messages, stderr);
    if (result == null) {
      return AppraisalCli.INVALID_INPUT;
    }
    RankingReport report = RankingReport.withPrevious(read.policy(), data.dataset(), data.correctionLog(), result);
    PublishedRanking recomputed = PublishedRanking.of(report);
    List<PublishedRanking.Difference> differences = published.differencesFrom(recomputed);
    String version = published.provenance().libraryVersion();
    String note = version.equals(recomputed.provenance().libraryVersion()) ? ""
        : messages.text("cli.verify-versions", version, recomputed.provenance().libraryVersion());
    if (differences.isEmpty()) {
      stdout.println(messages.text(published.frozen() ? "cli.verified-frozen" : "cli.verified", resultFile, period,
          published.units().size(), published.provenance().policySha256(), published.provenance().dataSha256())
          + note);
      stdout.flush();
      return AppraisalCli.OK;
    }
    stdout.println(messages.text(differences.size() == 1 ? "cli.not-verified-one" : "cli.not-verified",
        differences.size(), resultFile, period, read.description() + note));
    for (PublishedRanking.Difference difference : differences) {
      stdout.println("  " + difference.render(messages));
    }
    stdout.flush();
    return AppraisalCli.INVALID_INPUT;
  }
}
