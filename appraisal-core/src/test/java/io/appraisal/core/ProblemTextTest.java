package io.appraisal.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Keyed problems and notes read in Chinese or English from the one bundle; free text reads the same in both. */
class ProblemTextTest {
  // problem.field is "字段 '{0}'" in Chinese and "field '{0}'" in English: any key with one argument would do.
  private final Problem keyed = Problem.keyed("data.csv", 3, "value", "x", "problem.field", "abc");

  @Test
  void aKeyedProblemKeepsItsKeyAndArgumentsAndReadsInEitherLanguage() {
    assertEquals("problem.field", keyed.key());
    assertEquals(List.of("abc"), keyed.arguments());
    assertEquals("field 'abc'", keyed.message());
    assertEquals("field 'abc'", keyed.message(Locale.ENGLISH));
    assertEquals("字段 'abc'", keyed.message(Locale.CHINESE));
    assertEquals("data.csv:3: field 'value' = 'x': field 'abc'", keyed.toString());
    assertEquals("data.csv:3: 字段 'value' = 'x': 字段 'abc'", Messages.of(Locale.CHINESE).problem(keyed));
  }

  @Test
  void relocatingAProblemKeepsItsText() {
    Problem moved = keyed.at("policy.yaml", 12);
    assertEquals(new Problem("policy.yaml", 12, "value", "x", "field 'abc'", "problem.field", List.of("abc")), moved);
    assertEquals("字段 'abc'", moved.message(Locale.CHINESE));
  }

  @Test
  void freeTextReadsTheSameInBothLanguages() {
    Problem free = Problem.of("plugin", "", "", "my own words");
    assertEquals("", free.key());
    assertEquals("my own words", free.message(Locale.CHINESE));
    assertEquals("plugin: my own words", Messages.of(Locale.CHINESE).problem(free));
    Note note = new Note("G01", "1.1", Note.Kind.ABSENT, "free");
    assertEquals("free", note.message(Locale.CHINESE));
  }

  @Test
  void aKeyedNoteReadsInEitherLanguage() {
    Note note = Note.keyed("G01", "", Note.Kind.ABSENT, "problem.field", 7);
    assertEquals("field '7'", note.message());
    assertEquals("字段 '7'", Messages.of(Locale.CHINESE).note(note));
  }

  @Test
  void anUnknownKeyIsRefusedWhenTheProblemIsMade() {
    assertThrows(IllegalArgumentException.class, () -> Problem.keyed("s", "f", "v", "problem.no-such-key"));
  }
}
