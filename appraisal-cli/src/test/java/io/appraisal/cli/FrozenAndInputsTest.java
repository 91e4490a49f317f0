package io.appraisal.cli;

import static io.appraisal.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.appraisal.io.DatasetJson;
import io.appraisal.example.ExampleData;
import io.appraisal.cli.Cli.Run;
import io.appraisal.io.results.FrozenResult;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Frozen results, and the other input formats through the command line. */
class FrozenAndInputsTest {
  private static final Path SEEDS = Path.of("..", "seeds", "baicheng-2022");
  private static final List<String> FILES = List.of("units.csv", "values.csv", "adjustments.csv", "corrections.csv");
  private static final String APPEAL = "G09,2022-Q4,raw-value,1.2,6,7,复核发现漏计宣传报道1篇,市委依法治市办,"
      + "2023-02-01T10:00:00+08:00\n";

  @TempDir
  Path dir;

  private Path copy(Path target, Charset charset) throws IOException {
    Files.createDirectories(target);
    for (String file : FILES) {
      Files.write(target.resolve(file), Files.readString(SEEDS.resolve(file), StandardCharsets.UTF_8)
          .getBytes(charset));
    }
    return target;
  }

  private static String dataHash(Path json) throws IOException {
    return new ObjectMapper().readTree(json.toFile()).get("provenance").get("dataSha256").asText();
  }

  @Test
  void aFrozenResultChangesOnlyThroughTheCorrectionLog() throws IOException {
    Path data = copy(dir.resolve("data"), StandardCharsets.UTF_8);
    Path out = dir.resolve("published");
    Run frozen = run("rank", "--data", data.toString(), "--out", out.toString(), "--freeze", "--format", "csv");
    assertEquals(0, frozen.exit(), frozen.err());
    Path json = out.resolve("ranking-2022-Q4.json");
    Path marker = out.resolve("ranking-2022-Q4.frozen");
    assertTrue(frozen.out().contains("Wrote " + json.toAbsolutePath() + "\n"), "--freeze implies json");
    assertTrue(frozen.out().endsWith("Froze 2022-Q4: from now on it changes only through the correction log ("
        + marker + ").\n"), frozen.out());
    JsonNode published = new ObjectMapper().readTree(json.toFile());
    assertTrue(published.get("frozen").asBoolean());
    String frozenHash = dataHash(json);
    FrozenResult record = FrozenResult.read(marker);
    assertEquals("2022-Q4", record.period());
    assertEquals(frozenHash, record.dataSha256());
    assertEquals(1, record.corrections().size(), "the log's 2022-Q4 entry: G34's grade override");

    // 1. A raw value edited in place: refused, --force or not; the message names the period and both hashes.
    Path values = data.resolve("values.csv");
    String original = Files.readString(values);
    assertTrue(original.contains("\nG09,2022-Q4,1.2,6\n"));
    Files.writeString(values, original.replace("\nG09,2022-Q4,1.2,6\n", "\nG09,2022-Q4,1.2,7\n"));
    Path edited = dir.resolve("edited");
    assertEquals(0, run("rank", "--data", data.toString(), "--out", edited.toString(), "--format", "json").exit());
    String editedHash = dataHash(edited.resolve("ranking-2022-Q4.json"));
    Run refused = run("rank", "--data", data.toString(), "--out", out.toString(), "--force");
    assertEquals(1, refused.exit());
    assertEquals("", refused.out());
    assertTrue(refused.err().startsWith("refused: 2022-Q4 is frozen (published) in " + out + " (" + marker + ")\n"
        + "  it was computed from data sha256 " + frozenHash + "; these inputs give data sha256 " + editedHash
        + "\n  the raw inputs changed: without the correction log, data sha256 "), refused.err());
    assertEquals(published, new ObjectMapper().readTree(json.toFile()), "nothing was written");

    // 2. The same change through the correction log (an appended appeal): accepted with --force, still frozen.
    Files.writeString(values, original);
    Files.writeString(data.resolve("corrections.csv"), APPEAL, StandardOpenOption.APPEND);
    Run withoutForce = run("rank", "--data", data.toString(), "--out", out.toString());
    assertEquals(1, withoutForce.exit());
    assertTrue(withoutForce.err().startsWith("a result for 2022-Q4 already exists: "), withoutForce.err());
    Run accepted = run("rank", "--data", data.toString(), "--out", out.toString(), "--force");
    assertEquals(0, accepted.exit(), accepted.err());
    assertTrue(accepted.out().endsWith("2022-Q4 is frozen: recomputed through the correction log only (1 new"
        + " correction(s)); it stays frozen.\n"), accepted.out());
    JsonNode corrected = new ObjectMapper().readTree(json.toFile());
    assertTrue(corrected.get("frozen").asBoolean());
    assertTrue(corrected.toString().contains("复核发现漏计宣传报道1篇"));
    assertEquals(2, FrozenResult.read(marker).corrections().size());
    assertEquals(0, run("verify", json.toString(), "--data", data.toString()).exit());

    // 3. Rewriting the log instead of appending to it: refused.
    String log = Files.readString(data.resolve("corrections.csv"));
    Files.writeString(data.resolve("corrections.csv"), log.replace("复核发现漏计宣传报道1篇", "复核另有理由"));
    Run rewritten = run("rank", "--data", data.toString(), "--out", out.toString(), "--force");
    assertEquals(1, rewritten.exit());
    assertTrue(rewritten.err().contains("  the correction log of 2022-Q4 no longer starts with the 2 correction(s)"
        + " it had when frozen: corrections are only ever appended\n"), rewritten.err());

    // 4. Another policy: refused.
    Files.writeString(data.resolve("corrections.csv"), log);
    Path policy = Files.writeString(dir.resolve("policy.yaml"), Files.readString(SEEDS.resolve("policy.yaml"))
        .replace("version: \"2022.1\"", "version: \"2022.2\""));
    Run otherPolicy = run("rank", "--data", data.toString(), "--policy", policy.toString(), "--out", out.toString(),
        "--force");
    assertEquals(1, otherPolicy.exit(), otherPolicy.err());
    assertTrue(otherPolicy.err().contains("  it was computed with policy sha256 "), otherPolicy.err());

    // 5. The same inputs again: accepted with --force (nothing changed), and a change in another period is fine.
    Files.writeString(values, original.replace("\nG09,2022-Q1,1.2,", "\nG09,2022-Q1,1.2,1"));
    Run same = run("rank", "--data", data.toString(), "--out", out.toString(), "--force");
    assertEquals(0, same.exit(), same.err());
    assertTrue(same.out().endsWith("2022-Q4 is frozen: recomputed from the same inputs; it stays frozen.\n"),
        same.out());
  }

