/**
 * The appraisal model, the engine that compiles a {@link io.appraisal.core.Policy} into a columnar plan, and the
 * immutable results it produces. Start at {@link io.appraisal.core.AppraisalEngine}.
 *
 * <p>Every public type declares its status with apiguardian's {@code @API}: {@code STABLE} types (the model, the
 * engine, results, problems, corrections) change incompatibly only in a major version; {@code EXPERIMENTAL} ones
 * ({@code Explanation}, {@code RankMovement}, {@code Provenance}, the weighting methods) may change in a minor
 * version. A nested type is annotated with its enclosing type's status. Everything else is package-private.
 */
package io.appraisal.core;
