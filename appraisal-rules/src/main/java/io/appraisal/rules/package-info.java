/**
 * The built-in scoring rules. Points-style rules of Chinese appraisal schemes: deduction per incident, repeated
 * incidents, bonus per item, rate threshold with a linear penalty, proportional, bands, checklist, target
 * achievement, rank points, percentile bands. Normalisations of composite indices: goalposts, min-max, z-score,
 * percentile rank, distance to a target, ratio to the mean or the best, with optional log transforms and
 * winsorising. Start at {@link io.appraisal.rules.BuiltInRules}; weighting methods are in {@code
 * io.appraisal.core.weighting}.
 */
package io.appraisal.rules;