  @Test
  void aGb18030CopyOfTheBundledCsvFilesGivesTheSameResults() throws IOException {
    Path gb = copy(dir.resolve("gb18030"), Charset.forName("GB18030"));
    Path utf8 = copy(dir.resolve("utf8"), StandardCharsets.UTF_8);
    for (String period : List.of("2022-Q2", "2022-Q4", "2022")) {
      Run fromGb = run("rank", "--data", gb.toString(), "--period", period, "--out", dir.resolve("gb-out").toString(),
          "--format", "csv,json");
      Run fromUtf8 = run("rank", "--data", utf8.toString(), "--period", period, "--out",
          dir.resolve("utf8-out").toString(), "--format", "csv,json");
      assertEquals(0, fromGb.exit(), fromGb.err());
      assertEquals(fromUtf8.rows(), fromGb.rows());
      for (String extension : List.of("csv", "json")) {
        String name = "ranking-" + period + "." + extension;
        assertArrayEquals(Files.readAllBytes(dir.resolve("utf8-out").resolve(name)),
            Files.readAllBytes(dir.resolve("gb-out").resolve(name)), name);
      }
    }
    Run forced = run("rank", "--data", gb.toString(), "--encoding", "gb18030");
    assertEquals(0, forced.exit(), forced.err());
    Run strict = run("validate", "--data", gb.toString(), "--encoding", "utf-8");
    assertEquals(1, strict.exit());
    assertTrue(strict.err().contains(gb.resolve("units.csv") + ":2: the file is not valid UTF-8 (byte "),
        strict.err());
    Run detected = run("validate", "--data", gb.toString());
    assertEquals(0, detected.exit(), detected.err());
    assertTrue(detected.out().contains("note: " + gb.resolve("units.csv") + " is not valid UTF-8 and was read as"
        + " GB18030\n"), detected.out());
  }

  @Test
  void aJsonDatasetGivesTheSameResultsAsTheCsvFiles() throws IOException {
    Path json = Files.write(dir.resolve("baicheng-2022.json"),
        DatasetJson.bytes(ExampleData.dataset(), ExampleData.corrections()));
    for (String period : List.of("2022-Q2", "2022-Q4", "2022")) {
      Run fromJson = run("rank", "--data", json.toString(), "--period", period, "--out",
          dir.resolve("json-out").toString());
      Run bundled = run("rank", "--period", period, "--out", dir.resolve("csv-out").toString());
      assertEquals(0, fromJson.exit(), fromJson.err());
      assertEquals(bundled.out().lines().filter(l -> !l.startsWith("Wrote ")).toList(),
          fromJson.out().lines().filter(l -> !l.startsWith("Wrote ")).toList());
      for (String extension : List.of("csv", "json")) {
        String name = "ranking-" + period + "." + extension;
        assertArrayEquals(Files.readAllBytes(dir.resolve("csv-out").resolve(name)),
            Files.readAllBytes(dir.resolve("json-out").resolve(name)), name);
      }
    }
    Run explain = run("explain", "--unit", "G32", "--data", json.toString());
    assertTrue(explain.out().contains("FLAGGED as overstated"), explain.out());
    Path other = Files.writeString(dir.resolve("data.txt"), "x");
    Run wrongKind = run("validate", "--data", other.toString());
    assertEquals(2, wrongKind.exit());
    assertTrue(wrongKind.err().startsWith("--data: " + other + " is a file but neither .json nor .xlsx"),
        wrongKind.err());
  }
}
