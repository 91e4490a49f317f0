/**
 * The appraisal model, the engine that compiles a {@link io.appraisal.core.Policy} into a columnar plan, and the
 * immutable results it produces. Start at {@link io.appraisal.core.AppraisalEngine}.
 */
package io.appraisal.core;
