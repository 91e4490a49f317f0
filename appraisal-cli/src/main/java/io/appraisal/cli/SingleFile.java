package io.appraisal.cli;

import io.appraisal.io.results.AtomicFiles;
import io.appraisal.io.results.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/** Writes the one file of a command ({@code template}, {@code policy --export}): refused if it exists unless forced. */
final class SingleFile {
  private SingleFile() {}

  /**
   * Writes {@code content} to {@code out} atomically and returns {@link AppraisalCli#OK}; or says why not on {@code
   * stderr} and returns {@link AppraisalCli#INVALID_INPUT} (the file exists and {@code force} is off) or {@link
   * AppraisalCli#OUTPUT_FAILED}.
   */
  static int write(Path out, boolean force, Supplier<byte[]> content, Messages messages, PrintWriter stderr) {
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
