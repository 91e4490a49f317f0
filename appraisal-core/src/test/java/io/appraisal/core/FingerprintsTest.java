package io.appraisal.core;

import static io.appraisal.core.TestRules.linear;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The canonical forms of docs/PROVENANCE.md: written field by field, one spelling per value. */
class FingerprintsTest {
  private static final Period Q4 = Period.quarter(2022, 4);

  /** Two leaves under a root: a (60 points, scored by {@code ruleOfA}) and b (40 points, weighted). */
  private static Policy policy(RuleSpec ruleOfA, double weightOfB, String category) {
    return Policy.builder("p")
        .category(category, "category")
        .indicators(Indicator.group("root", "root")
            .child(Indicator.leaf("a", "a", ruleOfA).points(60))
            .child(Indicator.leaf("b", "b", linear(0, 100)).points(40).weight(weightOfB))
            .build())
        .build();
  }

  private static Policy policy() {
    return policy(linear(0, 100), 1, "c");
  }

  private static Dataset data(String category, double valueOfU2) {
    return Dataset.builder()
        .unit(Unit.of("U1", "one", "c", "x")).unit(Unit.of("U2", "two", category))
        .value("U1", Q4, "a", 50).value("U2", Q4, "a", valueOfU2)
        .notApplicable("U2", Q4, "b", Origin.CODE)
        .event(new AdjustmentEvent("U1", Q4, "b1", 2, "a note"))
        .build();
  }

  private static String dataHash(Dataset data) {
    return Fingerprints.data(data, List.of(Q4), List.of());
  }

  @Test
  void thePolicyIsWrittenFieldByFieldAsDocumented() {
    assertEquals("""
        policy\tid="p"\tname="p"\tversion="1"\tdescription=""\tscale=100\tselfAssessmentTolerance=Infinity
        rounding\tscale=2\tmode="HALF_UP"
        ranking\tmethod="COMPETITION"
        category\tid="c"\tname="category"
        indicator\tid="root"\tparent=null\tname="root"\tpoints=100\tweight=1\tdirection="HIGHER_IS_BETTER"\t\
        categories=[]\tattributes=[]\taggregation="SUM"\tmissing=null\tmin=null\tmax=null\trule=null\t\
        parameters=null
        indicator\tid="a"\tparent="root"\tname="a"\tpoints=60\tweight=1\tdirection="HIGHER_IS_BETTER"\t\
        categories=[]\tattributes=[]\taggregation=null\tmissing=null\tmin=null\tmax=null\trule="linear"\t\
        parameters={"hi":100,"lo":0}
        indicator\tid="b"\tparent="root"\tname="b"\tpoints=40\tweight=1\tdirection="HIGHER_IS_BETTER"\t\
        categories=[]\tattributes=[]\taggregation=null\tmissing=null\tmin=null\tmax=null\trule="linear"\t\
        parameters={"hi":100,"lo":0}
        adjustments\tbonusCap=Infinity\tdeductionCap=Infinity
        """, Fingerprints.policyText(policy()));
    assertEquals(Hashing.sha256().hashString(Fingerprints.policyText(policy()), StandardCharsets.UTF_8).toString(),
        Fingerprints.policy(policy()), "the hash is the SHA-256 of the UTF-8 text");
  }

  @Test
  void aVetoItemNamesItsEffectAndOtherItemsNone() {
    Policy policy = Policy.builder("p").category("c", "c").indicators(Indicator.leaf("a", "a", linear(0, 1)).build())
        .adjustments(new AdjustmentRules(List.of(AdjustmentItem.bonus("b", "b", 1, 2),
            AdjustmentItem.veto("v", "v", VetoEffect.RANKED_LAST)), 3, 10))
        .build();
    String text = Fingerprints.policyText(policy);
    assertTrue(text.contains("adjustmentItem\tid=\"b\"\tname=\"b\"\tkind=\"BONUS\"\tpointsEach=1\titemCap=2\n"), text);
    assertTrue(text.contains("adjustmentItem\tid=\"v\"\tname=\"v\"\tkind=\"VETO\"\tpointsEach=0\titemCap=Infinity"
        + "\tvetoEffect=\"RANKED_LAST\"\n"), text);
  }

