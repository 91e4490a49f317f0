package io.appraisal.cli;

import io.appraisal.core.AppraisalResult;
import io.appraisal.core.CompiledPolicy;
import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Period;
import io.appraisal.core.Provenance;
import io.appraisal.io.LoadedDataset;
import io.appraisal.report.HtmlReport;
import io.appraisal.io.results.AtomicFiles;
import io.appraisal.io.results.FrozenResult;
import io.appraisal.core.Messages;
import io.appraisal.io.results.OutputLock;
import io.appraisal.io.results.PublishedRanking;
import io.appraisal.io.results.RankingCsv;
import io.appraisal.io.results.RankingJson;
import io.appraisal.io.results.RankingReport;
import io.appraisal.xlsx.XlsxWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;

/**
 * Writes a period's result files into an output directory, never replacing a result silently: an existing result
 * of the period needs {@code --force}, and a frozen (published) period may only change through the correction log.
 * Files are {@code DIR/ranking-PERIOD.csv}, {@code .json}, {@code .xlsx}, {@code .html}, the marker {@code
 * DIR/ranking-PERIOD.frozen} and the manifest {@code DIR/ranking-PERIOD.sha256}, published as one set; the lock
 * {@code DIR/.appraisal.lock} keeps a second run out while one writes.
 */
final class ResultFiles {
  /** The formats a result is written in. */
  enum Format {
    CSV,
    JSON,
    XLSX,
    HTML;

    String extension() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The files of one period in one directory. */
  record Names(Path dir, Period period) {
    /** The name of the period's set of files, and of its manifest {@code ranking-PERIOD.sha256}. */
    String set() {
      return "ranking-" + period;
    }

    Path file(Format format) {
      return dir.resolve(set() + "." + format.extension());
    }

    Path marker() {
      return dir.resolve(set() + ".frozen");
    }
  }

  /** What to write. */
  record Request(Path dir, Set<Format> formats, boolean force, boolean freeze, Locale locale) {}

  private final CompiledPolicy policy;
  private final LoadedDataset data;
  private final RankingReport report;
  private final PrintWriter err;

  ResultFiles(CompiledPolicy policy, LoadedDataset data, RankingReport report, PrintWriter err) {
    this.policy = policy;
    this.data = data;
    this.report = report;
    this.err = err;
  }

  /** The exit code, and the lines to print on stdout after the table (what was written). */
  record Outcome(int exit, List<String> lines) {
    static Outcome failed(int exit) {
      return new Outcome(exit, List.of());
    }
  }

  /**
   * Writes the files as one set ({@link AtomicFiles#publish}: all of them and the manifest {@code
   * ranking-PERIOD.sha256}, or none), holding the directory's {@link OutputLock}; on failure the reason was printed
   * to stderr and nothing was written.
   */
  Outcome write(Request request, Progress progress) {
    Path dir = request.dir();
    Messages messages = Messages.of(request.locale());
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      err.println(messages.text("cli.out-is-file", dir));
      err.flush();
      return Outcome.failed(AppraisalCli.OUTPUT_FAILED);
    }
    try (OutputLock lock = OutputLock.acquire(dir)) {
      AtomicFiles.recover(dir); // the sets of runs killed while publishing: finished or rolled back
      return writeLocked(request, progress, messages);
    } catch (OutputLock.HeldException e) {
      err.println(messages.text("cli.locked", e.holder(), dir, e.lockFile()));
      err.flush();
      return Outcome.failed(AppraisalCli.OUTPUT_FAILED);
    } catch (IOException e) {
      err.println(messages.text("cli.cannot-write-results", dir, e));
      err.flush();
      return Outcome.failed(AppraisalCli.OUTPUT_FAILED);
    }
  }

