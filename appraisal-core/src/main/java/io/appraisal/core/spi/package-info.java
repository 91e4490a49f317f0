/**
 * The service-provider interface for scoring rules. A rule type ({@link io.appraisal.core.spi.RuleType}) is a named,
 * versioned factory that compiles a policy's parameters into a {@link io.appraisal.core.spi.Rule}; register rule
 * types explicitly with {@link io.appraisal.core.spi.RuleRegistry.Builder}, or opt in to
 * {@link java.util.ServiceLoader} discovery with {@link io.appraisal.core.spi.RuleRegistry.Builder#discover}.
 */
package io.appraisal.core.spi;
