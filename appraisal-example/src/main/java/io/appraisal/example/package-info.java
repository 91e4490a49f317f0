/**
 * The illustrative example derived from Baicheng's 2022 rule-of-law government work report: the policy as Java
 * ({@link io.appraisal.example.BaichengPolicy}) and as a file, and synthetic data for its 67 units
 * ({@link io.appraisal.example.ExampleData}), bundled as resources under {@code io/appraisal/example/}. The policy
 * is our design, not a published scheme, and the figures are invented.
 */
package io.appraisal.example;
