package io.appraisal.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The floor for loading a {@code values.csv}: read it line by line, split on {@code ','}, parse the 4th field as a
 * double; no checks, no columns. Prints the sum and count so that nothing is optimised away. The command line's
 * {@code rank} is measured against this, JVM start included.
 *
 * <pre>
 * java -cp appraisal-bench/target/benchmarks.jar io.appraisal.bench.Tokenise big/values.csv
 * </pre>
 */
public final class Tokenise {
  private Tokenise() {}

  /** The sum of the 4th field over the data lines (the header is skipped) and their count. */
  static double[] sumAndCount(Path file) throws IOException {
    double sum = 0;
    long count = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      in.readLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        sum += Double.parseDouble(line.split(",", -1)[3]);
        count++;
      }
    }
    return new double[] {sum, count};
  }

  public static void main(String[] args) throws IOException {
    double[] result = sumAndCount(Path.of(args[0]));
    System.out.printf(Locale.ROOT, "sum %.4f count %d%n", result[0], (long) result[1]);
  }
}
