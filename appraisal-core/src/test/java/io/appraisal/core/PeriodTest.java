package io.appraisal.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodTest {
  @Test
  void parsesQuartersAndYears() {
    assertEquals(Period.quarter(2022, 4), Period.parse("2022-Q4"));
    assertEquals(Period.quarter(2022, 4), Period.parse("2022Q4"));
    assertEquals(Period.quarter(2022, 1), Period.parse(" 2022-q1 "));
    assertEquals(Period.year(2022), Period.parse("2022"));
    assertEquals(new Period(2022, 0), Period.year(2022));
    assertTrue(Period.parse("2022-Q2").isQuarter());
    assertFalse(Period.parse("2022").isQuarter());
  }

  @Test
  void printsTheParsedForm() {
    assertEquals("2022-Q4", Period.quarter(2022, 4).toString());
    assertEquals("2022", Period.year(2022).toString());
    for (String text : List.of("1900-Q1", "2022-Q3", "9999", "2023")) {
      assertEquals(text, Period.parse(text).toString());
    }
  }

  @Test
  void previous() {
    assertEquals(Period.quarter(2021, 4), Period.quarter(2022, 1).previous());
    assertEquals(Period.quarter(2022, 2), Period.quarter(2022, 3).previous());
    assertEquals(Period.year(2021), Period.year(2022).previous());
    IllegalArgumentException before1900 =
        assertThrows(IllegalArgumentException.class, () -> Period.quarter(1900, 1).previous());
    assertEquals("year must be in 1900..9999 but was: 1899", before1900.getMessage());
  }

  @Test
  void quartersOfYear() {
    assertEquals(List.of(Period.quarter(2022, 1), Period.quarter(2022, 2), Period.quarter(2022, 3),
        Period.quarter(2022, 4)), Period.quarter(2022, 3).quartersOfYear());
    assertEquals(Period.quarter(2022, 3).quartersOfYear(), Period.year(2022).quartersOfYear());
  }

  @Test
  void ordersByYearThenQuarterWithTheYearBeforeItsQuarters() {
    List<Period> expected = List.of(Period.quarter(2021, 4), Period.year(2022), Period.quarter(2022, 1),
        Period.quarter(2022, 2), Period.quarter(2022, 4), Period.year(2023), Period.quarter(2023, 1));
    List<Period> shuffled = new ArrayList<>(expected);
    Collections.reverse(shuffled);
    Collections.sort(shuffled);
    assertEquals(expected, shuffled);
    assertEquals(0, Period.parse("2022Q2").compareTo(Period.quarter(2022, 2)));
    assertTrue(Period.quarter(2022, 4).compareTo(Period.quarter(2023, 1)) < 0);
  }

  @Test
  void badInputIsNamedInTheMessage() {
    for (String text : List.of("2022-Q5", "2022-Q0", "22-Q1", "2022-4", "Q4-2022", "", "2022 Q4", "20222")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Period.parse(text));
      assertEquals("period must look like 2022-Q4 or 2022 but was: '" + text + "'", e.getMessage());
    }
    assertEquals("year must be in 1900..9999 but was: 1899",
        assertThrows(IllegalArgumentException.class, () -> Period.parse("1899")).getMessage());
    assertEquals("quarter must be 1..4 but was: 0",
        assertThrows(IllegalArgumentException.class, () -> Period.quarter(2022, 0)).getMessage());
    assertEquals("quarter must be 0 (year) or 1..4 but was: 5",
        assertThrows(IllegalArgumentException.class, () -> new Period(2022, 5)).getMessage());
    assertThrows(NullPointerException.class, () -> Period.parse(null));
  }
}
