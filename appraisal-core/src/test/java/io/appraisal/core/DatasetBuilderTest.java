package io.appraisal.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The columnar builder: values written in place, their lines kept in primitive columns, problems located. */
class DatasetBuilderTest {
  private static final Period Q4 = Period.quarter(2022, 4);

  @Test
  void valuesOfKnownUnitsKeepTheirLinesAndDuplicatesNameTheFirst() {
    Dataset data = Dataset.builder()
        .unit(Unit.of("a", "A", "c"), new Origin("units.csv", 2))
        .unit(Unit.of("b", "B", "c"), new Origin("units.csv", 3))
        .value("a", Q4, "x", 1.5, new Origin("values.csv", 2))
        .notApplicable("b", Q4, "x", new Origin("values.csv", 3))
        .value("b", Q4, "x", 7, new Origin("values.csv", 9))
        .value("a", Q4, "y", 4, new Origin("other.csv", 5))
        .build();
    assertEquals(OptionalDouble.of(1.5), data.value("a", Q4, "x"));
    assertTrue(data.isNotApplicable("b", Q4, "x"));
    assertEquals(new Origin("values.csv", 2), data.origin(Dataset.valueKey("a", Q4, "x")));
    assertEquals(new Origin("values.csv", 3), data.origin(Dataset.valueKey("b", Q4, "x")));
    assertEquals(new Origin("other.csv", 5), data.origin(Dataset.valueKey("a", Q4, "y")));
    assertEquals(new Origin("units.csv", 3), data.origin("b"));
    assertEquals(Origin.CODE, data.origin(Dataset.valueKey("b", Q4, "y")));
    // the NA on line 3 came first: the 7 on line 9 is the duplicate
    assertEquals(List.of(new Problem("values.csv", 9, "value", "7.0",
        "duplicate value for unit b, period 2022-Q4, indicator x (first given at values.csv:3)")),
            Unkeyed.problems(data.problems()));
  }

  @Test
  void valuesGivenBeforeTheirUnitAreResolvedAtBuildAndUnknownUnitsReported() {
    Dataset data = Dataset.builder()
        .value("late", Q4, "x", 2, new Origin("values.csv", 2))
        .value("nobody", Q4, "x", 3, new Origin("values.csv", 3))
        .unit(Unit.of("late", "Late", "c"), new Origin("units.csv", 2))
        .build();
    assertEquals(OptionalDouble.of(2), data.value("late", Q4, "x"));
    assertEquals(new Origin("values.csv", 2), data.origin(Dataset.valueKey("late", Q4, "x")));
    assertEquals(List.of(new Problem("values.csv", 3, "unit", "nobody", "unknown unit")),
        Unkeyed.problems(data.problems()));
  }

  @Test
  void aValueAlsoGivenInAWholeColumnIsADuplicate() {
    Dataset data = Dataset.builder()
        .unit(Unit.of("a", "A", "c")).unit(Unit.of("b", "B", "c"))
        .column(Q4, "x", new double[] {1, Double.NaN})
        .value("a", Q4, "x", 5, new Origin("values.csv", 4))
        .value("b", Q4, "x", 6, new Origin("values.csv", 5))
        .build();
    assertEquals(OptionalDouble.of(1), data.value("a", Q4, "x"));
    assertEquals(OptionalDouble.of(6), data.value("b", Q4, "x"));
    assertEquals(List.of(new Problem("values.csv", 4, "value", "5.0",
        "duplicate value for unit a, period 2022-Q4, indicator x (also given as a whole column)")),
            Unkeyed.problems(data.problems()));
  }

  /** Values given one by one and as whole columns build the same data, whatever the number of units. */
  @Property(tries = 30)
  void valueByValueEqualsWholeColumns(@ForAll @IntRange(min = 1, max = 300) int n) {
    Dataset.Builder byValue = Dataset.builder();
    Dataset.Builder byColumn = Dataset.builder();
    double[] column = new double[n];
    for (int u = 0; u < n; u++) {
      Unit unit = Unit.of("u" + u, "U" + u, "c");
      byValue.unit(unit, new Origin("units.csv", u + 2));
      byColumn.unit(unit);
      column[u] = u % 7 == 0 ? Double.NaN : u * 0.25;
      if (u % 7 != 0) {
        byValue.value("u" + u, Q4, "x", u * 0.25, new Origin("values.csv", u + 2));
      }
    }
    Dataset a = byValue.build();
    Dataset b = byColumn.column(Q4, "x", column).build();
    for (int u = 0; u < n; u++) {
      assertEquals(b.value("u" + u, Q4, "x"), a.value("u" + u, Q4, "x"));
      assertEquals(u % 7 == 0 ? Origin.CODE : new Origin("values.csv", u + 2),
          a.origin(Dataset.valueKey("u" + u, Q4, "x")));
    }
    assertEquals(Fingerprints.data(a, List.of(Q4), List.of()), Fingerprints.data(b, List.of(Q4), List.of()));
  }
}