  @Test
  void theDataIsWrittenFieldByFieldInDatasetOrder() {
    Correction correction = new Correction("U1", Q4, Correction.Target.RAW_VALUE, "a", "50.0", "5e1", "typo",
        "auditor", Instant.parse("2023-01-18T07:30:00Z"));
    assertEquals("""
        unit\tid="U1"\tname="one"\tcategory="c"\tattributes=["x"]
        unit\tid="U2"\tname="two"\tcategory="c"\tattributes=[]
        period\tperiod="2022-Q4"
        value\tindicator="a"\tunit="U1"\tvalue=50\tnotApplicable=false\tselfAssessment=null
        value\tindicator="a"\tunit="U2"\tvalue=0.1000000000000000055511151231257827021181583404541015625\t\
        notApplicable=false\tselfAssessment=null
        value\tindicator="b"\tunit="U2"\tvalue=null\tnotApplicable=true\tselfAssessment=null
        event\tunit="U1"\titem="b1"\tcount=2\tnote="a note"
        correction\tunit="U1"\tperiod="2022-Q4"\ttarget="RAW_VALUE"\tindicator="a"\tbefore=50\tafter=50\t\
        reason="typo"\tauthor="auditor"\ttime="2023-01-18T07:30:00Z"
        """, Fingerprints.dataText(data("c", 0.1), List.of(Q4), List.of(correction)));
  }

  @Test
  void stringsAreQuotedAndEscapedSoThatNoFieldCanForgeAnother() {
    Policy tab = Policy.builder("p").name("a\tb=\"c\"\\\n\u0001").category("c", "c")
        .indicators(Indicator.leaf("a", "a", linear(0, 1)).build()).build();
    String first = Fingerprints.policyText(tab).lines().findFirst().orElseThrow();
    assertEquals("policy\tid=\"p\"\tname=\"a\\tb=\\\"c\\\"\\\\\\n\\u0001\"\tversion=\"1\"",
        first.substring(0, first.indexOf("\tdescription")));
  }

  @Test
  void numbersHaveOneSpellingPerValue() {
    assertEquals("0", Fingerprints.number(-0.0));
    assertEquals("0", Fingerprints.number(0.0));
    assertEquals("5", Fingerprints.number(5.0));
    assertEquals("-2.5", Fingerprints.number(-2.5));
    assertEquals("1000000000000000000000", Fingerprints.number(1e21));
    // 0.1 is not a double: the one nearest it is written exactly, so no JDK's shortest-digits choice matters.
    assertEquals("0.1000000000000000055511151231257827021181583404541015625", Fingerprints.number(0.1));
    assertEquals("Infinity", Fingerprints.number(Double.POSITIVE_INFINITY));
    assertEquals("-Infinity", Fingerprints.number(Double.NEGATIVE_INFINITY));
    assertEquals("NaN", Fingerprints.number(Double.longBitsToDouble(0x7ff8_0000_0000_0001L)));
    // An integer, a long and a decimal parameter are the double the engine reads.
    assertEquals(Fingerprints.policy(policy(RuleSpec.of("linear", "lo", 0, "hi", 100L), 1, "c")),
        Fingerprints.policy(policy(RuleSpec.of("linear", "lo", 0.0, "hi", new java.math.BigDecimal("100.00")), 1,
            "c")));
  }

  @Property
  void aNumberIsItsExactValue(@ForAll double value) {
    String written = Fingerprints.number(value);
    if (Double.isFinite(value)) {
      assertEquals(value == 0 ? 0.0 : value, new java.math.BigDecimal(written).doubleValue());
      assertEquals(written, Fingerprints.number(Double.parseDouble(written)));
    }
  }

  /** The canonical spelling of docs/PROVENANCE.md, as the Java reference gives it (and the old implementation did). */
  private static String reference(double value) {
    return new java.math.BigDecimal(value).stripTrailingZeros().toPlainString();
  }

  @Property
  void aNumberIsSpelledAsTheBigDecimalReferenceSpellsIt(@ForAll double value) {
    if (Double.isFinite(value) && value != 0) {
      assertEquals(reference(value), Fingerprints.number(value));
    }
  }

  @Property
  void aDataValueWithFourDecimalsIsSpelledAsTheReferenceSpellsIt(
      @ForAll @net.jqwik.api.constraints.BigRange(min = "-1e9", max = "1e9")
      @net.jqwik.api.constraints.Scale(4) java.math.BigDecimal written) {
    double value = written.doubleValue();
    assertEquals(value == 0 ? "0" : reference(value), Fingerprints.number(value));
  }

