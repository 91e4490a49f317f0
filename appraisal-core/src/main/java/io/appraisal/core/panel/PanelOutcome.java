package io.appraisal.core.panel;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import org.apiguardian.api.API;
import io.appraisal.core.Dataset;
import io.appraisal.core.Problem;
import java.util.List;

/**
 * The result of {@link Panels#apply}: the data with the panels' values added, a report per panel indicator and
 * period, and every problem of the ratings. When there are problems the data is returned unchanged and there are no
 * reports.
 *
 * @param dataset the data, with the aggregated values added when there were no problems
 * @param reports one report per (period, indicator), by period then indicator in the policy's order
 * @param problems every problem of the ratings, located by file, line, field and value
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PanelOutcome(Dataset dataset, List<PanelReport> reports, List<Problem> problems) {
  public PanelOutcome {
    requireNonNull(dataset, "dataset");
    reports = ImmutableList.copyOf(reports);
    problems = ImmutableList.copyOf(problems);
  }
}
