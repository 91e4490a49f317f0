package io.appraisal.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.core.Problem;
import io.appraisal.io.TestFiles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
  private static List<List<String>> fields(CsvTable table) {
    return table.records().stream().map(CsvRecord::fields).toList();
  }

  @Test
  void readsQuotesEmbeddedCommasAndDoubledQuotes() {
    CsvTable table = Csv.parse("t.csv", "a,\"b,c\",\"say \"\"hi\"\"\",\n\"\",x\n");
    assertEquals(List.of(List.of("a", "b,c", "say \"hi\"", ""), List.of("", "x")), fields(table));
    assertEquals(List.of(), table.problems());
  }

  @Test
  void crlfLfAndLoneCrEndRecords() {
    CsvTable table = Csv.parse("t.csv", "a,b\r\nc,d\ne,f\rg,h");
    assertEquals(List.of(List.of("a", "b"), List.of("c", "d"), List.of("e", "f"), List.of("g", "h")), fields(table));
    assertEquals(List.of(1L, 2L, 3L, 4L), table.records().stream().map(CsvRecord::line).toList());
  }

  @Test
  void aQuotedLineBreakStaysInTheFieldAndLinesKeepCounting() {
    CsvTable table = Csv.parse("t.csv", "h1,h2\r\n\"two\r\nlines\",x\r\nnext,y\r\n");
    assertEquals(List.of(List.of("h1", "h2"), List.of("two\r\nlines", "x"), List.of("next", "y")), fields(table));
    assertEquals(List.of(1L, 2L, 4L), table.records().stream().map(CsvRecord::line).toList());
  }

  @Test
  void skipsAUtf8ByteOrderMark() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "id,name\nP01,市委办公室\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(text, 0, bytes, bom.length, text.length);
    CsvTable withBom = Csv.read("t.csv", bytes);
    CsvTable without = Csv.read("t.csv", text);
    assertEquals(List.of(List.of("id", "name"), List.of("P01", "市委办公室")), fields(withBom));
    assertEquals(fields(without), fields(withBom));
  }

  @Test
  void invalidUtf8IsAProblemAtItsLine() {
    byte[] gbk = "id,name\nP01,".getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[gbk.length + 2];
    System.arraycopy(gbk, 0, bytes, 0, gbk.length);
    bytes[gbk.length] = (byte) 0xCA; // 市 in GBK: not UTF-8
    bytes[gbk.length + 1] = (byte) 0xD0;
    CsvTable table = Csv.read("units.csv", bytes);
    assertEquals(List.of(new Problem("units.csv", 2, "", "",
        "the file is not valid UTF-8 (byte 13); save it as CSV UTF-8")), TestFiles.plain(table.problems()));
  }

  @Test
  void reportsAnUnterminatedQuoteAtTheLineItOpened() {
    CsvTable table = Csv.parse("t.csv", "a,b\n\"open,c\nd,e\n");
    assertEquals(List.of(new Problem("t.csv", 2, "", "",
        "a quoted field is never closed: the quote opened on line 2 has no closing quote")), TestFiles.plain(table.problems()));
  }

  @Test
  void reportsStrayQuotes() {
    CsvTable table = Csv.parse("t.csv", "a,b\"c\n\"d\"e,f\n");
    assertEquals(List.of(
        new Problem("t.csv", 1, "", "",
            "a quote inside an unquoted field; enclose the field in quotes and write the quote twice"),
        new Problem("t.csv", 2, "", "",
            "text after the closing quote of a quoted field; write a quote inside a quoted field twice")),
        TestFiles.plain(table.problems()));
    assertEquals(List.of(List.of("a", "b\"c"), List.of("de", "f")), fields(table));
  }

  @Test
  void blankRecordsAreRecognised() {
    CsvTable table = Csv.parse("t.csv", "a,b\n\n,,\n");
    assertEquals(List.of(false, true, true), table.records().stream().map(CsvRecord::isBlank).toList());
  }

  @Test
  void quotesOnlyWhatNeedsQuoting() {
    assertEquals("plain", Csv.field("plain"));
    assertEquals("\"a,b\"", Csv.field("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", Csv.field("say \"hi\""));
    assertEquals("\"two\nlines\"", Csv.field("two\nlines"));
    assertEquals("市委办公室", Csv.field("市委办公室"));
  }
}
