package io.appraisal.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.core.AdjustmentItem;
import io.appraisal.core.AdjustmentRules;
import io.appraisal.core.Applicability;
import io.appraisal.core.Indicator;
import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import io.appraisal.core.RuleSpec;
import io.appraisal.core.Unit;
import io.appraisal.core.ValueRange;
import io.appraisal.io.LoadedDataset;
import io.appraisal.core.Messages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxTemplateTest {
  static final Period Q4 = Period.parse("2022-Q4");

  /** Two categories; "cases" applies to the government only and carries criteria and evidence. */
  static final Policy POLICY = Policy.builder("p").name("测试方案").category("gov", "政府部门")
      .category("mass", "群团组织")
      .indicators(Indicator.group("total", "合计")
          .child(Indicator.leaf("study", "专题学习", RuleSpec.of("proportional")).points(40).range(ValueRange.PERCENT))
          .child(Indicator.leaf("cases", "败诉案件", RuleSpec.of("deduction-per-incident", "perIncident", 2))
              .points(60).lowerIsBetter().range(ValueRange.NON_NEGATIVE).appliesTo(Applicability.categories("gov"))
              .criteria("每件扣2分，扣完为止").evidence("判决书"))
          .build())
      .adjustments(new AdjustmentRules(List.of(AdjustmentItem.bonus("bonus.a", "示范", 1, 2)), 3, 10))
      .build();

  static final List<Unit> UNITS = List.of(Unit.of("G1", "市司法局", "gov"), Unit.of("M1", "市妇联", "mass"),
      Unit.of("G2", "市水利局", "gov"));

  private static XSSFWorkbook open(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  @Test
  void rangesReadAsPeopleWriteThem() {
    Messages zh = Messages.of(Locale.CHINESE);
    assertEquals("0 至 100", XlsxTemplate.rangeText(ValueRange.PERCENT, zh));
    assertEquals("不小于 0", XlsxTemplate.rangeText(ValueRange.NON_NEGATIVE, zh));
    assertEquals("不大于 5.5", XlsxTemplate.rangeText(ValueRange.of(Double.NEGATIVE_INFINITY, 5.5), zh));
    assertEquals("任意数字", XlsxTemplate.rangeText(ValueRange.ANY, zh));
    assertEquals("0 to 1", XlsxTemplate.rangeText(ValueRange.YES_NO, Messages.of(Locale.ENGLISH)));
  }

  @Test
  void aSheetPerCategoryWithLockedHeadersOpenDataCellsAndValidation() throws IOException {
    byte[] bytes = XlsxTemplate.of(POLICY, UNITS, Q4).bytes();
    assertArrayEquals(bytes, XlsxTemplate.of(POLICY, UNITS, Q4).bytes(), "the same template, the same bytes");
    try (XSSFWorkbook book = open(bytes)) {
      assertEquals(List.of("说明", "政府部门", "群团组织", "加减分"), List.of(book.getSheetName(0),
          book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)));
      XSSFSheet instructions = book.getSheetAt(0);
      assertEquals(XlsxTemplate.MARKER, instructions.getRow(0).getCell(0).getStringCellValue());
      assertEquals("2022-Q4", instructions.getRow(2).getCell(1).getStringCellValue());

      XSSFSheet gov = book.getSheetAt(1);
      assertTrue(gov.getProtect(), "protected, without a password");
      assertEquals(List.of("unit", "name", "category", "attributes", "study", "cases"),
          texts(gov, 0));
      assertEquals("不小于 0，越低越好", gov.getRow(2).getCell(5).getStringCellValue());
      assertEquals("每件扣2分，扣完为止", gov.getRow(3).getCell(5).getStringCellValue());
      assertEquals("评分标准: 每件扣2分，扣完为止\n佐证材料: 判决书",
          gov.getRow(1).getCell(5).getCellComment().getString().getString());
      assertEquals(List.of("G1", "G2"), List.of(gov.getRow(4).getCell(0).getStringCellValue(),
          gov.getRow(5).getCell(0).getStringCellValue()), "units of the category, in data order");
      assertTrue(gov.getRow(1).getCell(4).getCellStyle().getLocked());
      assertTrue(gov.getRow(4).getCell(0).getCellStyle().getLocked());
      assertFalse(gov.getRow(4).getCell(4).getCellStyle().getLocked());
      List<String> formulas = gov.getDataValidations().stream()
          .map(v -> ((XSSFDataValidation) v).getValidationConstraint().getFormula1()).toList();
      assertEquals(List.of("OR(AND(ISNUMBER(E5),E5>=0,E5<=100),E5=\"NA\")", "OR(AND(ISNUMBER(F5),F5>=0),F5=\"NA\")"),
          formulas);

      XSSFSheet mass = book.getSheetAt(2);
      assertEquals(List.of("unit", "name", "category", "attributes", "study"), texts(mass, 0),
          "cases applies to no unit of the sheet");
    }
  }

  @Test
  void aFilledTemplateReadsBackWithEveryProblemLocatedByCell() throws IOException {
    byte[] bytes = XlsxTemplate.of(POLICY, UNITS, Q4).selfAssessment(true).bytes();
    byte[] filled;
    try (XSSFWorkbook book = open(bytes)) {
      XSSFSheet gov = book.getSheetAt(1);
      // E study, F self:study, G cases, H self:cases
      assertEquals("self:study", gov.getRow(0).getCell(5).getStringCellValue());
      gov.getRow(4).getCell(4).setCellValue(95.5);
      gov.getRow(4).getCell(5).setCellValue(97);
      gov.getRow(4).getCell(6).setCellValue("NA");
      gov.getRow(5).getCell(4).setCellValue("很好");
      book.getSheetAt(2).getRow(4).getCell(4).setCellValue(80);
      book.getSheetAt(3).getRow(2).getCell(0).setCellValue("G1");
      book.getSheetAt(3).getRow(2).getCell(1).setCellValue("bonus.a");
      book.getSheetAt(3).getRow(2).getCell(2).setCellValue(2);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      filled = out.toByteArray();
    }
    LoadedDataset data = XlsxDataReader.read("t.xlsx", filled);
    assertEquals(List.of("t.xlsx!政府部门!E6: field 'value' = '很好': not a number"),
        data.parseProblems().stream().map(p -> p.toString().replaceAll("(not a number).*", "$1")).toList());
    assertEquals(List.of("G1", "G2", "M1"), data.dataset().units().stream().map(Unit::id).toList(),
        "sheet by sheet");
    assertEquals(2, data.valueCount(), "G1 study 95.5, M1 study 80");
    assertEquals(1, data.notApplicableCount());
    assertEquals(1, data.selfAssessmentCount());
    assertEquals(1, data.eventCount());
  }

  @Test
  void aSheetPerUnitInEnglish() throws IOException {
    try (XSSFWorkbook book = open(XlsxTemplate.of(POLICY, UNITS, Q4).layout(XlsxTemplate.Layout.BY_UNIT)
        .locale(Locale.ENGLISH).bytes())) {
      assertEquals("Instructions,市司法局,市妇联,市水利局,Adjustments", List.of(0, 1, 2, 3, 4).stream()
          .map(book::getSheetName).collect(Collectors.joining(",")));
      assertEquals(List.of("unit", "name", "category", "attributes", "study"), texts(book.getSheetAt(2), 0));
    }
  }

  private static List<String> texts(XSSFSheet sheet, int row) {
    List<String> texts = new ArrayList<>();
    sheet.getRow(row).forEach(cell -> texts.add(cell.getStringCellValue()));
    return texts;
  }
}
