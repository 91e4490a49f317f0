package io.appraisal.io.cli;

import io.appraisal.core.CompiledPolicy;
import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import io.appraisal.core.Problem;
import io.appraisal.io.DatasetFiles;
import io.appraisal.io.ExampleData;
import io.appraisal.io.LoadedDataset;
import io.appraisal.io.policy.ParsedPolicy;
import io.appraisal.io.policy.PolicyFiles;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The inputs shared by every command: the policy, the data and the period, each defaulting to the bundled example. */
final class InputOptions {
  @Option(names = "--policy", paramLabel = "FILE",
      description = "The policy file (.yaml, .yml or .json).%nDefault: the bundled illustrative Baicheng policy.")
  Path policy;

  @Option(names = "--data", paramLabel = "DIR",
      description = "A directory holding units.csv, values.csv and adjustments.csv.%n"
          + "Default: the bundled synthetic Baicheng 2022 data.")
  Path data;

  @Option(names = "--units", paramLabel = "FILE", description = "units.csv (id,name,category,attributes); "
      + "overrides the one in --data.")
  Path units;

  @Option(names = "--values", paramLabel = "FILE", description = "values.csv (unit,period,indicator,value; "
      + "NA = not applicable, empty = missing); overrides the one in --data.")
  Path values;

  @Option(names = "--adjustments", paramLabel = "FILE", description = "adjustments.csv "
      + "(unit,period,item,count,note); overrides the one in --data.")
  Path adjustments;

  @Option(names = "--period", paramLabel = "PERIOD", converter = PeriodConverter.class,
      description = "The period, such as 2022-Q4 (or 2022 for a year).%nDefault: the latest period with values in the data.")
  Period period;

  /** The inputs as read: the policy compiled if it could be, the data, and every problem so far. */
  record Inputs(CompiledPolicy policy, LoadedDataset data, List<Problem> problems, String description) {}

  /** Whether a data file was named on the command line (else the bundled example is used). */
  boolean hasData() {
    return data != null || units != null || values != null || adjustments != null;
  }

  /**
   * Reads the policy and the data.
   *
   * @throws CommandLine.ParameterException when the data files are only partly given
   */
  Inputs read(CommandLine commandLine) {
    List<Problem> problems = new ArrayList<>();
    CompiledPolicy compiled = null;
    Policy policyRead = null;
    ParsedPolicy parsed = null;
    if (policy == null) {
      policyRead = ExampleData.policy();
    } else {
      try {
        if (!Files.isRegularFile(policy)) {
          problems.add(new Problem(policy.toString(), 0, "", "",
              Files.isDirectory(policy) ? "is a directory, not a policy file" : "no such file"));
        } else {
          parsed = PolicyFiles.parse(policy);
          policyRead = parsed.policy();
        }
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      } catch (UncheckedIOException e) {
        problems.add(new Problem(policy.toString(), 0, "", "", "cannot be read: " + e.getCause().getMessage()));
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(policy.toString(), 0, "", "", e.getMessage()));
      }
    }
    if (policyRead != null) {
      try {
        compiled = AppraisalCli.ENGINE.compile(policyRead);
      } catch (InvalidInputException e) {
        for (Problem problem : e.problems()) {
          problems.add(parsed == null ? problem : parsed.locate(problem));
        }
      }
    }
    LoadedDataset loaded;
    if (!hasData()) {
      loaded = ExampleData.load();
    } else {
      if (data == null && (units == null || values == null || adjustments == null)) {
        throw new CommandLine.ParameterException(commandLine,
            "give --data DIR, or all three of --units, --values and --adjustments");
      }
      loaded = DatasetFiles.read(
          units != null ? units : data.resolve(DatasetFiles.UNITS),
          values != null ? values : data.resolve(DatasetFiles.VALUES),
          adjustments != null ? adjustments : data.resolve(DatasetFiles.ADJUSTMENTS));
    }
    String description = "policy " + (policy == null ? "(bundled) " : policy + ": ")
        + (policyRead == null ? "?" : policyRead.id() + " " + policyRead.version())
        + "; data " + (hasData() ? String.join(", ", loaded.sources()) : "(bundled synthetic Baicheng 2022)");
    return new Inputs(compiled, loaded, problems, description);
  }

  /** Turns {@code 2022-Q4} into a period, with a plain message when it is not one. */
  static final class PeriodConverter implements CommandLine.ITypeConverter<Period> {
    @Override
    public Period convert(String value) {
      try {
        return Period.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a period: write a quarter as 2022-Q4 or a year as 2022");
      }
    }
  }
}
