package io.appraisal.io.results;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.CompiledPolicy;
import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Period;
import io.appraisal.core.Problem;
import io.appraisal.example.ExampleData;
import io.appraisal.io.DatasetJson;
import io.appraisal.io.LoadedDataset;
import io.appraisal.io.TestFiles;
import io.appraisal.rules.BuiltInRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON files of the bundled example, byte for byte: the SHA-256 of each was taken from the hand-written token
 * writers the databind writers replaced (and taken again when the example's policy got its Chinese name and
 * description, and again when its indicator names became Chinese), so a change of layout, key order or number form fails here (the library version in the provenance is
 * {@code DEVELOPMENT} outside a jar).
 */
class JsonBytesTest {
  private static final CompiledPolicy POLICY =
      AppraisalEngine.builder().rules(BuiltInRules.registry()).build().compile(ExampleData.policy());

  @Test
  void theRankingOfAQuarterWithACorrectionAndOfTheYear() {
    LoadedDataset data = ExampleData.load();
    // Hashes taken from a run from classes, whose library version is DEVELOPMENT; a packaged run names its own.
    assertAll(() -> assertEquals("b4fdb6b66be80a76cb7793782c442e78c26086a00feedc22f65a4dfd422f803e",
        sha256(RankingJson.bytes(ProvenanceGoldenTest.withVersion(PublishedRanking.of(RankingReport.withPrevious(
            POLICY, data.dataset(), data.evaluate(POLICY, Period.parse("2022-Q2")))), "DEVELOPMENT"))), "2022-Q2"),
        () -> assertEquals("b186b98a268876a9895e7e327991a3ccaa58b0becfac9c8af14d29bd7b34c471",
            sha256(RankingJson.bytes(ProvenanceGoldenTest.withVersion(PublishedRanking.of(RankingReport.withPrevious(
                POLICY, data.dataset(), data.evaluate(POLICY, Period.year(2022)))).withFrozen(true), "DEVELOPMENT"))),
            "2022"));
  }

  @Test
  void theDatasetWithItsCorrectionLog() {
    LoadedDataset data = ExampleData.load();
    assertEquals("c7bee99e16de0f41b726a7a2cf755a58150c625789df629a8fc368ff32699cba",
        sha256(DatasetJson.bytes(data.dataset(), data.correctionLog())));
  }

  @Test
  void aFrozenResultMarkerReadsBackAsWritten(@TempDir Path dir) throws Exception {
    FrozenResult marker = new FrozenResult("2022-Q2", "p", "d", "i",
        FrozenResult.entries(ExampleData.load().corrections().entries()));
    assertEquals("b25f1ddc298a2963cb53edf5be78c9b5379d95e37a73667264d6da0e2de7a1fa", sha256(marker.bytes()));
    Path file = Files.write(dir.resolve("ranking-2022-Q2.frozen"), marker.bytes());
    assertEquals(marker, FrozenResult.read(file));
  }

  @Test
  void aMarkerWithAFieldMissingNamesItByItsPath(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("m.frozen"), "{\"format\": \"appraisal-frozen\", \"formatVersion\": 1,"
        + " \"period\": \"2022-Q2\", \"policySha256\": \"p\", \"dataSha256\": \"d\", \"inputSha256\": \"i\","
        + " \"corrections\": [{\"unit\": \"G12\"}]}");
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> FrozenResult.read(file));
    assertEquals(List.of(new Problem(file.toString(), 0, "corrections[0].period", "",
        "missing, null or of the wrong type")), TestFiles.plain(e.problems()));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
