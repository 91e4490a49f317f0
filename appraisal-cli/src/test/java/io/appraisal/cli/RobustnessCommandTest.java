package io.appraisal.cli;

import static io.appraisal.cli.Cli.run;
import static io.appraisal.cli.Cli.words;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.cli.Cli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RobustnessCommandTest {
  private static final String[] SMALL = {"--samples", "60", "--sobol-rows", "10", "--bootstrap", "5"};

  @Test
  void analysesTheBundledExampleAndWritesTheSameBytesTwice(@TempDir Path dir) throws Exception {
    Run run = run(concat(SMALL, "--out", dir.toString()));
    assertEquals(0, run.exit(), run.err());
    List<String> lines = run.lines();
    int title = lines.indexOf(lines.stream().filter(l -> l.startsWith("Robustness 2022-Q4 · ")).findFirst()
        .orElseThrow());
    assertTrue(lines.get(title).endsWith("60 samples, seed 2022 · factors: weights, normalisation, aggregation,"
        + " data, indicators"), lines.get(title));
    assertEquals(List.of("Rank", "ID", "Unit", "Median", "5-95", "%", "P(≤10)", "Grade", "Kept", "Verdict"),
        words(lines.get(title + 1)));
    List<String> rows = lines.subList(title + 2, title + 2 + 67);
    assertEquals(List.of("1", "G24", "市政府国有资产监督管理委员会"), words(rows.get(0)).subList(0, 3));
    // The example ranks the vetoed G16 last (列末位), whatever its score; G38, lowest by score, is 66th.
    assertEquals("G16", words(rows.get(66)).get(1));
    assertEquals("G38", words(rows.get(65)).get(1));
    assertTrue(run.out().contains("Sobol indices on the mean |Δrank| (10 × 7 evaluations"), run.out());
    assertTrue(run.out().contains("Leave one indicator out: removing "), run.out());
    byte[] json = Files.readAllBytes(dir.resolve("robustness-2022-Q4.json"));
    byte[] csv = Files.readAllBytes(dir.resolve("robustness-2022-Q4.csv"));
    assertTrue(Files.exists(dir.resolve("sensitivity-2022-Q4.csv")));
    assertTrue(Files.exists(dir.resolve("leave-one-out-2022-Q4.csv")));
    assertTrue(new String(csv, java.nio.charset.StandardCharsets.UTF_8).startsWith(
        "\uFEFFunit,name,category,nominal_rank,median_rank,rank_p5,rank_p95,p_rank_le_10,nominal_grade,p_优秀"));

    Run refused = run(concat(SMALL, "--out", dir.toString()));
    assertEquals(AppraisalCli.INVALID_INPUT, refused.exit());
    assertTrue(refused.err().contains("exists; give --force to replace it"), refused.err());
    Run again = run(concat(SMALL, "--out", dir.toString(), "--force"));
    assertEquals(0, again.exit(), again.err());
    assertArrayEquals(json, Files.readAllBytes(dir.resolve("robustness-2022-Q4.json")));
    assertArrayEquals(csv, Files.readAllBytes(dir.resolve("robustness-2022-Q4.csv")));
  }

  /** The files' column names and outputs are identifiers, as the ranking CSV's: the same bytes in zh and en. */
  @Test
  void theFilesAreTheSameInEveryLanguage(@TempDir Path dir) throws Exception {
    Run en = run(concat(SMALL, "--out", dir.resolve("en").toString()));
    Run zh = Cli.asGiven(concat(SMALL, "--out", dir.resolve("zh").toString()));
    assertEquals(0, en.exit(), en.err());
    assertEquals(0, zh.exit(), zh.err());
    for (String file : List.of("robustness-2022-Q4.csv", "sensitivity-2022-Q4.csv", "leave-one-out-2022-Q4.csv",
        "robustness-2022-Q4.json")) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("en").resolve(file)),
          Files.readAllBytes(dir.resolve("zh").resolve(file)), file);
    }
    List<String> sensitivity = Files.readAllLines(dir.resolve("en").resolve("sensitivity-2022-Q4.csv"));
    assertTrue(sensitivity.stream().anyMatch(line -> line.startsWith("rank_G09,weights,")), sensitivity.toString());
    String leaveOneOut = Files.readAllLines(dir.resolve("en").resolve("leave-one-out-2022-Q4.csv")).get(0);
    assertTrue(leaveOneOut.startsWith("\uFEFFunit,name,without_"), leaveOneOut);
    assertTrue(!leaveOneOut.contains(" ") && !String.join("\n", sensitivity).contains(" "), leaveOneOut);
  }

  @Test
  void htmlWritesTheReportWithTheRobustnessSection(@TempDir Path dir) throws Exception {
    Run run = run(concat(SMALL, "--out", dir.toString(), "--html"));
    assertEquals(0, run.exit(), run.err());
    String html = Files.readString(dir.resolve("robustness-2022-Q4.html"));
    assertTrue(html.contains("<section id=\"robustness\">") && html.contains("id=\"rank-interval-chart\"")
        && html.contains("id=\"sobol-chart\""), html);
    assertTrue(html.contains("lang=\"en\""), "the report in the language of --locale");
    assertTrue(run.out().contains("Wrote " + dir.resolve("robustness-2022-Q4.html")), run.out());
    assertEquals(AppraisalCli.USAGE, run(concat(SMALL, "--html")).exit());
  }

  @Test
  void everyProblemOfTheUncertaintyFileIsPrintedWithItsLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("u.yaml");
    Files.writeString(file, """
        choices:
          - {weights: nowhere, range: 0.1}
          - {weights: total, range: -1}
        """);
    Run run = run("robustness", "--uncertainty", file.toString());
    assertEquals(AppraisalCli.INVALID_INPUT, run.exit(), run.out());
    assertTrue(run.err().contains(file + ":3: field 'choices[1].range' = '-1': cannot be negative"), run.err());
    Files.writeString(file, "choices:\n  - {weights: nowhere, range: 0.1}\n");
    Run unknown = run("robustness", "--uncertainty", file.toString());
    assertEquals(AppraisalCli.INVALID_INPUT, unknown.exit(), unknown.out());
    assertTrue(unknown.err().contains(file + ":2: field 'weights' = 'nowhere': unknown indicator"), unknown.err());
    assertEquals("", unknown.out());
  }

  @Test
  void anOwnPolicyNeedsAnOwnUncertaintyFile() {
    assertEquals(AppraisalCli.USAGE, run("robustness", "--policy", "policy.yaml").exit());
  }

  private static String[] concat(String[] options, String... more) {
    String[] all = new String[options.length + more.length + 1];
    all[0] = "robustness";
    System.arraycopy(options, 0, all, 1, options.length);
    System.arraycopy(more, 0, all, 1 + options.length, more.length);
    return all;
  }
}
