/**
 * jqwik arbitraries and contract suites for people who write rules and policies; use it in test scope.
 *
 * <ul>
 *   <li>{@link io.appraisal.testkit.RuleContract}: implement it in a test class to run the contract every scoring
 *       rule must keep (bounds, monotonicity, determinism, order independence, input rejection, caps and floors);
 *   <li>{@link io.appraisal.testkit.PolicyContract}: the same for a whole policy's results on generated data;
 *   <li>{@link io.appraisal.testkit.Appraisals}: the generators (units, categories, indicator trees, policies,
 *       datasets, raw values), shrinking to small, readable counterexamples;
 *   <li>{@link io.appraisal.testkit.RuleCase}: compile and score a rule outside the engine, for worked examples.
 * </ul>
 *
 * <p>The rule authors' guide, {@code docs/RULE-AUTHORS.md}, walks through all of it.
 */
package io.appraisal.testkit;
