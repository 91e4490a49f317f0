package io.appraisal.testkit.guide;

import io.appraisal.core.Direction;
import io.appraisal.core.ValueRange;
import io.appraisal.core.spi.RuleType;
import io.appraisal.testkit.RuleContract;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

// guide:begin contract
/** LateSubmission keeps the rule contract: ten properties, 1,000 tries each. */
class LateSubmissionContractTest implements RuleContract {
  @Override
  public RuleType ruleType() {
    return new LateSubmission();
  }

  /** Days late: only lower-is-better makes sense, and the contract checks that the other direction is rejected. */
  @Override
  public Set<Direction> directions() {
    return EnumSet.of(Direction.LOWER_IS_BETTER);
  }

  /** What a policy author would write: 0.5 to 2 points a day, up to 5 days' grace. */
  @Override
  public Arbitrary<Map<String, Object>> parameters(Direction direction, double maxPoints) {
    return Combinators.combine(Arbitraries.of(0.5, 1.0, 1.5, 2.0), Arbitraries.integers().between(0, 5))
        .as((perDay, graceDays) -> Map.of("perDay", perDay, "graceDays", graceDays));
  }

  /** Whole days, up to a quarter late. */
  @Override
  public Arbitrary<Double> rawValues(ValueRange inputRange) {
    return Arbitraries.integers().between(0, 92).map(Integer::doubleValue);
  }
}
// guide:end contract
