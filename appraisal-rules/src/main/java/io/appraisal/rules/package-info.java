/**
 * The built-in scoring rules: points-style rules of Chinese appraisal schemes (deductions, bonuses, thresholds,
 * bands, checklists) and the normalisations of composite indices (goalposts, min-max, percentile rank). Start at
 * {@link io.appraisal.rules.BuiltInRules}.
 */
package io.appraisal.rules;
