package io.appraisal.cli;

import io.appraisal.io.results.AtomicFiles;
import io.appraisal.core.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * The options and the writing of a command that writes one file ({@code template}, {@code policy --export}): the
 * file and {@code --force} to replace an existing one.
 */
final class SingleFile {
  @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "out-file")
  Path out;

  @Option(names = "--force", descriptionKey = "force-file")
  boolean force;

  /**
   * Writes {@code content} to the file atomically and returns {@link AppraisalCli#OK}; or says why not on {@code
   * stderr} and returns {@link AppraisalCli#INVALID_INPUT} (the file exists and {@code --force} is off) or {@link
   * AppraisalCli#OUTPUT_FAILED}.
   */
  int write(Supplier<byte[]> content, Messages messages, PrintWriter stderr) {
    if (Files.exists(out) && !force) {
      stderr.println(messages.text("template.exists", out));
      return AppraisalCli.INVALID_INPUT;
    }
    try {
      AtomicFiles.write(out, content.get());
      return AppraisalCli.OK;
    } catch (IOException e) {
      stderr.println(messages.text("template.cannot-write", out, e.getMessage()));
      return AppraisalCli.OUTPUT_FAILED;
    }
  }
}
