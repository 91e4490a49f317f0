package io.appraisal.core;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * "Did you mean": the declared id or name closest to a mistyped one, so that a message can name the fix
 * ({@code unknown category 'goverment' (did you mean 'government'?)}) instead of leaving the reader to compare
 * lists. Closeness is the edit distance (Levenshtein) ignoring case; a candidate is offered only when at most a
 * third of the characters (at least one) differ and no other candidate is as close: a guess between two is no help.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Suggestions {
  private Suggestions() {}

  /** The one candidate closest to {@code wanted}; empty when none is close enough or several are as close. */
  public static Optional<String> closest(String wanted, Collection<String> candidates) {
    requireNonNull(wanted, "wanted");
    requireNonNull(candidates, "candidates");
    int limit = Math.max(1, wanted.length() / 3);
    String best = null;
    int bestDistance = limit + 1;
    boolean tied = false;
    for (String candidate : candidates) {
      int distance = distance(wanted, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
        tied = false;
      } else if (distance == bestDistance && !candidate.equals(best)) {
        tied = true;
      }
    }
    return tied ? Optional.empty() : Optional.ofNullable(best);
  }

  /** {@code " (did you mean 'x'?)"} for the closest candidate, or empty text; for the end of a message. */
  public static String didYouMean(String wanted, Collection<String> candidates) {
    return closest(wanted, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
  }

  /** The edit distance between {@code a} and {@code b} ignoring case: insertions, deletions and substitutions. */
  static int distance(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    int[] previous = new int[y.length() + 1];
    int[] current = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int substitution = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[y.length()];
  }
}
