package io.appraisal.cli;

import io.appraisal.core.CompiledPolicy;
import io.appraisal.core.InvalidArgumentException;
import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Messages;
import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import io.appraisal.core.Problem;
import io.appraisal.core.panel.PanelReport;
import io.appraisal.io.DatasetFiles;
import io.appraisal.io.DatasetJson;
import io.appraisal.example.ExampleData;
import io.appraisal.io.LoadedDataset;
import io.appraisal.io.LoadedRatings;
import io.appraisal.io.Ratings;
import io.appraisal.io.csv.TextEncoding;
import io.appraisal.io.policy.ParsedPolicy;
import io.appraisal.io.policy.PolicyFiles;
import io.appraisal.xlsx.XlsxDataReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The inputs shared by every command: the policy and the data, each defaulting to the bundled example. */
final class InputOptions {
  @Option(names = "--policy", paramLabel = "FILE")
  Path policy;

  @Option(names = "--data", paramLabel = "DIR|FILE")
  List<Path> dataPaths = new ArrayList<>();

  /** The one --data given, or null (none, or several templates). */
  Path data;

  @Option(names = "--units", paramLabel = "FILE")
  Path units;

  @Option(names = "--values", paramLabel = "FILE")
  Path values;

  @Option(names = "--adjustments", paramLabel = "FILE")
  Path adjustments;

  @Option(names = "--corrections", paramLabel = "FILE")
  Path corrections;

  @Option(names = "--ratings", paramLabel = "FILE")
  Path ratings;

  @Option(names = "--encoding", paramLabel = "ENC", converter = EncodingConverter.class)
  TextEncoding encoding = TextEncoding.AUTO;

  /** The inputs as read: the policy compiled if it could be, the data, and every problem so far. */
  record Inputs(CompiledPolicy policy, LoadedDataset data, List<Problem> problems, String description,
      List<PanelReport> panels) {}

  /**
   * The size of the values to read (values.csv, or the data file), for the progress bar; 0 for the bundled example or
   * a file that cannot be read (reading reports it).
   */
  long valuesBytes() {
    Path data = dataPaths.size() == 1 ? dataPaths.get(0) : null; // called before read() sets the field
    Path file = values != null ? values : data == null ? null
        : Files.isDirectory(data) ? data.resolve(DatasetFiles.VALUES) : data;
    try {
      return file == null ? 0 : Files.size(file);
    } catch (IOException | SecurityException e) {
      return 0;
    }
  }

  /** Whether a data file was named on the command line (else the bundled example is used). */
  boolean hasData() {
    return !dataPaths.isEmpty() || units != null || values != null || adjustments != null;
  }

