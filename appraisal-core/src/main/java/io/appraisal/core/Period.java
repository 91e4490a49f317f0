package io.appraisal.core;

import static io.appraisal.core.InvalidArgumentException.check;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A quarter ({@code 2022-Q4}) or a whole year ({@code 2022}).
 *
 * @param year the calendar year
 * @param quarter 1 to 4, or 0 for the whole year
 */
@API(status = STABLE, since = "0.1")
public record Period(int year, int quarter) implements Comparable<Period> {
  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-?[Qq]([1-4]))?");
  private static final Comparator<Period> ORDER =
      Comparator.comparingInt((Period p) -> p.year).thenComparingInt(p -> p.quarter);

  public Period {
    check(year >= 1900 && year <= 9999, "problem.core.argument.year", year);
    check(quarter >= 0 && quarter <= 4, "problem.core.argument.quarter-or-year", quarter);
  }

  public static Period quarter(int year, int quarter) {
    check(quarter >= 1, "problem.core.argument.quarter", quarter);
    return new Period(year, quarter);
  }

  public static Period year(int year) {
    return new Period(year, 0);
  }

  /** Parses {@code 2022-Q4}, {@code 2022Q4} or {@code 2022}. */
  public static Period parse(String text) {
    Matcher matcher = FORM.matcher(text.trim());
    check(matcher.matches(), "problem.core.argument.period", text);
    int year = Integer.parseInt(matcher.group(1));
    return matcher.group(2) == null ? year(year) : quarter(year, Integer.parseInt(matcher.group(2)));
  }

  public boolean isQuarter() {
    return quarter != 0;
  }

  /** The quarter before this one (2022-Q1 gives 2021-Q4), or the year before a year. */
  public Period previous() {
    if (!isQuarter()) {
      return year(year - 1);
    }
    return quarter == 1 ? quarter(year - 1, 4) : quarter(year, quarter - 1);
  }

  /** The four quarters of this period's year. */
  public List<Period> quartersOfYear() {
    return ImmutableList.of(quarter(year, 1), quarter(year, 2), quarter(year, 3), quarter(year, 4));
  }

  @Override
  public int compareTo(Period other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return isQuarter() ? String.format(Locale.ROOT, "%d-Q%d", year, quarter) : Integer.toString(year);
  }
}
