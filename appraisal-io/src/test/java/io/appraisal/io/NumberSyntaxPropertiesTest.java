package io.appraisal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The hand-written number check of the data readers accepts exactly what the documented syntax does. */
class NumberSyntaxPropertiesTest {
  /** The syntax as documented (and as the readers checked it with this expression before). */
  private static final Pattern SYNTAX = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  @Provide
  Arbitrary<String> numberLike() {
    // Short strings over the characters a number is made of, plus a few that it is not: most are near misses.
    return Arbitraries.strings().withChars("0123456789+-.eE ,٣%x").ofMaxLength(8);
  }

  @Property(tries = 5000)
  void acceptsExactlyTheDocumentedSyntax(@ForAll("numberLike") String text) {
    assertEquals(SYNTAX.matcher(text).matches(), DatasetReader.isNumber(text), text);
  }

  @Property
  void acceptsWhatADoublePrintsAs(@ForAll double value) {
    if (Double.isFinite(value)) {
      assertTrue(DatasetReader.isNumber(Double.toString(value)), Double.toString(value));
    }
  }

  /** The fast path for short plain decimals gives Double.parseDouble's double, bit for bit, or declines (NaN). */
  @Property(tries = 5000)
  void thePlainDecimalFastPathIsParseDoubleOrDeclines(@ForAll("numberLike") String text) {
    double fast = DatasetReader.plainDecimal(text);
    if (!Double.isNaN(fast)) {
      assertTrue(DatasetReader.isNumber(text), text);
      assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)), Double.doubleToRawLongBits(fast), text);
    }
  }

  /** Random decimals of up to 15 digits with up to 15 of them after the point: the fast path takes and agrees. */
  @Property(tries = 5000)
  void thePlainDecimalFastPathAgreesWithParseDouble(@ForAll long digits, @ForAll boolean negative,
      @ForAll("scales") int scale) {
    String unsigned = java.math.BigDecimal.valueOf(Math.floorMod(digits, 1_000_000_000_000_000L), scale)
        .toPlainString();
    String text = (negative ? "-" : "") + unsigned;
    double fast = DatasetReader.plainDecimal(text);
    if (unsigned.replace(".", "").length() <= 15) {
      assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)), Double.doubleToRawLongBits(fast), text);
    } else {
      assertTrue(Double.isNaN(fast), text);
    }
  }

  @Provide
  Arbitrary<Integer> scales() {
    return Arbitraries.integers().between(0, 15);
  }

  @Test
  void examples() {
    // the fast path: 0.1 is 1 / 10 (the double nearest 0.1); "5." and exponents go the long way
    assertEquals(0.1, DatasetReader.plainDecimal("0.1"));
    assertEquals(-0.0, DatasetReader.plainDecimal("-0"));
    assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(DatasetReader.plainDecimal("-0.0")));
    assertTrue(Double.isNaN(DatasetReader.plainDecimal("5.")));
    assertTrue(Double.isNaN(DatasetReader.plainDecimal("1e3")));
    assertTrue(Double.isNaN(DatasetReader.plainDecimal("1234567890123456")));
    assertTrue(DatasetReader.isNumber("5."));
    assertTrue(DatasetReader.isNumber(".5"));
    assertTrue(DatasetReader.isNumber("-1.25e+3"));
    assertFalse(DatasetReader.isNumber("."));
    assertFalse(DatasetReader.isNumber("1e"));
    assertFalse(DatasetReader.isNumber("٣")); // an Arabic-Indic digit is a digit to Character, not to the syntax
    assertFalse(DatasetReader.isNumber(""));
    assertFalse(DatasetReader.isNumber("+"));
  }
}
