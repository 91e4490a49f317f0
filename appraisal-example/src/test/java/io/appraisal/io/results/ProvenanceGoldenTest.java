package io.appraisal.io.results;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.hash.Hashing;
import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.CompiledPolicy;
import io.appraisal.core.Period;
import io.appraisal.core.Provenance;
import io.appraisal.example.ExampleData;
import io.appraisal.io.LoadedDataset;
import io.appraisal.rules.BuiltInRules;
import org.junit.jupiter.api.Test;

/**
 * Pins the provenance of the bundled example's 2022-Q4 result and the SHA-256 of its JSON file, so that a change to
 * the canonical forms (docs/PROVENANCE.md), to the example or to the result format cannot pass unnoticed. When one
 * of them changes on purpose, update the pins here and say why in the commit: published hashes of unchanged inputs
 * change with it.
 */
class ProvenanceGoldenTest {
  static final String POLICY_SHA256 = "3f32d59c849d4934c0d0a5e97d243cfaa4b98baa1b197ff2e8f2245ff18bfc73";
  static final String DATA_SHA256 = "78fd2c24482b5b00497bef53b7bd5bcd9d1c1ad9d74f841715779d4d852162a4";
  /** The JSON result with libraryVersion written as {@value #PINNED_VERSION}, which the build would change. */
  static final String JSON_SHA256 = "9eaecbad169db4ebf25e92fb8d8f30a3540d4a208200efb8cb0635aa5ae17be4";
  static final String PINNED_VERSION = "pinned";

  @Test
  void theExamplesPolicyDataAndResultHashAsPinned() {
    CompiledPolicy policy =
        AppraisalEngine.builder().rules(BuiltInRules.registry()).build().compile(ExampleData.policy());
    LoadedDataset data = ExampleData.load();
    AppraisalResult result = data.evaluate(policy, Period.parse("2022-Q4"));
    Provenance provenance = result.provenance();
    assertEquals(Provenance.currentLibraryVersion(), provenance.libraryVersion());

    PublishedRanking published = PublishedRanking.of(
        RankingReport.withPrevious(policy, data.dataset(), data.correctionLog(), result));
    String json = Hashing.sha256().hashBytes(RankingJson.bytes(withVersion(published, PINNED_VERSION))).toString();
    assertAll(() -> assertEquals(POLICY_SHA256, provenance.policySha256(), "policy"),
        () -> assertEquals(DATA_SHA256, provenance.dataSha256(), "data"),
        () -> assertEquals(JSON_SHA256, json, "the JSON result"));
  }

  /**
   * The ranking as written under {@code version}: the JSON names the library version, which differs between a run
   * from classes ({@code DEVELOPMENT}) and from the packaged jars ({@code mvn verify}), so pinned bytes fix it.
   */
  static PublishedRanking withVersion(PublishedRanking published, String version) {
    PublishedRanking.ProvenanceRef provenance = published.provenance();
    return new PublishedRanking(published.format(), published.formatVersion(), published.policy(),
        published.period(), published.previousPeriod(), published.scale(), published.rounding(),
        published.rankingMethod(), new PublishedRanking.ProvenanceRef(provenance.policySha256(),
            provenance.dataSha256(), version),
        published.frozen(), published.categories(), published.units(), published.notes());
  }
}
