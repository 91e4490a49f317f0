package io.appraisal.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.appraisal.core.Problem;
import io.appraisal.core.panel.Rating;
import java.util.List;

/**
 * Rater scores read from a file, with the file's problems; rows with a problem are left out of {@link #ratings()}.
 *
 * @param source the file name
 * @param ratings the ratings read, in file order
 * @param problems the file's problems (header, columns, numbers, periods, blank fields), by line
 */
public record LoadedRatings(String source, List<Rating> ratings, List<Problem> problems) {
  public LoadedRatings {
    requireNonNull(source, "source");
    ratings = ImmutableList.copyOf(ratings);
    problems = ImmutableList.copyOf(problems);
  }
}
