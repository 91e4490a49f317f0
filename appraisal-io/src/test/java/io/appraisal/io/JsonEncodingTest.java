package io.appraisal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Problem;
import io.appraisal.io.results.FrozenResult;
import io.appraisal.io.results.RankingJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON files are UTF-8. Zero bytes near the start make Jackson guess UTF-16 or UTF-32 (and fail outright on the
 * byte orders 2143 and 3412, which the fuzzer found): every JSON reader turns that into a located problem.
 */
class JsonEncodingTest {
  /** {@code 00 7B 00 00}: what Jackson takes for UCS-4 in the unsupported byte order 3412. */
  private static final byte[] ODD_UCS4 = {0, '{', 0, 0, '"', 'a', '"', ':', '1', '}'};

  @Test
  void aDataFileWithZeroBytesIsOneProblemAskingForUtf8() {
    List<Problem> problems = DatasetJson.read("d.json", ODD_UCS4).parseProblems();
    assertEquals(1, problems.size(), problems::toString);
    assertEquals("problem.io.json.zero-bytes", problems.get(0).key());
    assertEquals("d.json", problems.get(0).source());
    assertEquals(1, problems.get(0).line());
  }

  @Test
  void aUtf16DataFileIsOneProblemNamingItsEncoding() {
    byte[] utf16 = "{\"format\": \"appraisal-dataset\"}".getBytes(StandardCharsets.UTF_16); // with its BOM FE FF
    List<Problem> problems = DatasetJson.read("d.json", utf16).parseProblems();
    assertEquals(1, problems.size(), problems::toString);
    assertEquals("problem.io.json.wide", problems.get(0).key());
    assertEquals(List.of("UTF-16"), problems.get(0).arguments());
  }

  @Test
  void aUtf32ByteOrderMarkIsNamed() {
    byte[] utf32 = {(byte) 0xFF, (byte) 0xFE, 0, 0, '{', 0, 0, 0, '}', 0, 0, 0};
    List<Problem> problems = DatasetJson.read("d.json", utf32).parseProblems();
    assertEquals("problem.io.json.wide", problems.get(0).key());
    assertEquals(List.of("UTF-32"), problems.get(0).arguments());
  }

  @Test
  void aRankingWithZeroBytesIsInvalidInputNotACrash() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> RankingJson.read("r.json", ODD_UCS4));
    assertEquals("problem.io.invalid-json", e.problems().get(0).key());
  }

  @Test
  void aMarkerWithZeroBytesIsInvalidInputNotACrash(@TempDir Path dir) throws Exception {
    Path marker = Files.write(dir.resolve("marker.json"), ODD_UCS4);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> FrozenResult.read(marker));
    assertEquals("problem.io.frozen.invalid", e.problems().get(0).key());
  }
}
