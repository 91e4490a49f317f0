package io.appraisal.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.Period;
import io.appraisal.io.results.AtomicFiles;
import io.appraisal.core.Messages;
import io.appraisal.robustness.SensitivityResult;
import io.appraisal.robustness.UncertaintyResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A self-contained HTML report of one period's ranking, for people: the ranking table with rank changes and each
 * unit's review-log entries (复核) on its row, the score rates of each category as a bar chart, each category's ranks
 * over the quarters (small multiples, the units that moved most in colour), a ranking table per category, and every
 * unit's breakdown (indicators, adjustments with the caps that cut them, notes on the data), then the notes and, as
 * an appendix, the policy's scoring rules (评分标准, the table of {@link CriteriaHtml}). One file with inline CSS
 * and inline SVG: it loads nothing from the network and opens offline. It fits a 1,366 px screen and prints as an A4
 * document (each section on a new page, table headers repeated on every page, no table row split; a unit's breakdown
 * prints when opened). Labels are Chinese ({@code "zh"}, the default) or English ({@code "en"}); names come from the
 * policy and the data.
 *
 * <p>The output is deterministic: the same results give the same bytes (no clock, no locale, no hash order).
 *
 * <pre>{@code
 * HtmlReport.builder(q4)
 *     .earlier(List.of(q1, q2, q3))   // the same year's earlier quarters, for the rank changes and the movement chart
 *     .language("en")
 *     .build()
 *     .write(Path.of("out/report-2022-Q4.html"));
 * }</pre>
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class HtmlReport {
  private final AppraisalResult result;
  private final ImmutableList<AppraisalResult> earlier;
  private final Locale locale;
  /** The robustness section's inputs, or null. */
  private final Robustness robustness;

  private record Robustness(UncertaintyResult uncertainty, SensitivityResult sensitivity, double tolerance) {}

  private HtmlReport(AppraisalResult result, ImmutableList<AppraisalResult> earlier, Locale locale,
      Robustness robustness) {
    this.result = result;
    this.earlier = earlier;
    this.locale = locale;
    this.robustness = robustness;
  }

  /** A report of {@code result} alone, in Chinese. */
  public static HtmlReport of(AppraisalResult result) {
    return builder(result).build();
  }

  /** Starts a report of {@code result}. */
  public static Builder builder(AppraisalResult result) {
    return new Builder(result);
  }

  /** The result reported. */
  public AppraisalResult result() {
    return result;
  }

  /** The earlier quarters of the same year, oldest first. */
  public ImmutableList<AppraisalResult> earlier() {
    return earlier;
  }

  /** The language of the labels: {@code "zh"} or {@code "en"}. */
  public String language() {
    return locale.getLanguage();
  }

  /** The page. */
  public String html() {
    Messages messages = Messages.of(locale);
    String section = robustness == null ? "" : new RobustnessSection(robustness.uncertainty(),
        robustness.sensitivity(), robustness.tolerance(), messages).render();
    return new HtmlRenderer(result, earlier, messages, section).render();
  }

  /** The page as UTF-8 bytes. */
  public byte[] bytes() {
    return html().getBytes(StandardCharsets.UTF_8);
  }

  /** Writes the page atomically (a temporary file in the same directory, then renamed over {@code file}). */
  public void write(Path file) throws IOException {
    requireNonNull(file, "file");
    AtomicFiles.write(file, bytes());
  }

  /** Builds an {@link HtmlReport}; each setter validates at once and may be called once. */
  public static final class Builder {
    private final AppraisalResult result;
    private ImmutableList<AppraisalResult> earlier;
    private Locale locale;
    private Robustness robustness;

    private Builder(AppraisalResult result) {
      this.result = requireNonNull(result, "result");
    }

    /**
     * The earlier quarters of the same year (in any order): the rank change is shown against the latest of them,
     * and the movement chart draws every unit's position through all of them. Each must be a quarter of the reported
     * year before the reported period, of the same policy, and given once.
     */
    public Builder earlier(Iterable<AppraisalResult> results) {
      requireNonNull(results, "results");
      if (earlier != null) {
        throw new IllegalStateException("the earlier results were already set to " + periods(earlier));
      }
      Period period = result.period();
      List<AppraisalResult> sorted = new ArrayList<>();
      Set<Period> seen = new HashSet<>();
      for (AppraisalResult previous : results) {
        requireNonNull(previous, "an earlier result");
        Period then = previous.period();
        checkArgument(then.isQuarter() && then.year() == period.year()
                && (!period.isQuarter() || then.compareTo(period) < 0),
            "an earlier result must be a quarter of %s before %s but was: %s", period.year(), period, then);
        checkArgument(seen.add(then), "the earlier results give %s twice", then);
        checkArgument(previous.policy().id().equals(result.policy().id()),
            "the earlier result of %s is of policy %s but the report's is of policy %s", then,
            previous.policy().id(), result.policy().id());
        sorted.add(previous);
      }
      sorted.sort(Comparator.comparing(AppraisalResult::period));
      this.earlier = ImmutableList.copyOf(sorted);
      return this;
    }

    /** The language of the labels: {@code "zh"} (Chinese, the default) or {@code "en"} (English). */
    public Builder language(String tag) {
      requireNonNull(tag, "tag");
      checkState(locale == null, "the language was already set to %s", locale);
      locale = Messages.parse(tag);
      return this;
    }

    /**
     * Adds the robustness section: each unit's rank interval over the samples of {@code uncertainty} (of the
     * reported period and policy) as a chart, the Sobol indices of {@code sensitivity} (null to leave them out) as
     * bars, and each unit's verdict: a rank is robust when its 5–95 % interval stays within {@code tolerance}
     * places of the nominal rank, a grade when at least 95 % of the samples keep it.
     */
    public Builder robustness(UncertaintyResult uncertainty, SensitivityResult sensitivity, double tolerance) {
      requireNonNull(uncertainty, "uncertainty");
      checkState(robustness == null, "the robustness result was already set");
      checkArgument(uncertainty.period().equals(result.period())
              && uncertainty.policy().id().equals(result.policy().id()),
          "the robustness result is of %s, policy %s, but the report's is of %s, policy %s", uncertainty.period(),
          uncertainty.policy().id(), result.period(), result.policy().id());
      checkArgument(tolerance >= 0, "tolerance must be >= 0 but was: %s", tolerance);
      robustness = new Robustness(uncertainty, sensitivity, tolerance);
      return this;
    }

    public HtmlReport build() {
      return new HtmlReport(result, earlier == null ? ImmutableList.of() : earlier,
          locale == null ? Locale.CHINESE : locale, robustness);
    }

    private static List<Period> periods(List<AppraisalResult> results) {
      return results.stream().map(AppraisalResult::period).toList();
    }
  }
}
