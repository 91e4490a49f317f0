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
