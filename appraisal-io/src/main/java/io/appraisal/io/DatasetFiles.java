package io.appraisal.io;

import static java.util.Objects.requireNonNull;

import io.appraisal.core.Problem;
import io.appraisal.io.csv.TextEncoding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * Reads appraisal data from CSV files (comma-separated, RFC 4180 quoting, CRLF or LF line endings, a header row whose
 * column names compare case-insensitively):
 *
 * <ul>
 *   <li>{@code units.csv}: {@code id,name,category,attributes}; attributes separated by {@code ;}.
 *   <li>{@code values.csv}: {@code unit,period,indicator,value[,self]}, one row per value (long form). {@code NA}
 *       marks an indicator as not applicable to the unit; an empty value is missing, and the policy's missing-value
 *       rule decides what happens (the result lists it). The optional column {@code self} holds the unit's
 *       self-assessed value (自评) next to the verified {@code value}: the policy scores the verified value, and the
 *       self-assessed one only shows the gap (a unit whose self-assessed score rate exceeds the verified one by more
 *       than the policy's tolerance is flagged). A row may leave out an empty trailing {@code self} field; the
 *       column is found by its name in the header, so without it a fifth field is a problem, not a self-assessment
 *       (a decimal comma, {@code 80,5}, would otherwise split a value in two).
 *   <li>{@code adjustments.csv}: {@code unit,period,item,count,note}.
 *   <li>{@code corrections.csv} (optional): the append-only review log (复核), {@code
 *       unit,period,target,indicator,before,after,reason,author,time}, see {@link #readCorrections}.
 * </ul>
 *
 * <p>Numbers are written with a {@code '.'} decimal point; a trailing percent sign is allowed and ignored, so {@code
 * 95%} is read as {@code 95} (percentages are on the 0..100 scale the policy's rate indicators use; nothing is
 * divided). Files are decoded by a {@link TextEncoding}: by default UTF-8 with or without a byte-order mark, and any
 * file that is not valid UTF-8 as GB18030 (what Chinese Excel saves); {@link LoadedDataset#detectedEncodings()} names
 * the files read as GB18030.
 *
 * <p>Reading does not stop at the first problem: every problem is collected with its file, line, column and value,
 * and every value, unit, event and correction carries its file and line, so that the engine's own checks name them
 * too.
 *
 * <pre>{@code
 * LoadedDataset data = DatasetFiles.read(Path.of("data"));
 * List<Problem> problems = data.problems(engine.compile(policy), data.periodsWithValues());
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class DatasetFiles {
  /** The file names {@link #read(Path)} looks for. */
  public static final String UNITS = "units.csv";

  public static final String VALUES = "values.csv";
  public static final String ADJUSTMENTS = "adjustments.csv";
  /** The correction log, read when the directory has one. */
  public static final String CORRECTIONS = "corrections.csv";

  private DatasetFiles() {}

  /**
   * Reads {@code units.csv}, {@code values.csv} and {@code adjustments.csv} from a directory, and {@code
   * corrections.csv} when it is there; the encoding of each file is detected ({@link TextEncoding#AUTO}).
   */
  public static LoadedDataset read(Path directory) {
    return read(directory, TextEncoding.AUTO);
  }

  /** Reads a directory as {@link #read(Path)} does, decoding every file by {@code encoding}. */
  public static LoadedDataset read(Path directory, TextEncoding encoding) {
    requireNonNull(directory, "directory");
    Path corrections = directory.resolve(CORRECTIONS);
    return read(directory.resolve(UNITS), directory.resolve(VALUES), directory.resolve(ADJUSTMENTS),
        Files.exists(corrections) ? corrections : null, encoding);
  }

  /**
   * Reads the three files; each file is named in problems as its path is written here. A file that cannot be read is
   * a problem like any other.
   */
  public static LoadedDataset read(Path units, Path values, Path adjustments) {
    return read(units, values, adjustments, null, TextEncoding.AUTO);
  }

  /** Reads the three files and, unless {@code corrections} is null, the correction log. */
  public static LoadedDataset read(Path units, Path values, Path adjustments, Path corrections,
      TextEncoding encoding) {
    requireNonNull(units, "units");
    requireNonNull(values, "values");
    requireNonNull(adjustments, "adjustments");
    requireNonNull(encoding, "encoding");
    return DatasetReader.read(source(units), source(values), source(adjustments),
        corrections == null ? null : source(corrections), encoding);
  }

  /**
   * Reads the data files of a folder on the class path ({@code units.csv}, {@code values.csv}, {@code
   * adjustments.csv}, and {@code corrections.csv} when it is there), as {@link #read(Path)} reads a directory: for
   * data shipped inside a jar, such as the bundled example. Problems name each file as {@code folder + name}.
   *
   * @param loader the class loader that sees the folder
   * @param folder the resource folder, ending in {@code /} (for example {@code "io/appraisal/example/"})
   */
  public static LoadedDataset readResources(ClassLoader loader, String folder, TextEncoding encoding) {
    requireNonNull(loader, "loader");
    requireNonNull(folder, "folder");
    requireNonNull(encoding, "encoding");
    DatasetReader.Source corrections = resource(loader, folder, CORRECTIONS);
    return DatasetReader.read(resource(loader, folder, UNITS), resource(loader, folder, VALUES),
        resource(loader, folder, ADJUSTMENTS), corrections.bytes() == null ? null : corrections, encoding);
  }

  private static DatasetReader.Source resource(ClassLoader loader, String folder, String file) {
    String name = folder + file;
    if (loader.getResource(name) == null) {
      return new DatasetReader.Source(name, null, Problem.keyed(name, "", "", "problem.io.no-such-file"));
    }
    return new DatasetReader.Source(name, () -> {
      InputStream in = loader.getResourceAsStream(name);
      if (in == null) {
        throw new IOException("no such file");
      }
      return in;
    }, null);
  }

  /**
   * Reads a correction log (复核): {@code unit,period,target,indicator,before,after,reason,author,time}, one
   * correction per row, applied in file order.
   *
   * <ul>
   *   <li>{@code target}: {@code raw-value} (a unit's raw value of a leaf indicator; everything is recomputed from
   *       it), {@code indicator-score} (the points of a leaf, replacing what the rule gave) or {@code grade} (a grade
   *       override after scoring).
   *   <li>{@code indicator}: the leaf indicator id for raw-value and indicator-score; empty for a grade.
   *   <li>{@code before}, {@code after}: numbers for raw-value and indicator-score ({@code 95%} is read as 95),
   *       grade names for a grade. {@code before} must equal what is corrected (the value in the data, the points the
   *       rule gave, the grade computed); the engine reports a mismatch at the row.
   *   <li>{@code reason}, {@code author}: required.
   *   <li>{@code time}: ISO-8601 with its offset, {@code 2023-01-18T15:30:00+08:00} or {@code ...Z}. The log is
   *       append-only: a row earlier than the row before it is a problem.
   * </ul>
   */
  public static LoadedCorrections readCorrections(Path file, TextEncoding encoding) {
    requireNonNull(file, "file");
    requireNonNull(encoding, "encoding");
    return DatasetReader.readCorrections(source(file), encoding);
  }

  /** A file to be streamed, after checking that it can be opened: no file is held whole. */
  static DatasetReader.Source source(Path path) {
    String name = path.toString();
    try {
      if (Files.isDirectory(path)) {
        throw new IOException("it is a directory");
      }
      Files.newInputStream(path).close();
      return new DatasetReader.Source(name, () -> Files.newInputStream(path), null);
    } catch (NoSuchFileException e) {
      return new DatasetReader.Source(name, null, Problem.keyed(name, "", "", "problem.io.no-such-file"));
    } catch (AccessDeniedException e) {
      return new DatasetReader.Source(name, null, Problem.keyed(name, "", "", "problem.io.permission-denied"));
    } catch (IOException e) {
      return new DatasetReader.Source(name, null, Problem.keyed(name, "", "", "problem.io.cannot-read",
          e.getMessage()));
    }
  }
}
