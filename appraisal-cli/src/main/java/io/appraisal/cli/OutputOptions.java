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
  @Option(names = "--out", paramLabel = "DIR")
  Path out;

  @Option(names = "--format", paramLabel = "FMT", split = ",", converter = ResultFiles.FormatConverter.class)
  List<ResultFiles.Format> formats = new ArrayList<>(List.of(ResultFiles.Format.CSV, ResultFiles.Format.JSON));

  @Option(names = "--force")
  boolean force;

  @Option(names = "--freeze")
  boolean freeze;

  @Option(names = "--progress", negatable = true)
  Boolean progress;

  Set<ResultFiles.Format> formatSet() {
    return formats.isEmpty() ? EnumSet.noneOf(ResultFiles.Format.class) : EnumSet.copyOf(formats);
  }

  /** What --out asks for, the files' texts in {@code locale}'s language. */
  ResultFiles.Request request(Locale locale) {
    return new ResultFiles.Request(out, formatSet(), force, freeze, locale);
  }
}
