package io.appraisal.testkit;

import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.Dataset;
import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import io.appraisal.core.spi.RuleRegistry;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apiguardian.api.API;

/**
 * Properties every policy's results must have, as jqwik properties: implement this interface in a test class with
 * your policy and the rule types it uses, and the class checks the engine's results on generated data.
 *
 * <pre>{@code
 * class MyPolicyContractTest implements PolicyContract {
 *   public Policy policy() { return MyPolicy.policy(); }
 *   public RuleRegistry rules() { return BuiltInRules.registry(); }
 * }
 * }</pre>
 *
 * <p>The data comes from {@link #datasets()}, by default {@link Appraisals#datasets} of the policy; override it to
 * make values realistic (whole counts, yes/no as 0 or 1). Each property runs jqwik's default number of tries
 * (1,000 unless {@code jqwik.tries.default} says otherwise). A failure prints the dataset, shrunk to few units.
 *
 * <p>The properties:
 * <ul>
 *   <li>{@link #resultsDoNotDependOnTheOrderOfUnits}: reversing or rotating the order of the units in the data
 *       changes no unit's published value, rank, grade, composite or indicator scores (floating-point values within
 *       1e-9 of the scale, published values and ranks exactly);
 *   <li>{@link #scoreRatesLieWithinTheScale}: score rates in {@code [0, scale]}, indicator scores within their
 *       maxima, bonus and deduction within their caps, composite in {@code [0, scale + bonus]};
 *   <li>{@link #ranksFollowThePublishedValues}: published values are the composites rounded by the policy's rule,
 *       overall and category ranks are those the ranking method gives the published values (vetoed units last where
 *       the policy says so), and grades agree with their bands;
 *   <li>{@link #contributionsAddUpToTheComposite}: the leaves' contributions add up to the score rate, and with bonus
 *       and deduction to the composite;
 *   <li>{@link #recalculationIsIdempotent}: evaluating the same data again, with the same engine or a new one, gives
 *       equal results, bit for bit.
 * </ul>
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public interface PolicyContract {
  /** The policy under test. */
  Policy policy();

  /** The rule types the policy uses. */
  RuleRegistry rules();

  /** The period evaluated; {@link DatasetArbitrary#DEFAULT_PERIOD} by default. */
  default Period period() {
    return DatasetArbitrary.DEFAULT_PERIOD;
  }

  /** The data to evaluate, for {@link #period()}; by default {@link Appraisals#datasets} of the policy. */
  default Arbitrary<Dataset> datasets() {
    return Appraisals.datasets(policy(), rules()).period(period());
  }

  @Provide
  default Arbitrary<Dataset> policyContractDatasets() {
    return datasets();
  }

  @Property
  default void resultsDoNotDependOnTheOrderOfUnits(@ForAll("policyContractDatasets") Dataset data) {
    PolicyChecks.permutation(engine(), policy(), data, period());
  }

  @Property
  default void scoreRatesLieWithinTheScale(@ForAll("policyContractDatasets") Dataset data) {
    PolicyChecks.bounds(engine(), policy(), data, period());
  }

  @Property
  default void ranksFollowThePublishedValues(@ForAll("policyContractDatasets") Dataset data) {
    PolicyChecks.ranks(engine(), policy(), data, period());
  }

  @Property
  default void contributionsAddUpToTheComposite(@ForAll("policyContractDatasets") Dataset data) {
    PolicyChecks.contributions(engine(), policy(), data, period());
  }

  @Property
  default void recalculationIsIdempotent(@ForAll("policyContractDatasets") Dataset data) {
    PolicyChecks.idempotent(engine(), rules(), policy(), data, period());
  }

  /** The engine the properties evaluate with: a new one over {@link #rules()} by default. */
  default AppraisalEngine engine() {
    return AppraisalEngine.builder().rules(rules()).build();
  }
}