  @Test
  void numbersAtTheEdgesOfTheFastPathsAreExact() {
    // 2^63 - 1024 is the largest double below 2^63, printed as a long; 2^63 itself goes through BigDecimal.
    assertEquals("9223372036854774784", Fingerprints.number(0x1.fffffffffffffp62));
    assertEquals("9223372036854775808", Fingerprints.number(0x1p63));
    assertEquals("-9223372036854775808", Fingerprints.number(-0x1p63));
    // 2^-1074, the smallest subnormal: 1074 digits after the point, the last 751 of them significant.
    assertEquals(reference(Double.MIN_VALUE), Fingerprints.number(Double.MIN_VALUE));
    assertEquals(1076, Fingerprints.number(Double.MIN_VALUE).length());
    assertEquals(reference(Double.MAX_VALUE), Fingerprints.number(Double.MAX_VALUE));
    // 0.5 = 5 / 10, 0.0625 = 625 / 10^4: m × 5^k with the point k places from the right.
    assertEquals("0.5", Fingerprints.number(0.5));
    assertEquals("-0.0625", Fingerprints.number(-0.0625));
    // 12.3456 is not a double; the nearest is 6949954944958149 × 2^-49: 49 digits after the point.
    assertEquals("12.3455999999999992411403582082130014896392822265625", Fingerprints.number(12.3456));
  }

  @Test
  void theHashIsTheSha256OfTheUtf8TextWhateverTheCharacters() {
    // Chinese, a surrogate pair, an unpaired surrogate (UTF-8 writes '?') and enough units to fill the 64 KiB
    // buffer several times over: the bytes hashed are the text's UTF-8, however they are buffered.
    Dataset.Builder builder = Dataset.builder();
    for (int u = 0; u < 3000; u++) {
      String name = u % 3 == 0 ? "市水利局" + u : u % 3 == 1 ? "unit \uD83D\uDE00 " + u : "half \uD800 " + u;
      builder.unit(Unit.of("U" + u, name, "c")).value("U" + u, Q4, "a", u / 7.0);
    }
    Dataset data = builder.build();
    String text = Fingerprints.dataText(data, List.of(Q4), List.of());
    assertEquals(Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString(),
        Fingerprints.data(data, List.of(Q4), List.of()));
  }

  @Test
  void minusZeroAndMapOrderDoNotChangeAHash() {
    assertEquals(dataHash(data("c", 0.0)), dataHash(data("c", -0.0)));
    Map<String, Object> loHi = new LinkedHashMap<>();
    loHi.put("lo", 0);
    loHi.put("hi", 100);
    Map<String, Object> hiLo = new LinkedHashMap<>();
    hiLo.put("hi", 100.0);
    hiLo.put("lo", -0.0);
    assertEquals(Fingerprints.policy(policy(new RuleSpec("linear", loHi), 1, "c")),
        Fingerprints.policy(policy(new RuleSpec("linear", hiLo), 1, "c")));
    assertEquals(Fingerprints.policy(policy(new RuleSpec("linear", Map.of("x", Map.of("p", 1, "q", 2))), 1, "c")),
        Fingerprints.policy(policy(new RuleSpec("linear", Map.of("x", Map.of("q", 2, "p", 1))), 1, "c")),
        "nested maps are sorted too");
  }

  @Test
  void criteriaAndEvidenceAreWrittenOnlyWhenGivenSoOtherPoliciesHashAsBefore() {
    Policy described = Policy.builder("p").category("c", "category")
        .indicators(Indicator.group("root", "root")
            .child(Indicator.leaf("a", "a", linear(0, 100)).points(60).criteria("每少一次扣1分，扣完为止"))
            .child(Indicator.leaf("b", "b", linear(0, 100)).points(40).evidence("台账"))
            .build())
        .build();
    List<String> lines = Fingerprints.policyText(described).lines().toList();
    assertTrue(lines.get(5).endsWith("parameters={\"hi\":100,\"lo\":0}\tcriteria=\"每少一次扣1分，扣完为止\""), lines.get(5));
    assertTrue(lines.get(6).endsWith("parameters={\"hi\":100,\"lo\":0}\tevidence=\"台账\""), lines.get(6));
    assertNotEquals(Fingerprints.policy(policy()), Fingerprints.policy(described));
  }

