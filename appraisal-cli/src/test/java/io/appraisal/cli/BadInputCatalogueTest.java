package io.appraisal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.cli.Cli.Run;
import io.appraisal.example.ExampleData;
import io.appraisal.io.results.OutputLock;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input catalogue: every way of feeding the command line bad data, policies, workbooks, options or output
 * targets that we know of, each with the exit code and a fragment of the message it must give. No case may print a
 * stack trace or a raw control character. Add a case for every new refusal.
 */
class BadInputCatalogueTest {
  /** Prepares the case's files in its directory; may return a resource held during the run (a lock). */
  interface Setup {
    AutoCloseable prepare(Path dir) throws Exception;
  }

  /** {@code args} may say {@code {dir}} for the case's directory. */
  record Case(String name, Setup setup, List<String> args, int exit, String fragment) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<Case> CASES = new ArrayList<>();

  private static void add(String name, Setup setup, int exit, String fragment, String... args) {
    CASES.add(new Case(name, setup, List.of(args), exit, fragment));
  }

  private static String example(String file) {
    try (InputStream in = ExampleData.class.getClassLoader().getResourceAsStream(ExampleData.RESOURCE_FOLDER + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String POLICY = example("policy.yaml");

  /** A file named {@code name} holding {@code text}. */
  private static Setup file(String name, String text) {
    return dir -> {
      Files.writeString(dir.resolve(name), text);
      return null;
    };
  }

  private static Setup bytes(String name, byte[] bytes) {
    return dir -> {
      Files.write(dir.resolve(name), bytes);
      return null;
    };
  }

  /** The example policy as p.yaml with {@code from} replaced by {@code to} (which must occur). */
  private static Setup policy(String from, String to) {
    if (!POLICY.contains(from)) {
      throw new IllegalArgumentException("not in the policy: " + from);
    }
    return file("p.yaml", POLICY.replace(from, to));
  }

  /** The example data as CSV files in {@code dir/data}, with {@code from} replaced by {@code to} in one file. */
  private static Setup data(String file, String from, String to) {
    return dir -> {
      Path data = Files.createDirectories(dir.resolve("data"));
      for (String name : List.of("units.csv", "values.csv", "adjustments.csv", "corrections.csv")) {
        String text = example(name);
        if (name.equals(file)) {
          if (!text.contains(from)) {
            throw new IllegalArgumentException("not in " + file + ": " + from);
          }
          text = text.replace(from, to);
        }
        Files.writeString(data.resolve(name), text);
      }
      return null;
    };
  }

  private static Setup both(Setup first, Setup second) {
    return dir -> {
      first.prepare(dir);
      return second.prepare(dir);
    };
  }

  /** A workbook with the example's units and adjustments and values rows edited by {@code values}. */
  private static Setup workbook(WorkbookEdit edit) {
    return dir -> {
      try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("d.xlsx"))) {
        for (String sheetName : List.of("units", "values", "adjustments")) {
          Sheet sheet = book.createSheet(sheetName);
          List<String> lines = example(sheetName + ".csv").lines().toList();
          for (int r = 0; r < lines.size(); r++) {
            Row row = sheet.createRow(r);
            String[] cells = lines.get(r).split(",", -1);
            for (int c = 0; c < cells.length && (!sheetName.equals("values") || c < 4); c++) {
              if (!cells[c].isEmpty()) {
                row.createCell(c).setCellValue(cells[c]);
              }
            }
          }
        }
        edit.apply(book);
        book.write(out);
      }
      return null;
    };
  }

  interface WorkbookEdit {
    void apply(XSSFWorkbook book);
  }

  private static final Setup NONE = dir -> null;

  private static String deep(String open, String close, int depth) {
    return open.repeat(depth) + "1" + close.repeat(depth);
  }

  private static byte[] encoded(String text, Charset charset) {
    return text.getBytes(charset);
  }

  static {
    // Policy files: limits (issue 15).
    add("policy nested 5000 deep (YAML flow)", file("p.yaml", "id: x\nz: " + deep("{a: ", "}", 5000) + "\n"), 1,
        "nesting depth (101) exceeds the maximum allowed (100", "validate", "--policy", "{dir}/p.yaml");
    add("policy nested 5000 deep (YAML block)", file("p.yaml", "id: x\n" + blockNesting(200)), 1,
        "nesting depth", "validate", "--policy", "{dir}/p.yaml");
    add("policy nested 5000 deep (JSON)", file("p.json", deep("[", "]", 5000)), 1,
        "refused: Document nesting depth (101) exceeds the maximum allowed (100", "validate", "--policy", "{dir}/p.json");
    add("policy string of 200,000 characters (YAML)", file("p.yaml", "id: x\nname: " + "a".repeat(200_000)), 1,
        "p.yaml:2: column 7: refused: a text of 200000 characters, more than the 100000 allowed", "validate",
        "--policy", "{dir}/p.yaml");
    add("policy string of 200,000 characters (JSON)", file("p.json", "{\"id\": \"" + "a".repeat(200_000) + "\"}"), 1,
        "refused: String value length", "validate", "--policy", "{dir}/p.json");
    add("policy key of 5,000 characters (YAML)", file("p.yaml", "id: x\n" + "k".repeat(5000) + ": 1\n"), 1,
        "p.yaml:2: column 5001: malformed YAML: could not find expected ':'", "validate", "--policy", "{dir}/p.yaml");
    add("policy number of 500 digits (JSON)", file("p.json", "{\"scale\": " + "9".repeat(500) + "}"), 1,
        "Number value length", "validate", "--policy", "{dir}/p.json");
    add("policy of 50 MB (a 50 MB scalar) refused before reading", file("p.yaml", "id: x\nname: "
        + "a".repeat(50_000_000)), 1, "p.yaml:1: column 1: the file has 50000012 bytes, more than a policy file may"
        + " have (1000000)", "validate", "--policy", "{dir}/p.yaml");
    add("policy alias *dd", policy("id: baicheng-example", "id: &dd baicheng-example\nx-alias: *dd"), 1,
        "the alias *dd is not allowed in a policy file", "validate", "--policy", "{dir}/p.yaml");
    add("policy alias as name", policy("name: 白城市", "name: *dd\nx: &dd 白城市"), 1,
        "the alias *dd is not allowed", "validate", "--policy", "{dir}/p.yaml");
    add("policy billion laughs", file("p.yaml", "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a]\n"
        + "c: [*b, *b, *b, *b, *b, *b, *b]\n"), 1, "p.yaml:2: column 8: the alias *a is not allowed", "validate",
        "--policy", "{dir}/p.yaml");
    add("policy .nan", policy("scale: 100", "scale: .nan"), 1,
        "'.nan' is not a number a policy may hold: write a finite decimal number", "validate", "--policy",
        "{dir}/p.yaml");
    add("policy .inf", policy("scale: 100", "scale: .inf"), 1, "'.inf' is not a number a policy may hold",
        "validate", "--policy", "{dir}/p.yaml");
    add("policy -.Inf", policy("scale: 100", "scale: -.Inf"), 1, "'-.Inf' is not a number a policy may hold",
        "validate", "--policy", "{dir}/p.yaml");
    add("policy in GB18030 is decoded", bytes("p.yaml", encoded(POLICY, Charset.forName("GB18030"))), 0,
        "OK: 67 units", "validate", "--policy", "{dir}/p.yaml");
    add("policy in UTF-16 with BOM", bytes("p.yaml", encoded(POLICY, StandardCharsets.UTF_16)), 1,
        "p.yaml:1: column 1: the file is UTF-16; save it as UTF-8", "validate", "--policy", "{dir}/p.yaml");
    add("policy in UTF-16LE without BOM", bytes("p.yaml", encoded(POLICY, StandardCharsets.UTF_16LE)), 1,
        "1 problem in the input", "validate", "--policy", "{dir}/p.yaml");
    add("policy neither UTF-8 nor GB18030", bytes("p.yaml", new byte[] {'i', 'd', ':', ' ', (byte) 0xFF, '\n'}), 1,
        "the file is neither UTF-8 nor GB18030; save it as UTF-8", "validate", "--policy", "{dir}/p.yaml");
    add("policy file empty", file("p.yaml", ""), 1, "the file holds no policy", "validate", "--policy",
        "{dir}/p.yaml");
    add("policy is a directory", dir -> {
      Files.createDirectory(dir.resolve("p.yaml"));
      return null;
    }, 1,
        "is a directory, not a policy file", "validate", "--policy", "{dir}/p.yaml");
    add("policy missing", NONE, 1, "p.yaml: no such file", "validate", "--policy", "{dir}/p.yaml");
    add("policy with a .txt name", file("p.txt", POLICY), 1, "a policy file name must end in .yaml, .yml or .json",
        "validate", "--policy", "{dir}/p.txt");
    add("policy malformed YAML (unclosed quote)", policy("scale: 100", "scale: \"100"), 1, "malformed YAML",
        "validate", "--policy", "{dir}/p.yaml");
    add("policy malformed JSON", file("p.json", "{\"id\": \"x\",,}"), 1, "malformed JSON", "validate", "--policy",
        "{dir}/p.json");
    add("policy two documents", file("p.yaml", POLICY + "\n---\nid: y\n"), 1,
        "unexpected content after the policy; a file holds one policy", "validate", "--policy", "{dir}/p.yaml");
    add("policy unknown key", policy("scale: 100", "scale: 100\nscael: 100"), 1, "unknown key", "validate",
        "--policy", "{dir}/p.yaml");
    add("policy without indicators", file("p.yaml", "id: x\ncategories: [{id: a}]\n"), 1,
        "field 'indicators': column 1: required key is missing", "validate", "--policy", "{dir}/p.yaml");
    add("policy is a list", file("p.yaml", "- id: x\n"), 1, "must be a mapping", "validate", "--policy",
        "{dir}/p.yaml");
    add("policy duplicate key", policy("scale: 100", "scale: 100\nscale: 90"), 1, "scale", "validate", "--policy",
        "{dir}/p.yaml");
    add("policy range end that is not a number (found by FuzzTest: was a NullPointerException)",
        policy("range: [0, 100]", "range: [0, abc]"), 1, "abc", "validate", "--policy", "{dir}/p.yaml");
    add("policy scale is text", policy("scale: 100", "scale: hundred"), 1, "hundred", "validate", "--policy",
        "{dir}/p.yaml");
    add("policy key with an ANSI escape is shown escaped", policy("scale: 100", "scale: 100\n\"\\e[2J\\e[31mx\": 1"),
        1, "\\e[2J\\e[31mx", "validate", "--policy", "{dir}/p.yaml");
    add("policy key with a bidi override is shown escaped", policy("scale: 100", "scale: 100\n\"a\\u202Eb\": 1"), 1,
        "a\\u202eb", "validate", "--policy", "{dir}/p.yaml");
    add("policy without selfAssessmentTolerance, data with self column: rank", both(
        policy("selfAssessmentTolerance: 5", ""), data("values.csv", "\n", "\n")), 0, "1 ", "rank", "--policy",
        "{dir}/p.yaml", "--data", "{dir}/data");
    add("policy without selfAssessmentTolerance: explain", policy("selfAssessmentTolerance: 5", ""), 0,
        "not checked (the policy sets no selfAssessmentTolerance)", "explain", "--policy", "{dir}/p.yaml", "--unit",
        selfAssessedUnit(), "--period", "2022-Q4", "--locale", "en");
    add("policy without selfAssessmentTolerance: rank --out", policy("selfAssessmentTolerance: 5", ""), 0,
        "ranking-2022-Q4.sha256", "rank", "--policy", "{dir}/p.yaml", "--out", "{dir}/out");

    // CSV data.
    add("unit name with ANSI escapes is shown escaped in the table", data("units.csv", "市委办公室",
        "\u001b[31m市委办公室\u001b[0m"), 0, "市委办公室\\e[0m", "rank", "--data", "{dir}/data");
    add("unit name with a carriage return is shown escaped", data("units.csv", "市委办公室", "\"市委\r办公室\""), 0,
        "市委\\r办公室", "rank", "--data", "{dir}/data");
    add("value not a number", data("values.csv", "P01,2022-Q1,1.1,1", "P01,2022-Q1,1.1,abc"), 1, "abc", "rank",
        "--data", "{dir}/data");
    add("value NaN", data("values.csv", "P01,2022-Q1,1.1,1", "P01,2022-Q1,1.1,NaN"), 1, "NaN", "rank", "--data",
        "{dir}/data");
    add("value Infinity", data("values.csv", "P01,2022-Q1,1.1,1", "P01,2022-Q1,1.1,Infinity"), 1, "Infinity",
        "rank", "--data", "{dir}/data");
    add("value 1e999", data("values.csv", "P01,2022-Q1,1.1,1", "P01,2022-Q1,1.1,1e999"), 1, "1e999", "rank",
        "--data", "{dir}/data");
    add("value of an unknown unit", data("values.csv", "P01,2022-Q1,1.1,1", "P01,2022-Q1,1.1,1\nZZ9,2022-Q4,1.1,1"),
        1, "ZZ9", "rank", "--data", "{dir}/data");
    add("value of an unknown indicator", data("values.csv", "P01,2022-Q1,1.1,1",
        "P01,2022-Q1,1.1,1\nP01,2022-Q4,99.9,1"), 1, "99.9", "rank", "--data", "{dir}/data");
    add("value twice", data("values.csv", "P01,2022-Q1,1.1,1", "P01,2022-Q1,1.1,1\nP01,2022-Q1,1.1,2"), 1,
        "P01", "rank", "--data", "{dir}/data");
    add("value with a bad period", data("values.csv", "P01,2022-Q1,1.1,1", "P01,2022-Q5,1.1,1"), 1, "2022-Q5",
        "rank", "--data", "{dir}/data");
    add("value with an unterminated quote", data("values.csv", "P01,2022-Q1,1.1,1", "P01,2022-Q1,\"1.1,1"), 1,
        "values.csv", "rank", "--data", "{dir}/data");
    add("values with an extra column", data("values.csv", "P01,2022-Q1,1.1,1", "P01,2022-Q1,1.1,1,,x"), 1,
        "values.csv", "rank", "--data", "{dir}/data");
    add("values header wrong", data("values.csv", "unit,period,indicator,value", "unit,period,indicatr,value"), 1,
        "indicatr", "rank", "--data", "{dir}/data");
    add("values.csv empty", dir -> {
      data("values.csv", "P01", "P01").prepare(dir);
      Files.writeString(dir.resolve("data/values.csv"), "");
      return null;
    }, 1, "values.csv", "rank", "--data", "{dir}/data");
    add("values.csv in UTF-16", dir -> {
      data("values.csv", "P01", "P01").prepare(dir);
      Files.write(dir.resolve("data/values.csv"), encoded(example("values.csv"), StandardCharsets.UTF_16));
      return null;
    }, 1, "values.csv:1: the file is UTF-16, not UTF-8 or GB18030; save it as CSV UTF-8", "rank", "--data",
        "{dir}/data");
    add("values.csv in UTF-16LE without BOM: one problem", dir -> {
      data("values.csv", "P01", "P01").prepare(dir);
      Files.write(dir.resolve("data/values.csv"), encoded(example("values.csv"), StandardCharsets.UTF_16LE));
      return null;
    }, 1, "1 problem in the input", "rank", "--data", "{dir}/data");
    add("values.csv is a directory", dir -> {
      data("values.csv", "P01", "P01").prepare(dir);
      Files.delete(dir.resolve("data/values.csv"));
      Files.createDirectory(dir.resolve("data/values.csv"));
      return null;
    }, 1, "it is a directory", "rank", "--data", "{dir}/data");
    add("units.csv missing", dir -> {
      data("units.csv", "P01", "P01").prepare(dir);
      Files.delete(dir.resolve("data/units.csv"));
      return null;
    }, 1, "units.csv", "rank", "--data", "{dir}/data");
    add("unit id twice", data("units.csv", "P02,", "P01,"), 1, "P01", "rank", "--data", "{dir}/data");
    add("unit of an unknown category", data("units.csv", "P01,市纪委监委机关,party", "P01,市纪委监委机关,partty"), 1,
        "partty", "rank", "--data", "{dir}/data");
    add("units header missing a column", data("units.csv", "id,name,category,attributes", "id,name,category"), 1,
        "units.csv", "rank", "--data", "{dir}/data");
    add("adjustment of an unknown item", data("adjustments.csv", "bonus.regulation,1", "bonus.regulatoin,1"), 1,
        "bonus.regulatoin", "rank", "--data", "{dir}/data", "--period", "2022-Q1");
    add("adjustment count negative", data("adjustments.csv", "bonus.regulation,1", "bonus.regulation,-1"), 1,
        "-1", "rank", "--data", "{dir}/data");
    add("correction with a bad time", data("corrections.csv", "+08:00", "+8"), 1, "corrections.csv", "rank",
        "--data", "{dir}/data");
    add("--data directory missing", NONE, 1, "no such file", "rank", "--data", "{dir}/nowhere");
    add("--data a .txt file", file("d.txt", "x"), 2, "is a file but neither .json nor .xlsx", "rank", "--data",
        "{dir}/d.txt");
    add("--units alone", NONE, 2, "give --data DIR, or all three of --units, --values and --adjustments", "rank",
        "--units", "{dir}/units.csv");

    // JSON data.
    add("JSON data nested 5000 deep", file("d.json", "{\"units\": " + deep("[", "]", 5000) + "}"),
        1, "d.json:1: refused: Document nesting depth (101) exceeds the maximum allowed (100", "rank", "--data",
        "{dir}/d.json");
    add("JSON data string of 200,000 characters", file("d.json", "{\"format\": \"" + "a".repeat(200_000) + "\"}"),
        1, "refused: String value length", "rank", "--data", "{dir}/d.json");
    add("JSON data number of 500 digits", file("d.json", "{\"formatVersion\": " + "1".repeat(500) + "}"), 1,
        "Number value length", "rank", "--data", "{dir}/d.json");
    add("JSON data malformed", file("d.json", "{\"format\": "), 1, "not valid JSON", "rank", "--data",
        "{dir}/d.json");
    add("JSON data empty", file("d.json", ""), 1, "d.json", "rank", "--data", "{dir}/d.json");
    add("JSON data is a list", file("d.json", "[]"), 1, "d.json", "rank", "--data", "{dir}/d.json");
    add("JSON data in UTF-16", bytes("d.json", encoded("{\"format\": \"appraisal-dataset\"}",
        StandardCharsets.UTF_16)), 1, "d.json", "rank", "--data", "{dir}/d.json");

    // Excel data.
    add("xlsx that is not a workbook", file("d.xlsx", "id,name\n"), 1, "not a readable Excel workbook", "rank",
        "--data", "{dir}/d.xlsx");
    add("xlsx empty file", file("d.xlsx", ""), 1, "not a readable Excel workbook", "rank", "--data",
        "{dir}/d.xlsx");
    add("xlsx without a values sheet", workbook(book -> book.removeSheetAt(1)), 1, "missing sheet 'values'", "rank",
        "--data", "{dir}/d.xlsx");
    add("xlsx formula without a saved result", workbook(book -> {
      Row row = book.getSheet("values").getRow(1);
      row.removeCell(row.getCell(3));
      row.createCell(3).setCellFormula("1+1");
    }), 1, "the formula 1+1 has no saved result", "rank", "--data", "{dir}/d.xlsx");
    add("xlsx date in the value column", workbook(book -> {
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      var cell = book.getSheet("values").getRow(1).getCell(3);
      cell.setCellValue(45000);
      cell.setCellStyle(date);
    }), 1, "a date where a number belongs", "rank", "--data", "{dir}/d.xlsx");
    add("xlsx hidden values sheet", workbook(book -> book.setSheetHidden(1, true)), 1,
        "the sheet is hidden: unhide it", "rank", "--data", "{dir}/d.xlsx");
    add("xlsx merged cells", workbook(book -> book.getSheet("values").addMergedRegion(
        new CellRangeAddress(1, 3, 0, 0))), 1, "d.xlsx!values:2: field 'cells' = 'A2:A4': merged cells", "rank",
        "--data", "{dir}/d.xlsx");
    add("xlsx value is text", workbook(book -> book.getSheet("values").getRow(1).getCell(3).setCellValue("abc")), 1,
        "not a number", "rank", "--data", "{dir}/d.xlsx");

    // Options.
    add("unknown option", NONE, 2, "Unknown options: '--polcy'", "rank", "--polcy", "x");
    add("period not a period", NONE, 2, "'2022-Q5' is not a period", "rank", "--period", "2022-Q5");
    add("period without data", NONE, 1, "2031-Q1", "rank", "--period", "2031-Q1");
    add("format pdf", NONE, 2, "'pdf' is not a format", "rank", "--out", "{dir}/o", "--format", "pdf");
    add("encoding latin1", NONE, 2, "unknown encoding 'latin1'", "rank", "--encoding", "latin1");
    add("locale fr", NONE, 2, "'fr' 不是语言：请用 zh 或 en", "rank", "--locale", "fr");
    add("unit unknown", NONE, 2, "no unit has the id or name 'ZZ9'", "rank", "--unit", "ZZ9");
    add("unit with an ANSI escape is echoed escaped", NONE, 2, "'\\e[31mZZ9'", "rank", "--unit", "\u001b[31mZZ9");
    add("explain unit unknown", NONE, 2, "no unit has the id or name", "explain", "--unit", "ZZ9");
    add("--force without --out", NONE, 2, "--force needs --out DIR", "rank", "--force");
    add("no command", NONE, 2, "Missing a command", new String[0]);
    add("annual year not a year", NONE, 2, "abc", "annual", "--year", "abc");
    add("unknown command", NONE, 2, "Unmatched argument", "rnak");
    add("robustness samples beyond the limit", NONE, 2, "--samples must be in 1..1000000", "robustness",
        "--samples", "1000001");
    add("robustness sobol rows beyond the limit", NONE, 2, "--sobol-rows 0 or in 2..100000", "robustness",
        "--sobol-rows", "100001");
    add("uncertainty file asking for 10^20 samples", file("u.yaml", "samples: 99999999999999999999\n"), 1,
        "must be at most 1000000", "robustness", "--uncertainty", "{dir}/u.yaml");
    add("uncertainty file with a seed of 2.5", file("u.yaml", "seed: 2.5\n"), 1, "must be a whole number",
        "robustness", "--uncertainty", "{dir}/u.yaml");

    // Output targets.
    add("--out is a file", file("out", "x"), 3, "is a file, not a directory", "rank", "--out", "{dir}/out");
    add("--out below a file", file("out", "x"), 3, "cannot write the results to", "rank", "--out",
        "{dir}/out/results");
    add("--out locked by another run", dir -> OutputLock.acquire(Files.createDirectories(dir.resolve("out"))), 3,
        "is writing to", "rank", "--out", "{dir}/out");
    add("--out holds the result already", dir -> {
      assertEquals(0, Cli.run("rank", "--out", dir.resolve("out").toString()).exit());
      return null;
    }, 1, "already exists", "rank", "--out", "{dir}/out");
    add("--out with a killed run's staging directory", dir -> {
      Files.writeString(Files.createDirectories(dir.resolve("out/.ranking-2022-Q4.staging-1")).resolve("x"), "x");
      return null;
    }, 0, "Wrote", "rank", "--out", "{dir}/out");
    add("--out with a corrupt frozen marker", dir -> {
      Files.createDirectories(dir.resolve("out"));
      Files.writeString(dir.resolve("out/ranking-2022-Q4.frozen"), "{");
      return null;
    }, 1, "not a frozen-result marker", "rank", "--out", "{dir}/out");
    add("verify a result edited after it was published", dir -> {
      assertEquals(0, Cli.run("rank", "--out", dir.resolve("out").toString()).exit());
      Files.writeString(dir.resolve("out/ranking-2022-Q4.json"), " ", java.nio.file.StandardOpenOption.APPEND);
      return null;
    }, 1, "is not the one in its set's manifest", "verify", "{dir}/out/ranking-2022-Q4.json");
    add("verify a result whose publication was interrupted", dir -> {
      assertEquals(0, Cli.run("rank", "--out", dir.resolve("out").toString()).exit());
      Files.delete(dir.resolve("out/ranking-2022-Q4.sha256"));
      Files.createDirectory(dir.resolve("out/.ranking-2022-Q4.commit"));
      return null;
    }, 1, "its set's publication was interrupted", "verify", "{dir}/out/ranking-2022-Q4.json");
    add("verify a missing file", NONE, 1, "r.json", "verify", "{dir}/r.json");
    add("verify a file that is not JSON", file("r.json", "not json"), 1, "not valid JSON", "verify",
        "{dir}/r.json");
    add("verify a deeply nested JSON", file("r.json", deep("[", "]", 5000)), 1, "r.json", "verify",
        "{dir}/r.json");
  }

  private static String blockNesting(int depth) {
    StringBuilder out = new StringBuilder("z:\n");
    for (int i = 1; i <= depth; i++) {
      out.append("  ".repeat(i)).append("k").append(i).append(":\n");
    }
    return out.toString();
  }

  /** A unit of the example with a self-assessment in 2022-Q4. */
  private static String selfAssessedUnit() {
    return example("values.csv").lines().map(line -> line.split(",", -1))
        .filter(f -> f.length > 4 && f[1].equals("2022-Q4") && !f[4].isEmpty()).map(f -> f[0]).findFirst()
        .orElseThrow();
  }

  static Stream<Case> cases() {
    return CASES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void refusedWithItsExitCodeAndAClearMessage(Case c, @TempDir Path dir) throws Exception {
    Run run;
    try (AutoCloseable held = c.setup().prepare(dir)) {
      run = Cli.run(c.args().stream().map(a -> a.replace("{dir}", dir.toString())).toArray(String[]::new));
    }
    String printed = run.out() + run.err();
    assertEquals(c.exit(), run.exit(), printed);
    assertTrue(printed.contains(c.fragment()), () -> "expected '" + c.fragment() + "' in\n" + printed);
    assertFalse(printed.contains("\tat "), "no stack trace");
    assertFalse(printed.contains("internal error:"), printed);
    assertTrue(printed.chars().noneMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\t'), "no raw control character");
  }

  @org.junit.jupiter.api.Test
  void theCatalogueHasAtLeast80Cases() {
    assertTrue(CASES.size() >= 80, "cases: " + CASES.size());
  }
}
