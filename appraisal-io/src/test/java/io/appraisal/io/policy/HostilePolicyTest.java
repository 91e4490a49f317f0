package io.appraisal.io.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Problem;
import io.appraisal.io.InputLimits;
import io.appraisal.io.TestFiles;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Policy files built to crash or fool the reader are refused with one located problem each. */
class HostilePolicyTest {
  @TempDir
  Path dir;

  private static Problem problem(String text, PolicyFiles.Format format) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> PolicyFiles.read("p", text, format));
    assertEquals(1, e.problems().size(), e.problems().toString());
    return e.problems().get(0);
  }

  @Test
  void nestingBeyondTheLimitIsRefusedWhereItHappens() {
    String deep = "[".repeat(5000);
    Problem json = problem(deep, PolicyFiles.Format.JSON);
    // Depth 101 is reached at the 101st bracket; reading stopped just after it: column 102 of line 1.
    assertEquals("p:1: column 102: refused: Document nesting depth (101) exceeds the maximum allowed (100, from"
        + " `StreamReadConstraints.getMaxNestingDepth()`)", json.toString());
    Problem yaml = problem("id: x\nz: " + "{a: ".repeat(5000), PolicyFiles.Format.YAML);
    assertTrue(yaml.message().contains("refused: Document nesting depth (101)"), yaml.toString());
    assertEquals(2, yaml.line());
  }

  @Test
  void aLongStringIsRefusedInBothFormats() {
    String name = "a".repeat(InputLimits.MAX_STRING_LENGTH + 1);
    assertEquals("p:2: column 7: refused: a text of 100001 characters, more than the 100000 allowed",
        problem("id: x\nname: " + name, PolicyFiles.Format.YAML).toString());
    // Reading stopped after the string: 10 characters before it, 100,001 in it, its closing quote: column 100,013.
    assertEquals("p:1: column 100013: refused: String value length (100001) exceeds the maximum allowed (100000,"
        + " from `StreamReadConstraints.getMaxStringLength()`)",
        problem("{\"name\": \"" + name + "\"}", PolicyFiles.Format.JSON).toString());
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
    Path file = dir.resolve("p.yaml");
    Files.writeString(file, "id: x\nname: " + "a".repeat(InputLimits.MAX_POLICY_SIZE));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> PolicyFiles.read(file));
    // 6 + 6 bytes of "id: x\nname: " + 1,000,000
    assertEquals(file + ":1: column 1: the file has 1000012 bytes, more than a policy file may have (1000000)",
        e.problems().get(0).toString());
  }

  @Test
  void anAliasIsRefusedNotReadAsTheAnchorsName() {
    assertEquals("p:3: column 7: the alias *dd is not allowed in a policy file: write the value out (a policy is"
        + " read by people, who should not have to resolve references)",
        problem("id: &dd x\nversion: \"1\"\nname: *dd\n", PolicyFiles.Format.YAML).toString());
  }

  @Test
  void specialFloatsGetAClearMessage() {
    for (String special : new String[] {".nan", ".NaN", ".inf", "-.inf", "+.Inf"}) {
      assertEquals("p:2: column 8: '" + special + "' is not a number a policy may hold: write a finite decimal number"
          + " such as 100", problem("id: x\nscale: " + special + "\n", PolicyFiles.Format.YAML).toString());
    }
  }

  @Test
  void aGb18030PolicyIsDecodedAndUtf16IsOneProblem() throws IOException {
    String text = Files.readString(TestFiles.fixture("policies/good/rich.yaml"));
    Path gb = dir.resolve("gb.yaml");
    Files.write(gb, text.getBytes(Charset.forName("GB18030")));
    assertEquals(PolicyFiles.write(PolicyFiles.read("rich", text, PolicyFiles.Format.YAML), PolicyFiles.Format.YAML),
        PolicyFiles.write(PolicyFiles.read(gb), PolicyFiles.Format.YAML));
    Path utf16 = dir.resolve("u16.yaml");
    Files.write(utf16, text.getBytes(StandardCharsets.UTF_16));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> PolicyFiles.read(utf16));
    assertEquals(utf16 + ":1: column 1: the file is UTF-16; save it as UTF-8", e.problems().get(0).toString());
    assertEquals(1, e.problems().size());
  }
}
