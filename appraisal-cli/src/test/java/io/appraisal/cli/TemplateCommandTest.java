package io.appraisal.cli;

import static io.appraisal.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.cli.Cli.Run;
import io.appraisal.example.ExampleData;
import io.appraisal.xlsx.XlsxTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code template} and {@code rank --data} on the filled workbook: the example's 2022-Q4 figures typed into the
 * template by POI rank to the same JSON bytes as the same figures in CSV files; problems are located by sheet and
 * cell; several workbooks merge.
 */
class TemplateCommandTest {
  private static final String Q4 = "2022-Q4";

  @TempDir
  Path dir;

  /** The example's CSV lines of 2022-Q4 (header first), from the bundled resources. */
  private static List<String> q4Lines(String file) throws IOException {
    try (InputStream in = ExampleData.class.getClassLoader()
        .getResourceAsStream(ExampleData.RESOURCE_FOLDER + file)) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      List<String> kept = new ArrayList<>(List.of(lines.get(0)));
      lines.stream().skip(1).filter(line -> line.split(",", -1)[1].equals(Q4)).forEach(kept::add);
      return kept;
    }
  }

  /** The CSV directory of the example's 2022-Q4 alone (no corrections: a template collects no review log). */
  private Path csvQ4() throws IOException {
    Path csv = Files.createDirectories(dir.resolve("csv"));
    try (InputStream in = ExampleData.class.getClassLoader()
        .getResourceAsStream(ExampleData.RESOURCE_FOLDER + "units.csv")) {
      Files.write(csv.resolve("units.csv"), in.readAllBytes());
    }
    Files.write(csv.resolve("values.csv"), q4Lines("values.csv"));
    Files.write(csv.resolve("adjustments.csv"), q4Lines("adjustments.csv"));
    return csv;
  }

  /** Writes the template, then types the example's 2022-Q4 values, self-assessments and adjustments into it. */
  private Path filledTemplate(String name) throws IOException {
    Path template = dir.resolve(name);
    Run written = run("template", "--period", Q4, "--self", "--out", template.toString());
    assertEquals(0, written.exit(), written.err());
    assertTrue(written.out().contains("67"), written.out());
    Map<String, String[]> values = new HashMap<>();
    List<String> valueLines = q4Lines("values.csv");
    List<String> adjustmentLines = q4Lines("adjustments.csv");
    for (String line : valueLines.subList(1, valueLines.size())) {
      String[] f = line.split(",", -1);
      values.put(f[0] + "|" + f[2], f);
    }
    edit(template, book -> {
      for (int s = 1; s < book.getNumberOfSheets() - 1; s++) {
        Sheet sheet = book.getSheetAt(s);
        Row ids = sheet.getRow(0);
        for (int r = XlsxTemplate.FIRST_DATA_ROW - 1; r <= sheet.getLastRowNum(); r++) {
          Row row = sheet.getRow(r);
          String unit = row.getCell(0).getStringCellValue();
          for (int c = 4; c < ids.getLastCellNum(); c++) {
            String id = ids.getCell(c).getStringCellValue();
            boolean self = id.startsWith(XlsxTemplate.SELF_PREFIX);
            String[] f = values.get(unit + "|" + (self ? id.substring(XlsxTemplate.SELF_PREFIX.length()) : id));
            // unit,period,indicator,value[,self]
            String text = f == null ? "" : self ? (f.length > 4 ? f[4] : "") : f[3];
            type(row.getCell(c, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK), text);
          }
        }
      }
      Sheet adjustments = book.getSheetAt(book.getNumberOfSheets() - 1);
      int r = 2;
      for (String line : adjustmentLines.subList(1, adjustmentLines.size())) {
        String[] f = line.split(",", -1);
        Row row = adjustments.getRow(r++);
        row.getCell(0).setCellValue(f[0]);
        row.getCell(1).setCellValue(f[2]);
        row.getCell(2).setCellValue(Integer.parseInt(f[3]));
        row.getCell(3).setCellValue(f[4]);
      }
    });
    return template;
  }

  private static void type(Cell cell, String text) {
    if (text.isEmpty()) {
      return;
    }
    if (text.equals("NA")) {
      cell.setCellValue(text);
    } else {
      cell.setCellValue(Double.parseDouble(text));
    }
  }

  private static void edit(Path workbook, Consumer<XSSFWorkbook> change) throws IOException {
    XSSFWorkbook book;
    try (InputStream in = Files.newInputStream(workbook)) {
      book = new XSSFWorkbook(in);
    }
    try (book; OutputStream out = Files.newOutputStream(workbook)) {
      change.accept(book);
      book.write(out);
    }
  }

  private byte[] rankJson(String out, String... data) throws IOException {
    List<String> args = new ArrayList<>(List.of("rank", "--period", Q4, "--out", dir.resolve(out).toString(),
        "--format", "json"));
    for (String d : data) {
      args.add("--data");
      args.add(d);
    }
    Run ranked = run(args.toArray(String[]::new));
    assertEquals(0, ranked.exit(), ranked.err());
    return Files.readAllBytes(dir.resolve(out).resolve("ranking-2022-Q4.json"));
  }

  @Test
  void aFilledTemplateRanksToTheSameJsonBytesAsTheCsvFiles() throws IOException {
    byte[] csv = rankJson("from-csv", csvQ4().toString());
    byte[] xlsx = rankJson("from-xlsx", filledTemplate("报送表.xlsx").toString());
    String json = new String(csv, StandardCharsets.UTF_8);
    // Not vacuous: 67 units ranked, with the example's adjustments and self-assessments (市信访局 G32 flagged).
    assertTrue(json.contains("\"G09\"") && json.contains("bonus.regulation") && json.contains("\"G32\""), json);
    assertArrayEquals(csv, xlsx, new String(xlsx, StandardCharsets.UTF_8));
  }

  @Test
  void textInANumberCellIsLocatedBySheetAndCell() throws IOException {
    Path template = dir.resolve("报送表.xlsx");
    assertEquals(0, run("template", "--period", Q4, "--out", template.toString()).exit());
    // Government sheet (the second category): columns A-D are the unit, E is 1.1 and F is 1.2 (no self columns);
    // its first unit is on row 5.
    edit(template, book -> {
      Sheet government = book.getSheet("政府部门");
      assertEquals("1.2", government.getRow(0).getCell(5).getStringCellValue());
      government.getRow(4).getCell(5).setCellValue("abc");
      government.getRow(5).getCell(4).setCellValue(-1); // 1.1 ranges from 0 up
    });
    Run ranked = run("rank", "--period", Q4, "--data", template.toString());
    assertEquals(1, ranked.exit(), ranked.err());
    assertTrue(ranked.err().contains(template + "!政府部门!F5: field 'value' = 'abc'"), ranked.err());
    assertTrue(ranked.err().contains(template + "!政府部门!E6"), ranked.err());
  }

  @Test
  void workbooksMergeAndAUnitInTwoOfThemIsLocatedInBoth() throws IOException {
    Path whole = filledTemplate("whole.xlsx");
    byte[] one = rankJson("one", whole.toString());
    Path parts = Files.createDirectories(dir.resolve("parts"));
    Path party = Files.copy(whole, parts.resolve("a.xlsx"));
    Path others = Files.copy(whole, parts.resolve("b.xlsx"));
    edit(party, book -> {
      book.removeSheetAt(3); // 群团组织
      book.removeSheetAt(2); // 政府部门
    });
    edit(others, book -> {
      book.removeSheetAt(1); // 党委部门及市级机关
      Sheet adjustments = book.getSheetAt(book.getNumberOfSheets() - 1);
      for (int r = 2; r <= adjustments.getLastRowNum(); r++) {
        for (Cell cell : adjustments.getRow(r)) {
          cell.setBlank(); // the adjustments are in a.xlsx
        }
      }
    });
    assertArrayEquals(one, rankJson("two", party.toString(), others.toString()));
    assertArrayEquals(one, rankJson("directory", parts.toString()));

    Run twice = run("rank", "--period", Q4, "--data", whole.toString(), "--data", party.toString());
    assertEquals(1, twice.exit(), twice.err());
    assertTrue(twice.err().contains(party + "!党委部门及市级机关!A5: field 'unit' = 'P01': the unit is also at "
        + whole + "!党委部门及市级机关!A5"), twice.err());
  }

  @Test
  void policyExportWritesTheCriteriaTableAsHtmlAndXlsx() throws IOException {
    Path html = dir.resolve("考核细则.html");
    Run exported = run("policy", "--export", "html", "--out", html.toString());
    assertEquals(0, exported.exit(), exported.err());
    String page = Files.readString(html);
    assertTrue(page.contains("<th>评分标准</th>"), page);
    String row = page.lines().filter(line -> line.contains("<td>5.1</td>")).findFirst().orElseThrow();
    assertTrue(row.contains("<td>政府部门</td>"), "5.1 inherits its group's limit: " + row);
    Path xlsx = dir.resolve("rules.xlsx");
    assertEquals(0, run("policy", "--export", "xlsx", "--locale", "en", "--out", xlsx.toString()).exit());
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      Sheet sheet = book.getSheetAt(0);
      assertEquals("Scoring criteria", sheet.getRow(0).getCell(3).getStringCellValue());
      assertEquals("total", sheet.getRow(1).getCell(0).getStringCellValue());
    }
    Run again = run("policy", "--export", "html", "--out", html.toString());
    assertEquals(1, again.exit(), "an existing file needs --force");
    assertEquals(2, run("policy", "--export", "pdf", "--out", html.toString()).exit());
  }

  @Test
  void templateRefusesAnExistingFileAndABadLayout() throws IOException {
    Path file = Files.writeString(dir.resolve("t.xlsx"), "x");
    Run exists = run("template", "--period", Q4, "--out", file.toString());
    assertEquals(1, exists.exit());
    assertTrue(exists.err().contains("已存在"), exists.err());
    assertEquals(2, run("template", "--period", Q4, "--by", "row", "--out", file.toString()).exit());
    assertEquals(0, run("template", "--period", Q4, "--by", "unit", "--force", "--out", file.toString()).exit());
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
      assertEquals(1 + 67 + 1, book.getNumberOfSheets(), "instructions, one sheet per unit, adjustments");
    }
  }
}
