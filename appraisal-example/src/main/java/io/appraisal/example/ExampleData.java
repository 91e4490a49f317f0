package io.appraisal.example;

import io.appraisal.core.CorrectionLog;
import io.appraisal.core.Dataset;
import io.appraisal.core.Policy;
import io.appraisal.io.csv.TextEncoding;
import io.appraisal.io.DatasetFiles;
import io.appraisal.io.LoadedDataset;
import org.apiguardian.api.API;

/**
 * The bundled example: the SYNTHETIC Baicheng 2022 data (67 units, four quarters and the year-end appraisal, a few
 * self-assessments, a correction log; see {@code seeds/README.md}) and the ILLUSTRATIVE {@link BaichengPolicy}. The
 * CSV files travel inside the jar under {@code io/appraisal/example/}.
 *
 * <pre>{@code
 * AppraisalResult q4 = engine.evaluate(ExampleData.policy(), ExampleData.dataset(), Period.parse("2022-Q4"));
 * AppraisalResult reviewed = ExampleData.load().evaluate(compiled, Period.parse("2022-Q4")); // with the corrections
 * }</pre>
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class ExampleData {
  /**
   * The classpath folder holding {@code units.csv}, {@code values.csv}, {@code adjustments.csv} and {@code
   * corrections.csv}.
   */
  public static final String RESOURCE_FOLDER = "io/appraisal/example/";

  private static volatile LoadedDataset loaded;

  private ExampleData() {}

  /** The example policy, {@link BaichengPolicy#policy()}. */
  public static Policy policy() {
    return BaichengPolicy.policy();
  }

  /** The example dataset (read once, immutable). */
  public static Dataset dataset() {
    return load().datasetOrThrow();
  }

  /**
   * The example's correction log (复核, {@code corrections.csv}): one appeal correction of a raw value and one grade
   * override; see {@code seeds/README.md}.
   */
  public static CorrectionLog corrections() {
    return load().correctionLog();
  }

  /** The example data as read from the classpath, with its file names ({@code units.csv} and so on). */
  public static LoadedDataset load() {
    LoadedDataset result = loaded;
    if (result == null) {
      result = DatasetFiles.readResources(ExampleData.class.getClassLoader(), RESOURCE_FOLDER, TextEncoding.UTF_8);
      if (!result.parseProblems().isEmpty()) {
        throw new IllegalStateException("the bundled example is broken: " + result.parseProblems());
      }
      loaded = result;
    }
    return result;
  }
}