  /**
   * Reads the policy and the data.
   *
   * @throws CommandLine.ParameterException when the data files are only partly given
   */
  Inputs read(CommandLine commandLine) {
    data = dataPaths.size() == 1 ? dataPaths.get(0) : null;
    List<Problem> problems = new ArrayList<>();
    CompiledPolicy compiled = null;
    Policy policyRead = null;
    ParsedPolicy parsed = null;
    if (policy == null) {
      policyRead = ExampleData.policy();
    } else {
      try {
        if (!Files.isRegularFile(policy)) {
          problems.add(Files.isDirectory(policy) ? Problem.keyed(policy.toString(), "", "", "cli.policy-is-directory")
              : Problem.keyed(policy.toString(), "", "", "cli.no-such-file"));
        } else {
          parsed = PolicyFiles.parse(policy);
          policyRead = parsed.policy();
        }
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      } catch (UncheckedIOException e) {
        problems.add(Problem.keyed(policy.toString(), "", "", "cli.cannot-read", e.getCause().getMessage()));
      } catch (InvalidArgumentException e) {
        problems.addAll(e.problems(policy.toString(), 0, "", ""));
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
    LoadedDataset loaded = readData(commandLine);
    if (corrections != null) {
      loaded = loaded.withCorrections(DatasetFiles.readCorrections(corrections, encoding));
    }
    List<PanelReport> panels = List.of();
    Path ratingsFile = ratings != null ? ratings
        : data != null && Files.isDirectory(data) && Files.exists(data.resolve(Ratings.FILE))
            ? data.resolve(Ratings.FILE) : null;
    if (ratingsFile != null) {
      LoadedRatings rated = Ratings.read(ratingsFile, encoding);
      if (compiled == null) {
        problems.addAll(rated.problems());
      } else {
        Ratings.Applied applied = Ratings.apply(loaded, compiled.policy(), rated);
        loaded = applied.data();
        panels = applied.reports();
      }
    }
    Messages messages = LocaleOption.messages(commandLine);
    String policyText = policyRead == null ? "?" : policyRead.id() + " " + policyRead.version();
    String description = messages.text(policy == null ? "cli.inputs-bundled-policy" : "cli.inputs-policy",
        policyText, policy) + messages.text("cli.inputs-separator") + (hasData()
            ? messages.text("cli.inputs-data", String.join(", ", loaded.sources()))
            : messages.text("cli.inputs-bundled-data") + (corrections == null ? "" : ", " + corrections));
    return new Inputs(compiled, loaded, problems, description, panels);
  }

  private LoadedDataset readData(CommandLine commandLine) {
    Messages messages = LocaleOption.messages(commandLine);
    if (!hasData()) {
      return ExampleData.load();
    }
    if (dataPaths.size() > 1 || dataPaths.size() == 1 && isTemplateDirectory(dataPaths.get(0))) {
      if (units != null || values != null || adjustments != null) {
        throw new CommandLine.ParameterException(commandLine, messages.text("cli.files-of-several-workbooks"));
      }
      return XlsxDataReader.read(dataPaths);
    }
    if (data == null && (units == null || values == null || adjustments == null)) {
      throw new CommandLine.ParameterException(commandLine, messages.text("cli.data-partly-given"));
    }
    String name = data == null || data.getFileName() == null ? ""
        : data.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean file = data != null && !Files.isDirectory(data)
        && (Files.isRegularFile(data) || name.endsWith(".json") || name.endsWith(".xlsx"));
    if (file) {
      if (units != null || values != null || adjustments != null) {
        throw new CommandLine.ParameterException(commandLine, messages.text("cli.files-of-a-file", data));
      }
      if (name.endsWith(".json")) {
        return DatasetJson.read(data);
      }
      if (name.endsWith(".xlsx")) {
        return XlsxDataReader.read(data);
      }
      throw new CommandLine.ParameterException(commandLine, messages.text("cli.data-file-type", data));
    }
    if (units == null && values == null && adjustments == null) {
      return DatasetFiles.read(data, encoding);
    }
    Path directoryCorrections = data == null ? null : data.resolve(DatasetFiles.CORRECTIONS);
    return DatasetFiles.read(
        units != null ? units : data.resolve(DatasetFiles.UNITS),
        values != null ? values : data.resolve(DatasetFiles.VALUES),
        adjustments != null ? adjustments : data.resolve(DatasetFiles.ADJUSTMENTS),
        directoryCorrections != null && Files.exists(directoryCorrections) ? directoryCorrections : null,
        encoding);
  }

  /** A directory of filled templates: .xlsx files and no values.csv. */
  private static boolean isTemplateDirectory(Path path) {
    if (!Files.isDirectory(path) || Files.exists(path.resolve(DatasetFiles.VALUES))) {
      return false;
    }
    try (Stream<Path> files = Files.list(path)) {
      return files.anyMatch(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx"));
    } catch (IOException e) {
      return false; // read as a CSV directory, which reports the problem
    }
  }

  /** Turns {@code 2022-Q4} into a period, with a plain message when it is not one. */
  static final class PeriodConverter implements CommandLine.ITypeConverter<Period> {
    @Override
    public Period convert(String value) {
      try {
        return Period.parse(value);
      } catch (IllegalArgumentException e) {
        throw new KeyedConversion("cli.not-a-period", value);
      }
    }
  }

  /** Parses {@code auto}, {@code utf-8}, {@code gb18030}. */
  static final class EncodingConverter implements CommandLine.ITypeConverter<TextEncoding> {
    @Override
    public TextEncoding convert(String value) {
      try {
        return TextEncoding.parse(value);
      } catch (IllegalArgumentException e) {
        throw new KeyedConversion("cli.not-an-encoding", value);
      }
    }
  }
}
