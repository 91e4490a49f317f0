/**
 * Expressions of derived indicators ({@code hdi_f / hdi_m}, {@code clamp(1 - ineq, 0, 1) * ihdi}): a tiny
 * recursive-descent parser whose syntax tree is compiled to column operations, each evaluating a whole
 * {@code double[]} of units at once.
 *
 * <p>Why a parser of our own rather than a scripting engine or an expression library: no dependency reaches the
 * engine; the grammar is closed (arithmetic, comparisons, {@code and}/{@code or}/{@code not}, a fixed list of
 * functions and references to indicator ids, nothing else: no reflection, I/O, method calls or variables), so a
 * policy file cannot run code; and every error is located (the offending token's offset in the expression) and
 * reported with all the others at once, which a general-purpose engine does not do.
 *
 * <p>Every public type here is {@code EXPERIMENTAL} (apiguardian's {@code @API}). Everything else is
 * package-private.
 */
package io.appraisal.core.expression;
