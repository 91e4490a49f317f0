package io.appraisal.io;

import static java.util.Objects.requireNonNull;

import io.appraisal.core.Problem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads appraisal data from three CSV files (UTF-8, with or without a byte-order mark, comma-separated, RFC 4180
 * quoting, CRLF or LF):
 *
 * <ul>
 *   <li>{@code units.csv}: {@code id,name,category,attributes}; attributes separated by {@code ;}.
 *   <li>{@code values.csv}: {@code unit,period,indicator,value}, one row per value (long form). {@code NA} marks an
 *       indicator as not applicable to the unit; an empty value is missing, and the policy's missing-value rule
 *       decides what happens (the result lists it).
 *   <li>{@code adjustments.csv}: {@code unit,period,item,count,note}.
 * </ul>
 *
 * <p>Reading does not stop at the first problem: every problem is collected with its file, line, column and value,
 * and every value, unit and event carries its file and line, so that the engine's own checks name them too.
 *
 * <pre>{@code
 * LoadedDataset data = DatasetFiles.read(Path.of("data"));
 * List<Problem> problems = data.problems(engine.compile(policy), data.periodsWithValues());
 * }</pre>
 */
public final class DatasetFiles {
  /** The file names {@link #read(Path)} looks for. */
  public static final String UNITS = "units.csv";

  public static final String VALUES = "values.csv";
  public static final String ADJUSTMENTS = "adjustments.csv";

  private DatasetFiles() {}

  /** Reads {@code units.csv}, {@code values.csv} and {@code adjustments.csv} from a directory. */
  public static LoadedDataset read(Path directory) {
    requireNonNull(directory, "directory");
    return read(directory.resolve(UNITS), directory.resolve(VALUES), directory.resolve(ADJUSTMENTS));
  }

  /**
   * Reads the three files; each file is named in problems as its path is written here. A file that cannot be read is
   * a problem like any other.
   */
  public static LoadedDataset read(Path units, Path values, Path adjustments) {
    requireNonNull(units, "units");
    requireNonNull(values, "values");
    requireNonNull(adjustments, "adjustments");
    return DatasetReader.read(source(units), source(values), source(adjustments));
  }

  private static DatasetReader.Source source(Path path) {
    String name = path.toString();
    try {
      return new DatasetReader.Source(name, Files.readAllBytes(path), null);
    } catch (NoSuchFileException e) {
      return new DatasetReader.Source(name, null, new Problem(name, 0, "", "", "no such file"));
    } catch (AccessDeniedException e) {
      return new DatasetReader.Source(name, null, new Problem(name, 0, "", "", "permission denied"));
    } catch (IOException e) {
      return new DatasetReader.Source(name, null, new Problem(name, 0, "", "",
          "cannot be read: " + (Files.isDirectory(path) ? "it is a directory" : e.getMessage())));
    }
  }
}
