package io.appraisal.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CsvPropertiesTest {
  private static List<List<String>> fields(CsvTable table) {
    return table.records().stream().map(CsvRecord::fields).toList();
  }

  @Property
  void writtenRecordsReadBackUnchanged(@ForAll("records") List<List<String>> records) {
    StringBuilder text = new StringBuilder();
    for (List<String> record : records) {
      text.append(Csv.record(record)).append("\r\n");
    }
    CsvTable table = Csv.parse("t.csv", text);
    assertTrue(table.problems().isEmpty(), () -> table.problems().toString());
    assertEquals(records, fields(table));
  }

  /**
   * Streaming reads through a 65,536-character buffer: records written after a run of padding that puts their quotes,
   * doubled quotes and CRLFs across the buffer's end read back unchanged, with their lines.
   */
  @Property(tries = 50)
  void recordsAcrossTheStreamingBufferReadBackUnchanged(@ForAll("records") List<List<String>> records,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 65_520, max = 65_540) int padding) throws Exception {
    StringBuilder text = new StringBuilder("x".repeat(padding)).append("\r\n");
    List<Long> lines = new ArrayList<>();
    for (List<String> record : records) {
      lines.add(1 + java.util.regex.Pattern.compile("\r\n|\r|\n").matcher(text).results().count());
      text.append(Csv.record(record)).append("\r\n");
    }
    List<CsvRecord> read = new ArrayList<>();
    List<io.appraisal.core.Problem> problems = new ArrayList<>();
    Csv.stream("t.csv", new java.io.StringReader(text.toString()), problems, read::add);
    assertTrue(problems.isEmpty(), problems::toString);
    assertEquals(records, read.stream().skip(1).map(CsvRecord::fields).toList());
    assertEquals(lines, read.stream().skip(1).map(CsvRecord::line).toList());
  }

  @Provide
  Arbitrary<List<List<String>>> records() {
    Arbitrary<String> field = Arbitraries.strings().withChars("ab,\"\r\n 市;").ofMaxLength(6);
    // A record of one empty field would be an empty line, which reads back as one empty field too; fine.
    return field.list().ofMinSize(1).ofMaxSize(5).list().ofMaxSize(6).map(list -> {
      List<List<String>> copy = new ArrayList<>();
      list.forEach(record -> copy.add(List.copyOf(record)));
      return copy;
    });
  }
}
