package io.appraisal.io.csv;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.appraisal.core.Problem;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A parsed CSV file: its records (the header first) and the problems found while reading it.
 *
 * @param source the file name used in problems
 * @param records every record, blank ones included, in file order
 * @param problems what could not be read (invalid UTF-8, an unterminated quote, a stray quote); the records around
 *     a problem are still returned
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record CsvTable(String source, List<CsvRecord> records, List<Problem> problems) {
  public CsvTable {
    requireNonNull(source, "source");
    records = ImmutableList.copyOf(records);
    problems = ImmutableList.copyOf(problems);
  }
}
