package io.appraisal.io.csv;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One record of a CSV file.
 *
 * @param line the 1-based line the record starts on (a quoted field may continue on later lines)
 * @param fields the fields, unquoted, as written (not trimmed)
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record CsvRecord(long line, List<String> fields) {
  public CsvRecord {
    requireNonNull(fields, "fields");
    fields = ImmutableList.copyOf(fields);
  }

  public int size() {
    return fields.size();
  }

  public String field(int index) {
    return fields.get(index);
  }

  /** Whether every field is empty or whitespace: a blank line, or a row Excel left behind as {@code ,,,}. */
  public boolean isBlank() {
    for (String field : fields) {
      if (!field.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
