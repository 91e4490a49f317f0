package io.appraisal.rules;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.appraisal.core.Aggregation;
import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.Dataset;
import io.appraisal.core.Indicator;
import io.appraisal.core.Note;
import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import io.appraisal.core.Rounding;
import io.appraisal.core.RuleSpec;
import io.appraisal.core.Unit;
import io.appraisal.core.UnitResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The engine reproduces the published UNDP Human Development Index 2022 (Human Development Report 2023/24) of all
 * 193 countries exactly at 3 decimals, and the published ranks.
 *
 * <p>Method (HDR 2023/24 technical notes): dimension indices {@code (x − min) / (max − min)} with fixed goalposts,
 * a value beyond the maximum capped at the maximum: life expectancy 20..85, expected years of schooling 0..18, mean
 * years of schooling 0..15, GNI per capita (2017 PPP $) on a log scale ln 100..ln 75,000. Education is the mean of
 * the two schooling indices; the HDI is the geometric mean of the health, education and income indices, published at
 * 3 decimals half up.
 *
 * <p>Ranks: the published ranks are competition ranks of the published 3-decimal values, which the engine's default
 * ranking gives: equal values share the best rank and the next ranks are skipped. There are 26 groups of tied values
 * in 2022, for example Belgium, Finland and Liechtenstein all at 0.942 share rank 12, and the next country, at 0.940,
 * (the United Kingdom) is ranked 15.
 *
 * <p>The CSV writes the published values without trailing zeros (0.76 for Azerbaijan's 0.760), so they are compared
 * at scale 3.
 */
class HdiReproductionTest {
  private static final Period YEAR = Period.year(2022);
  private static final AppraisalEngine ENGINE = AppraisalEngine.builder().rules(BuiltInRules.registry()).build();

  static Policy hdiPolicy() {
    Indicator education = Indicator.group("education", "Education index")
        .aggregation(Aggregation.ARITHMETIC_MEAN)
        .child(Indicator.leaf("eys", "Expected years of schooling",
            RuleSpec.of("goalposts", "lower", 0, "upper", 18)))
        .child(Indicator.leaf("mys", "Mean years of schooling",
            RuleSpec.of("goalposts", "lower", 0, "upper", 15)))
        .build();
    Indicator root = Indicator.group("hdi", "Human Development Index")
        .aggregation(Aggregation.GEOMETRIC_MEAN)
        .child(Indicator.leaf("le", "Life expectancy at birth (health index)",
            RuleSpec.of("goalposts", "lower", 20, "upper", 85)))
        .child(education)
        .child(Indicator.leaf("gnipc", "GNI per capita, 2017 PPP $ (income index)",
            RuleSpec.of("goalposts", "lower", 100, "upper", 75000, "transform", "ln")))
        .build();
    return Policy.builder("undp-hdi")
        .name("UNDP Human Development Index (HDR 2023/24 method)")
        .category("countries", "Countries")
        .indicators(root)
        .scale(1)
        .rounding(Rounding.of(3, RoundingMode.HALF_UP))
        .build();
  }

  @Test
  void reproducesEveryPublishedHdiAndRankOf2022() {
    List<Map<String, String>> rows = RefData.read("hdi.csv");
    assertEquals(193, rows.size());
    Dataset.Builder data = Dataset.builder().source("hdi.csv");
    for (Map<String, String> row : rows) {
      String iso = row.get("iso3");
      data.unit(Unit.of(iso, row.get("country"), "countries"));
      for (String indicator : List.of("le", "eys", "mys", "gnipc")) {
        data.value(iso, YEAR, indicator, Double.parseDouble(row.get(indicator)));
      }
    }
    AppraisalResult result = ENGINE.evaluate(hdiPolicy(), data.build(), YEAR);

    Map<String, UnitResult> byId =
        result.ranking().stream().collect(Collectors.toMap(UnitResult::id, Function.identity()));
    assertAll(rows.stream().map(row -> (Executable) () -> {
      UnitResult unit = byId.get(row.get("iso3"));
      assertEquals(new BigDecimal(row.get("hdi_published")).setScale(3), unit.published(), row.get("country"));
      assertEquals(Double.parseDouble(row.get("rank_published")), unit.rank(), row.get("country") + " rank");
    }));

    // A three-way tie: 0.942 shares rank 12; the next value (0.940, Singapore) (the United Kingdom) is ranked 15.
    for (String tied : List.of("BEL", "FIN", "LIE")) {
      assertEquals(new BigDecimal("0.942"), byId.get(tied).published(), tied);
      assertEquals(12, byId.get(tied).rank(), tied);
    }
    assertEquals(15, byId.get("GBR").rank());
  }

  @Test
  void aPanelRanksEachYearsCountriesAndListsTheOthers() {
    // A panel made from the 2022 file: every country in 2022; in 2021 only the countries whose code starts with A
    // to M (same values), and a made-up country LFT ("left") that is in 2021 only. 2022 reproduces every published
    // value and rank with LFT absent; 2021 ranks the A..M countries and LFT and lists the others as absent.
    List<Map<String, String>> rows = RefData.read("hdi.csv");
    Period earlier = Period.year(2021);
    Dataset.Builder data = Dataset.builder().source("hdi.csv").unit(Unit.of("LFT", "Left after 2021", "countries"));
    int inEarlier = 1;
    for (Map<String, String> row : rows) {
      String iso = row.get("iso3");
      data.unit(Unit.of(iso, row.get("country"), "countries"));
      boolean early = iso.compareTo("N") < 0;
      inEarlier += early ? 1 : 0;
      for (String indicator : List.of("le", "eys", "mys", "gnipc")) {
        data.value(iso, YEAR, indicator, Double.parseDouble(row.get(indicator)));
        if (early) {
          data.value(iso, earlier, indicator, Double.parseDouble(row.get(indicator)));
        }
      }
    }
    for (String indicator : List.of("le", "eys", "mys", "gnipc")) {
      data.value("LFT", earlier, indicator, Double.parseDouble(rows.get(0).get(indicator))); // Afghanistan's
    }
    Dataset panel = data.build();

    AppraisalResult result = ENGINE.evaluate(hdiPolicy(), panel, YEAR);
    assertEquals(193, result.size());
    assertEquals(List.of(Note.keyed("LFT", "", Note.Kind.ABSENT, "note.text.absent", "2022")), result.notes());
    assertAll(rows.stream().map(row -> (Executable) () -> {
      UnitResult unit = result.unit(row.get("iso3")).orElseThrow();
      assertEquals(new BigDecimal(row.get("hdi_published")).setScale(3), unit.published(), row.get("country"));
      assertEquals(Double.parseDouble(row.get("rank_published")), unit.rank(), row.get("country") + " rank");
    }));

    AppraisalResult before = ENGINE.evaluate(hdiPolicy(), panel, earlier);
    assertEquals(inEarlier, before.size());
    assertEquals(194 - inEarlier, before.notes().stream().filter(n -> n.kind() == Note.Kind.ABSENT).count());
    assertEquals(result.unit("AFG").orElseThrow().published(), before.unit("AFG").orElseThrow().published());
    assertEquals(before.unit("AFG").orElseThrow().published(), before.unit("LFT").orElseThrow().published());
  }

  @Test
  void afghanistanByHand() {
    // Afghanistan 2022: le 62.879, eys 10.70538475, mys 2.514790058, gnipc 1335.205733.
    // health (62.879 − 20) / 65 = 0.659677; education (10.70538475 / 18 + 2.514790058 / 15) / 2
    // = (0.594744 + 0.167653) / 2 = 0.381198; income ln(1335.205733 / 100) / ln(750) = 2.591670 / 6.620073
    // = 0.391487; HDI = (0.659677 × 0.381198 × 0.391487)^(1/3) = 0.098446^(1/3) = 0.461742 → 0.462 (published).
    Dataset data = Dataset.builder()
        .unit(Unit.of("AFG", "Afghanistan", "countries"))
        .value("AFG", YEAR, "le", 62.879)
        .value("AFG", YEAR, "eys", 10.70538475)
        .value("AFG", YEAR, "mys", 2.514790058)
        .value("AFG", YEAR, "gnipc", 1335.205733)
        .build();
    UnitResult afghanistan = ENGINE.evaluate(hdiPolicy(), data, YEAR).unit("AFG").orElseThrow();
    assertEquals(0.461742, afghanistan.composite(), 5e-7);
    assertEquals(new BigDecimal("0.462"), afghanistan.published());
  }
}
