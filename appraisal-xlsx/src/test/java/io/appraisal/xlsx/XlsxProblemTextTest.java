package io.appraisal.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import io.appraisal.core.Messages;
import io.appraisal.core.Problem;
import io.appraisal.example.ExampleData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every problem the Excel readers find in hostile workbooks (the fixtures of {@link XlsxDataReaderTest} and {@link
 * XlsxTemplateTest}, broken) is keyed and reads in Chinese: no run of two English words outside its arguments.
 */
class XlsxProblemTextTest {
  private static final Pattern TWO_ENGLISH_WORDS = Pattern.compile("[A-Za-z]+\\s+[A-Za-z]+");

  @Test
  void aBrokenPlainWorkbookReadsInChinese(@TempDir Path dir) throws IOException {
    List<Problem> problems = new ArrayList<>();
    // a formula without a saved result, a date in the value column, merged cells, the values sheet hidden
    problems.addAll(XlsxDataReader.read("d.xlsx", XlsxDataReaderTest.workbook(ExampleData.dataset(), values -> {
      XSSFRow row = values.getRow(1);
      row.removeCell(row.getCell(3));
      row.createCell(3).setCellFormula("1+1");
      CellStyle date = values.getWorkbook().createCellStyle();
      date.setDataFormat(values.getWorkbook().getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      values.getRow(2).getCell(3).setCellStyle(date);
      values.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
      values.getWorkbook().setSheetHidden(values.getWorkbook().getSheetIndex(values), true);
    })).parseProblems());
    // no units sheet, an empty adjustments sheet
    XSSFWorkbook missing = new XSSFWorkbook();
    XlsxDataReaderTest.row(missing.createSheet("values"), 0, "unit", "period", "indicator", "value");
    missing.createSheet("adjustments");
    problems.addAll(XlsxDataReader.read("m.xlsx", XlsxDataReaderTest.bytes(missing)).parseProblems());
    // no workbook at all, no such file, a directory
    problems.addAll(XlsxDataReader.read("t.xlsx", "id,name\n".getBytes(StandardCharsets.UTF_8)).parseProblems());
    problems.addAll(XlsxDataReader.read(dir.resolve("missing.xlsx")).parseProblems());
    problems.addAll(XlsxDataReader.read(dir).parseProblems());

    assertEquals(Set.of("problem.xlsx.formula-without-result", "problem.xlsx.date-for-number",
        "problem.xlsx.merged-cells", "problem.xlsx.hidden-sheet", "problem.xlsx.missing-sheet",
        "problem.xlsx.empty-sheet", "problem.xlsx.not-a-workbook", "problem.xlsx.no-such-file",
        "problem.xlsx.is-directory"), keys(problems));
    assertChinese(problems);
  }

  @Test
  void brokenTemplatesReadTogetherInChinese(@TempDir Path dir) throws IOException {
    byte[] template = XlsxTemplate.of(XlsxTemplateTest.POLICY, XlsxTemplateTest.UNITS, XlsxTemplateTest.Q4).bytes();
    // a formula without a saved result and a filled row without a unit id
    Path a = write(dir.resolve("a.xlsx"), template, book -> {
      XSSFSheet gov = book.getSheetAt(1);
      gov.getRow(4).getCell(4).setCellFormula("1+1");
      XSSFRow named = gov.getRow(7) == null ? gov.createRow(7) : gov.getRow(7);
      named.createCell(1).setCellValue("市无名局");
    });
    // not a period; G1 again
    Path b = write(dir.resolve("b.xlsx"), template, book -> book.getSheetAt(0).getRow(2).getCell(1)
        .setCellValue("2022-Q5"));
    // no period
    Path c = write(dir.resolve("c.xlsx"), template, book -> book.getSheetAt(0).getRow(2).getCell(0)
        .setCellValue("when"));
    Path plain = dir.resolve("plain.xlsx");
    Files.write(plain, XlsxDataReaderTest.bytes(new XSSFWorkbook()));
    Path text = Files.writeString(dir.resolve("text.xlsx"), "id,name\n", StandardCharsets.UTF_8);
    Path empty = Files.createDirectory(dir.resolve("empty"));

    List<Problem> problems = XlsxDataReader.read(List.of(a, b, c, plain, text, dir.resolve("missing.xlsx"), empty))
        .parseProblems();

    assertEquals(Set.of("problem.xlsx.formula-without-result", "problem.xlsx.row-without-unit",
        "problem.xlsx.template-period", "problem.xlsx.unit-twice", "problem.xlsx.template-no-period",
        "problem.xlsx.not-a-template", "problem.xlsx.not-a-workbook", "problem.xlsx.no-such-file",
        "problem.xlsx.no-workbook-in-directory"), keys(problems));
    assertChinese(problems);
  }

  @Test
  void aProblemReadsInBothLanguages() throws IOException {
    XSSFWorkbook book = new XSSFWorkbook();
    XlsxDataReaderTest.row(book.createSheet("values"), 0, "unit", "period", "indicator", "value");
    Problem missing = XlsxDataReader.read("m.xlsx", XlsxDataReaderTest.bytes(book)).parseProblems().get(0);

    assertEquals("m.xlsx: 字段 'sheet' = 'units': 缺少工作表 'units'（列：id,name,category,attributes）；该工作簿现有：values",
        Messages.of(Locale.CHINESE).problem(missing));
    assertEquals("m.xlsx: field 'sheet' = 'units': missing sheet 'units' (columns id,name,category,attributes); the"
        + " workbook has: values", Messages.of(Locale.ENGLISH).problem(missing));
  }

  private interface Edit {
    void apply(XSSFWorkbook book);
  }

  private static Path write(Path file, byte[] template, Edit edit) throws IOException {
    XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template));
    edit.apply(book);
    return Files.write(file, XlsxDataReaderTest.bytes(book));
  }

  private static Set<String> keys(List<Problem> problems) {
    Set<String> keys = new TreeSet<>();
    problems.forEach(problem -> keys.add(problem.key()));
    return keys;
  }

  /** Every problem keyed, its Chinese message free of English words but in its arguments. */
  private static void assertChinese(List<Problem> problems) {
    assertFalse(problems.isEmpty());
    for (Problem problem : problems) {
      assertFalse(problem.key().isEmpty(), problem.toString());
      String text = problem.message(Locale.CHINESE);
      assertFalse(text.equals(problem.message()), "not translated: " + problem);
      List<String> arguments = new ArrayList<>(problem.arguments());
      arguments.sort(Comparator.comparingInt(String::length).reversed());
      for (String argument : arguments) {
        if (!argument.isEmpty()) {
          text = text.replace(argument, "\u0000");
        }
      }
      Matcher english = TWO_ENGLISH_WORDS.matcher(text);
      if (english.find()) {
        fail("English words '" + english.group() + "' in " + problem.message(Locale.CHINESE));
      }
    }
  }
}
