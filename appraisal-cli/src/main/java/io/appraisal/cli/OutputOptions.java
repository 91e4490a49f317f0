package io.appraisal.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Option;

/** The output options of the commands that compute a ranking: where to write it, in which formats, and how. */
final class OutputOptions {
  @Option(names = "--out", paramLabel = "DIR",
      description = "Also write the result to DIR/ranking-PERIOD.<format> (the directory is created if needed)."
          + " The files are published as one set, all or none, with the manifest DIR/ranking-PERIOD.sha256 last;"
          + " DIR/.appraisal.lock keeps a second run out meanwhile (exit 3).")
  Path out;

  @Option(names = "--format", paramLabel = "FMT", split = ",", converter = ResultFiles.FormatConverter.class,
      description = "The formats written by --out, comma-separated: csv (UTF-8 with BOM, for Excel), json (every"
          + " unit's explanation; read back by verify), xlsx (one sheet per category, breakdown, adjustments, notes),"
          + " html (a self-contained report with charts). Default: csv,json.")
  List<ResultFiles.Format> formats = new ArrayList<>(List.of(ResultFiles.Format.CSV, ResultFiles.Format.JSON));

  @Option(names = "--force",
      description = "Replace an existing result of the same period in --out. Without it an existing"
          + " ranking-PERIOD.* file is an error (exit 1) and nothing is written.")
  boolean force;

  @Option(names = "--freeze",
      description = "Publish and freeze the result: the JSON says \"frozen\": true and DIR/ranking-PERIOD.frozen"
          + " records the policy and data hashes and the correction log. From then on the period can be recomputed"
          + " into DIR only with the same policy and the same raw inputs, the correction log only grown (appeals"
          + " and overrides go through corrections.csv); any other change is refused (exit 1), --force or not."
          + " Implies json.")
  boolean freeze;

  @Option(names = "--progress", negatable = true,
      description = "Show (or with --no-progress hide) a progress bar on stderr. Default: shown when stderr is a"
          + " terminal or the data has 10,000 units or more (for rank, whose first step is reading the data: a"
          + " values file of 8 MiB or more).")
  Boolean progress;

  Set<ResultFiles.Format> formatSet() {
    return formats.isEmpty() ? EnumSet.noneOf(ResultFiles.Format.class) : EnumSet.copyOf(formats);
  }

  /** What --out asks for, the files' texts in {@code locale}'s language. */
  ResultFiles.Request request(Locale locale) {
    return new ResultFiles.Request(out, formatSet(), force, freeze, locale);
  }
}
