/**
 * The service-provider interface for scoring rules. A rule type ({@link io.appraisal.core.spi.RuleType}) is a named,
 * versioned factory that compiles a policy's parameters into a {@link io.appraisal.core.spi.Rule}; register rule
 * types explicitly with {@link io.appraisal.core.spi.RuleRegistry.Builder}, or opt in to
 * {@link java.util.ServiceLoader} discovery with {@link io.appraisal.core.spi.RuleRegistry.Builder#discover}.
 *
 * <p>API status ({@code @API}): a plug-in in another jar compiles against this package, so every type that a plug-in
 * implements ({@code RuleType}, {@code Rule}, {@code UnitRule}) or receives ({@code ScoringContext},
 * {@code PopulationStats}, {@code RuleParameters}, {@code ParameterSpec}), and the {@code RuleRegistry} that holds
 * them, is {@code STABLE}: changed incompatibly only in a major version. A type added to the SPI later starts
 * {@code EXPERIMENTAL} until a release has used it; {@code INTERNAL} never appears here.
 */
package io.appraisal.core.spi;
