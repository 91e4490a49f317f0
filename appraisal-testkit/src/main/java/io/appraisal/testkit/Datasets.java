package io.appraisal.testkit;

import io.appraisal.core.Dataset;
import io.appraisal.core.Origin;
import io.appraisal.core.Period;
import io.appraisal.core.Unit;
import java.util.List;
import java.util.OptionalDouble;

/** Rebuilds datasets through the public API. */
final class Datasets {
  private Datasets() {}

  /** The same data with the units in {@code order} (a permutation of the dataset's units); events keep their order. */
  static Dataset reorder(Dataset data, List<Unit> order) {
    Dataset.Builder copy = Dataset.builder().source(data.source()).units(order);
    for (Period period : data.periods()) {
      for (String indicator : data.indicators(period)) {
        for (Unit unit : order) {
          OptionalDouble value = data.value(unit.id(), period, indicator);
          if (value.isPresent()) {
            copy.value(unit.id(), period, indicator, value.getAsDouble());
          } else if (data.isNotApplicable(unit.id(), period, indicator)) {
            copy.notApplicable(unit.id(), period, indicator, Origin.CODE);
          }
        }
      }
    }
    return copy.events(data.events()).build();
  }
}