  @Test
  void changingAnyCanonicalFieldsMeaningChangesTheHash() {
    String policy = Fingerprints.policy(policy());
    assertNotEquals(policy, Fingerprints.policy(policy(linear(0, 100), 2, "c")), "a weight");
    assertNotEquals(policy, Fingerprints.policy(policy(linear(0, 90), 1, "c")), "a rule parameter");
    assertNotEquals(policy, Fingerprints.policy(policy(linear(0, 100), 1, "d")), "a category id");
    assertNotEquals(policy, Fingerprints.policy(policy(RuleSpec.of("minmax", "lo", 0, "hi", 100), 1, "c")),
        "a rule type");
    assertNotEquals(Fingerprints.policy(policy(new RuleSpec("linear", Map.of("x", List.of(1, 2))), 1, "c")),
        Fingerprints.policy(policy(new RuleSpec("linear", Map.of("x", List.of(2, 1))), 1, "c")),
        "a list parameter keeps its order");
    String data = dataHash(data("c", 40));
    assertNotEquals(data, dataHash(data("d", 40)), "a unit's category");
    assertNotEquals(data, dataHash(data("c", 40.000000001)), "one value");
  }

  @Test
  void theOrderOfUnitsAndChildrenCountsBecauseTheEngineSumsInThatOrder() {
    Dataset reversed = Dataset.builder()
        .unit(Unit.of("U2", "two", "c")).unit(Unit.of("U1", "one", "c", "x"))
        .value("U1", Q4, "a", 50).value("U2", Q4, "a", 40)
        .notApplicable("U2", Q4, "b", Origin.CODE)
        .event(new AdjustmentEvent("U1", Q4, "b1", 2, "a note"))
        .build();
    assertNotEquals(dataHash(data("c", 40)), dataHash(reversed));
    Policy swapped = Policy.builder("p").category("c", "category")
        .indicators(Indicator.group("root", "root")
            .child(Indicator.leaf("b", "b", linear(0, 100)).points(40))
            .child(Indicator.leaf("a", "a", linear(0, 100)).points(60))
            .build())
        .build();
    assertNotEquals(Fingerprints.policy(policy()), Fingerprints.policy(swapped));
  }

  @Test
  void theHashDoesNotDependOnHowAModelClassPrintsItself() {
    // ValueRange prints integers without ".0" and infinities as ±inf; the canonical form has its own spelling.
    Policy ranged = Policy.builder("p").category("c", "c")
        .indicators(Indicator.leaf("a", "a", linear(0, 1)).range(ValueRange.NON_NEGATIVE).build()).build();
    assertEquals("min=0\tmax=Infinity", Fingerprints.policyText(ranged).lines()
        .filter(line -> line.startsWith("indicator")).findFirst().orElseThrow()
        .replaceAll(".*\t(min=[^\t]*\tmax=[^\t]*)\t.*", "$1"));
  }

  @Test
  void ruleParametersAreDeeplyCopiedAndImmutable() {
    List<Object> bands = new ArrayList<>(List.of(1, 2));
    Map<String, Object> nested = new LinkedHashMap<>(Map.of("bands", bands));
    RuleSpec spec = new RuleSpec("linear", Map.of("lo", 0, "hi", 100, "x", nested));
    String before = Fingerprints.policy(policy(spec, 1, "c"));
    bands.add(3);
    nested.put("more", "y");
    assertEquals(Map.of("bands", List.of(1, 2)), spec.parameters().get("x"));
    assertEquals(before, Fingerprints.policy(policy(spec, 1, "c")));
    @SuppressWarnings("unchecked")
    List<Object> copied = (List<Object>) ((Map<String, Object>) spec.parameters().get("x")).get("bands");
    assertThrows(UnsupportedOperationException.class, () -> copied.add(4));
    IllegalArgumentException notData = assertThrows(IllegalArgumentException.class,
        () -> new RuleSpec("linear", Map.of("x", List.of(new StringBuilder("mutable")))));
    assertEquals("rule parameter linear.x[0] must be a number, string, boolean, list or map but was a"
        + " java.lang.StringBuilder: mutable", notData.getMessage());
  }

  /** The fast spelling of a number equals the stripped exact decimal (0.1 → 0.1000000000000000055511151231257827…). */
  @Property
  void numberIsTheExactDecimalWithoutTrailingZeros(@ForAll double value) {
    String expected = Double.isNaN(value) || Double.isInfinite(value) || value == 0 ? Fingerprints.number(value)
        : new java.math.BigDecimal(value).stripTrailingZeros().toPlainString();
    assertEquals(expected, Fingerprints.number(value));
    assertEquals("100", Fingerprints.number(100));
    assertEquals("0.5", Fingerprints.number(0.5));
  }
}
