package io.appraisal.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every problem and note appraisal-core writes reads in Chinese: it has a bundle key, and its Chinese text has no
 * English left outside its arguments (ids, numbers, names as given). Bad policies and data of the other tests run
 * through the compiler and the engine; the bundle's core texts and core's sources are checked as a whole.
 */
class CoreMessagesTest {
  /** Two English words in a row: an untranslated phrase. */
  private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]+\\s+[A-Za-z]+");

  @Test
  void badPoliciesGiveKeyedChineseProblems() {
    List<Problem> problems = new ArrayList<>();
    problems.addAll(compileProblems(PolicyCompileTest.badPolicy()));
    problems.addAll(compileProblems(Policy.builder("expressions").category("c", "C")
        .indicators(Indicator.derived("root", "Root", "a + b2 + max(a)").points(10)
            .child(Indicator.leaf("a", "A", TestRules.linear(0, 1)))
            .child(Indicator.leaf("b", "B", TestRules.linear(0, 1)))
            .child(Indicator.derived("d", "D", "sqrt(a, b) + (a > b) + if(a, 1, 2) + nope(a)"))
            .child(Indicator.derived("e", "E", "root * 2"))
            .child(Indicator.derived("f", "F", "(a + "))
            .build())
        .build()));
    // the test rule's own check is a plug-in's, in free text
    assertTrue(problems.removeIf(problem -> problem.message().equals("must be above lo")));
    // compile, rule type, parameters, duplicate ids, categories, tie-breaks, expression errors and cycles
    assertTrue(problems.size() >= 14, problems::toString);
    assertChinese(problems);
  }

  @Test
  void badDataGiveKeyedChineseProblems() {
    List<Problem> problems = new ArrayList<>(
        TestRules.engine().compile(EndToEndTest.policy()).validate(ValidationTest.broken(), EndToEndTest.Q));
    problems.addAll(assertThrows(InvalidInputException.class, () -> TestRules.engine().evaluate(
        DerivedIndicatorTest.gdi("hdi_f / hdi_m + ln(1 + hdi_f - hdi_m) * 0"),
        DerivedIndicatorTest.data(new double[][] {{0.956, 0.970}, {0.630, 0}, {0, 1}}), DerivedIndicatorTest.Y))
        .problems());
    // the 11 of ValidationTest, a division by zero and a logarithm of 0
    assertEquals(13, problems.size(), problems::toString);
    assertChinese(problems);
  }

  /** The notes of MissingPolicyTest and ImputationTest, 2024-Q2. */
  private static List<Note> notes() {
    Period q = Period.quarter(2024, 2);
    List<Note> notes = new ArrayList<>(
        TestRules.engine().evaluate(MissingPolicyTest.policy(), MissingPolicyTest.data(), q).notes());
    notes.addAll(TestRules.engine().evaluate(ImputationTest.policy(), ImputationTest.data(), q).notes());
    return notes;
  }

  @Test
  void notesAreKeyedAndChinese() {
    List<Note> notes = notes();
    // zero, excluded, not applicable; group mean (2), group median, previous period
    assertEquals(7, notes.size(), notes::toString);
    assertNotesChinese(notes);
  }

  /** A quarter's note in a year reads as the quarter, then the note, in both languages (the English as before). */
  @Test
  void aQuartersNoteInTheYearIsTheQuarterThenTheNote() {
    List<Note> notes = notes();
    Period q = Period.quarter(2024, 2);
    List<Note> inYear = notes.stream().map(note -> AnnualEvaluator.inQuarter(note, q)).toList();
    for (int i = 0; i < notes.size(); i++) {
      Note note = notes.get(i);
      Note quarters = inYear.get(i);
      assertEquals("2024-Q2: " + note.message(), quarters.message());
      assertEquals("2024-Q2：" + note.message(Locale.CHINESE), quarters.message(Locale.CHINESE));
      assertEquals(List.of(note.unit(), note.indicator(), note.kind()),
          List.of(quarters.unit(), quarters.indicator(), quarters.kind()));
    }
    assertNotesChinese(inYear);
  }

  @Test
  void everyCoreTextOfTheBundleIsChinese() {
    ResourceBundle chinese = ResourceBundle.getBundle(Messages.BUNDLE, Locale.CHINESE,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    List<String> keys = Collections.list(chinese.getKeys()).stream()
        .filter(key -> key.startsWith("problem.core.") || key.startsWith("note.text.")).sorted().toList();
    assertTrue(keys.size() > 100, keys::toString);
    for (String key : keys) {
      String text = chinese.getString(key).replaceAll("\\{\\d+}", "\u0000");
      assertFalse(ENGLISH.matcher(text).find(), key + "=" + chinese.getString(key));
      assertFalse(Messages.of(Locale.ENGLISH).text(key).isEmpty(), key);
    }
  }

  /** Core's own code builds keyed problems and notes only; the free-text forms are for plug-ins. */
  @Test
  void coreBuildsNoFreeTextProblemOrNote() throws IOException {
    Path root = Path.of("src/main/java/io/appraisal/core");
    Pattern freeText = Pattern.compile("Problem\\.of\\(|new Problem\\(|new Note\\(");
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted(Comparator.naturalOrder()).toList()) {
        String name = file.getFileName().toString();
        if (name.equals("Problem.java") || name.equals("Note.java")) {
          continue; // the constructors and the free-text factories themselves
        }
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          if (freeText.matcher(lines.get(i)).find()) {
            found.add(name + ": " + lines.get(i).trim());
          }
        }
      }
    }
    // RuleParameters.problem: the free-text form kept for plug-in rules
    assertEquals(List.of("RuleParameters.java: problems.add(Problem.of(source, path + \".\" + name, value, message));"),
        found);
  }

  private static List<Problem> compileProblems(Policy policy) {
    return assertThrows(InvalidInputException.class, () -> TestRules.engine().compile(policy)).problems();
  }

  private static void assertChinese(List<Problem> problems) {
    for (Problem problem : problems) {
      assertFalse(problem.key().isEmpty(), problem::toString);
      assertEquals(problem.message(), problem.message(Locale.ENGLISH), problem::toString);
      assertNoEnglishOutside(problem.message(Locale.CHINESE), problem.arguments(), problem.toString());
    }
  }

  private static void assertNotesChinese(List<Note> notes) {
    for (Note note : notes) {
      assertFalse(note.key().isEmpty(), note::toString);
      assertEquals(note.message(), note.message(Locale.ENGLISH), note::toString);
      assertNoEnglishOutside(note.message(Locale.CHINESE), note.arguments(), note.toString());
    }
  }

  /** {@code text} with its arguments taken out (longest first) has no two English words in a row. */
  private static void assertNoEnglishOutside(String text, List<String> arguments, String what) {
    String rest = text;
    for (String argument : arguments.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
      if (!argument.isEmpty()) {
        rest = rest.replace(argument, "\u0000");
      }
    }
    assertFalse(ENGLISH.matcher(rest).find(), what + " reads in Chinese: " + text);
  }
}