  private Outcome writeLocked(Request request, Progress progress, Messages messages) throws IOException {
    AppraisalResult result = report.current();
    Period period = result.period();
    Names names = new Names(request.dir(), period);
    List<FrozenResult.Entry> log = FrozenResult.entries(data.corrections().entriesFor(period));

    FrozenResult frozen = null;
    if (Files.exists(names.marker())) {
      try {
        frozen = FrozenResult.read(names.marker());
      } catch (InvalidInputException e) {
        Problems.print(e.problems(), "cli.nothing-written", messages, err);
        return Outcome.failed(AppraisalCli.INVALID_INPUT);
      } catch (IOException e) {
        err.println(messages.text("cli.cannot-read-marker", names.marker(), e));
        err.flush();
        return Outcome.failed(AppraisalCli.OUTPUT_FAILED);
      }
    }
    // The hashes spell every value of the data: computed only for a frozen period (or for the JSON, which holds
    // them), not for a CSV of a big run.
    boolean stayFrozen = request.freeze() || frozen != null;
    Provenance provenance = stayFrozen ? result.provenance() : null;
    String inputSha256 = null;
    FrozenResult.Verdict verdict = null;
    if (frozen != null) {
      inputSha256 = inputSha256(period, provenance, log);
      verdict = frozen.check(provenance.policySha256(), provenance.dataSha256(), inputSha256, log);
      if (verdict == FrozenResult.Verdict.REFUSED) {
        refuse(names, frozen, provenance, inputSha256, log, messages);
        return Outcome.failed(AppraisalCli.INVALID_INPUT);
      }
    }
    List<Path> existing = new ArrayList<>();
    for (Format format : Format.values()) {
      if (Files.exists(names.file(format))) {
        existing.add(names.file(format));
      }
    }
    if (!existing.isEmpty() && !request.force()) {
      err.println(messages.text("cli.result-exists", period, String.join(", ",
          existing.stream().map(Path::toString).toList())));
      err.println("  " + messages.text("cli.result-exists-advice"));
      err.flush();
      return Outcome.failed(AppraisalCli.INVALID_INPUT);
    }

    Set<Format> formats = EnumSet.copyOf(request.formats());
    if (stayFrozen) {
      formats.add(Format.JSON); // a frozen result is verified from its JSON
    }
    Map<Path, byte[]> files = new LinkedHashMap<>();
    for (Format format : formats) {
      progress.step(messages.text("cli.step-writing", names.file(format).getFileName()));
      files.put(names.file(format), bytes(format, stayFrozen, request.locale()));
    }
    if (stayFrozen) {
      if (inputSha256 == null) {
        inputSha256 = inputSha256(period, provenance, log);
      }
      files.put(names.marker(), new FrozenResult(period.toString(), provenance.policySha256(),
          provenance.dataSha256(), inputSha256, log).bytes());
    }
    Map<String, byte[]> set = new LinkedHashMap<>();
    files.forEach((file, bytes) -> set.put(file.getFileName().toString(), bytes));
    AtomicFiles.publish(names.dir(), names.set(), set);
    List<String> lines = new ArrayList<>();
    for (Path file : files.keySet()) {
      lines.add(messages.text("cli.wrote", file));
    }
    lines.add(messages.text("cli.wrote-manifest", AtomicFiles.manifest(names.dir(), names.set())));
    if (frozen != null) {
      lines.add(verdict == FrozenResult.Verdict.CORRECTIONS_ONLY
          ? messages.text("cli.stays-frozen-corrections", period, log.size() - frozen.corrections().size())
          : messages.text("cli.stays-frozen", period));
    } else if (request.freeze()) {
      lines.add(messages.text("cli.froze", period, names.marker()));
    }
    for (Path stale : existing) {
      if (!files.containsKey(stale)) {
        err.println(messages.text("cli.stale", stale));
      }
    }
    err.flush();
    return new Outcome(AppraisalCli.OK, lines);
  }

  private byte[] bytes(Format format, boolean frozen, Locale locale) {
    return switch (format) {
      case CSV -> RankingCsv.bytes(report);
      case JSON -> RankingJson.bytes(PublishedRanking.of(report).withFrozen(frozen));
      case XLSX -> XlsxWriter.bytes(report, locale);
      case HTML -> HtmlReport.builder(report.current()).earlier(earlierQuarters(report.current().period()))
          .language(locale.getLanguage()).build().bytes();
    };
  }

  /** The quarters of the year before {@code period} (all four for a year) that can be evaluated, for the report. */
  private List<AppraisalResult> earlierQuarters(Period period) {
    List<AppraisalResult> earlier = new ArrayList<>();
    for (Period quarter : period.quartersOfYear()) {
      if (period.isQuarter() && quarter.compareTo(period) >= 0) {
        break;
      }
      if (!data.dataset().indicators(quarter).isEmpty()) {
        try {
          earlier.add(data.evaluate(policy, quarter));
        } catch (InvalidInputException e) {
          // a quarter with problems is left out of the report's history
        }
      }
    }
    return earlier;
  }

  /** The data hash of the inputs without the correction log: the same as the result's when the log is empty. */
  private String inputSha256(Period period, Provenance provenance, List<FrozenResult.Entry> log) {
    if (log.isEmpty()) {
      return provenance.dataSha256();
    }
    return data.evaluateWithoutCorrections(policy, period).provenance().dataSha256();
  }

  private void refuse(Names names, FrozenResult frozen, Provenance now, String inputNow,
      List<FrozenResult.Entry> log, Messages messages) {
    Period period = names.period();
    err.println(messages.text("cli.refused-frozen", period, names.dir(), names.marker()));
    if (!frozen.policySha256().equals(now.policySha256())) {
      err.println("  " + messages.text("cli.refused-policy", frozen.policySha256(), now.policySha256()));
    }
    err.println("  " + messages.text("cli.refused-data", frozen.dataSha256(), now.dataSha256()));
    if (!frozen.inputSha256().equals(inputNow)) {
      err.println("  " + messages.text("cli.refused-inputs", frozen.inputSha256(), inputNow));
    }
    boolean grew = log.size() >= frozen.corrections().size()
        && log.subList(0, frozen.corrections().size()).equals(frozen.corrections());
    if (!grew) {
      err.println("  " + messages.text("cli.refused-log", period, frozen.corrections().size()));
    }
    err.println("  " + messages.text("cli.refused-advice"));
    err.flush();
  }

  /** Parses {@code csv,json,xlsx,html}. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return Format.valueOf(value.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new KeyedConversion("cli.not-a-format", value);
      }
    }
  }
}
