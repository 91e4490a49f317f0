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

  @Test
  void examples() {
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
