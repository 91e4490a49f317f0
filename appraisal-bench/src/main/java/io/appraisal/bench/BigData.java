package io.appraisal.bench;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a large, reproducible data directory in the project's CSV layout for loading benchmarks and the command
 * line: {@code n} units in {@value SyntheticData#CATEGORIES} categories, {@value SyntheticData#INDICATORS}
 * indicators for 2022-Q4 ({@code n × 30} value rows), a few adjustments, and a {@code policy.yaml} of 30 min-max
 * leaves under a weighted arithmetic mean. The numbers are those of {@link SyntheticData#generate} with the same
 * seed, written with up to 4 decimals.
 *
 * <pre>
 * java -cp appraisal-bench/target/benchmarks.jar io.appraisal.bench.BigData big 200000
 * </pre>
 */
public final class BigData {
  /** The period of every value. */
  public static final String PERIOD = "2022-Q4";

  private BigData() {}

  /** Writes {@code units.csv}, {@code values.csv}, {@code adjustments.csv} and {@code policy.yaml} into {@code dir}. */
  public static void write(Path dir, int n) throws IOException {
    checkArgument(n > 0, "n must be positive but was %s", n);
    Files.createDirectories(dir);
    SyntheticData data = SyntheticData.generate(n, 42);
    try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("units.csv"), StandardCharsets.UTF_8)) {
      out.write("id,name,category,attributes\n");
      for (int u = 0; u < n; u++) {
        out.write(unitId(u) + ",Unit " + u + "," + SyntheticData.categoryId(data.category[u]) + ",\n");
      }
    }
    try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("values.csv"), StandardCharsets.UTF_8)) {
      out.write("unit,period,indicator,value\n");
      StringBuilder row = new StringBuilder();
      for (int u = 0; u < n; u++) {
        for (int j = 0; j < SyntheticData.INDICATORS; j++) {
          row.setLength(0);
          row.append(unitId(u)).append(',').append(PERIOD).append(',').append(data.indicatorIds[j]).append(',')
              .append(String.format(Locale.ROOT, "%.4f", data.columns[j][u])).append('\n');
          out.append(row);
        }
      }
    }
    try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("adjustments.csv"), StandardCharsets.UTF_8)) {
      out.write("unit,period,item,count,note\n");
    }
    Files.writeString(dir.resolve("policy.yaml"), policy(data), StandardCharsets.UTF_8);
  }

  static String unitId(int u) {
    return String.format(Locale.ROOT, "u%07d", u);
  }

  private static String policy(SyntheticData data) {
    StringBuilder yaml = new StringBuilder("id: big\nname: Big synthetic policy\nscale: 100\ncategories:\n");
    for (int c = 0; c < SyntheticData.CATEGORIES; c++) {
      yaml.append("  - {id: ").append(SyntheticData.categoryId(c)).append(", name: Category ").append(c)
          .append("}\n");
    }
    yaml.append("indicators:\n  id: root\n  name: Composite\n  aggregation: arithmetic-mean\n  children:\n");
    for (int j = 0; j < SyntheticData.INDICATORS; j++) {
      yaml.append(String.format(Locale.ROOT, "    - {id: %s, name: Indicator %d, weight: %s, range: [0, 100],"
              + " direction: %s, rule: {type: min-max}}%n", data.indicatorIds[j], j + 1,
          data.weights[j], data.lowerIsBetter[j] ? "lower" : "higher"));
    }
    return yaml.toString();
  }

  /** {@code BigData <dir> <n>}: writes the data for {@code n} units. */
  public static void main(String[] args) {
    checkArgument(args.length == 2, "usage: BigData <dir> <units> but got %s arguments", args.length);
    try {
      write(Path.of(args[0]), Integer.parseInt(args[1]));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
