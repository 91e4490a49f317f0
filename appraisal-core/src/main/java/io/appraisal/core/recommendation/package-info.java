/**
 * Recommendations after evaluation: must-pass items gate the outcome, the best N passing units are
 * recommended. Start at {@link io.appraisal.core.recommendation.Recommendations}.
 *
 * <p>Every public type is {@code @API(status = EXPERIMENTAL)}: it may change in a minor version. A nested type is
 * annotated with its enclosing type's status.
 */
package io.appraisal.core.recommendation;
