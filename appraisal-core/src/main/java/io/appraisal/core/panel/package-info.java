/**
 * Panels of raters (评议): rater scores aggregated into an indicator's raw value before evaluation, with
 * consistency figures. Start at {@link io.appraisal.core.panel.Panels}.
 *
 * <p>Every public type is {@code @API(status = EXPERIMENTAL)}: it may change in a minor version. A nested type is
 * annotated with its enclosing type's status.
 */
package io.appraisal.core.panel;
