package io.appraisal.core;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SHA-256 of canonical forms: every field that can change a result, in a fixed order, numbers written by {@link
 * Double#toString} so that equal values always hash alike. Independent of file formats: a policy read from YAML
 * and the same policy built in Java hash the same.
 */
final class Fingerprints {
  private Fingerprints() {}

  static String policy(Policy policy) {
    Hasher h = Hashing.sha256().newHasher();
    line(h, "policy", policy.id(), policy.name(), policy.version(), policy.description(), policy.scale(),
        policy.rounding(), policy.ranking(), policy.selfAssessmentTolerance());
    policy.categories().forEach(c -> line(h, "category", c.id(), c.name()));
    policy.indicators().forEach(i -> line(h, "indicator", i.id(), i.name(), i.points(), i.weight(),
        i.direction(), i.applicability(), i.aggregation(), i.missing().orElse(null), i.range().orElse(null),
        i.children().stream().map(Indicator::id).toList(),
        i.rule().map(r -> r.type() + canonical(r.parameters())).orElse("")));
    AdjustmentRules adjustments = policy.adjustments();
    line(h, "adjustments", adjustments.bonusCap(), adjustments.deductionCap(), adjustments.vetoRanksLast());
    adjustments.items().forEach(item -> line(h, "item", item.id(), item.name(), item.kind(), item.pointsEach(),
        item.itemCap()));
    policy.grades().ifPresent(g -> line(h, "grades", g.bands(), g.lowest(), g.quotaRounding(), g.quotaTies()));
    policy.annual().ifPresent(a -> line(h, "annual", a.quarterWeight(), a.quarterValue(), a.components(),
        a.missingQuarter()));
    return h.hash().toString();
  }

  static String data(Dataset data, List<Period> periods, List<Correction> corrections) {
    Hasher h = Hashing.sha256().newHasher();
    data.units().stream().sorted(Comparator.comparing(Unit::id))
        .forEach(u -> line(h, "unit", u.id(), u.name(), u.category(), u.attributes()));
    for (Period period : periods) {
      data.indicators(period).forEach(indicator -> data.units().stream().map(Unit::id).sorted().forEach(unit -> {
        String value = data.value(unit, period, indicator).stream().mapToObj(Double::toString).findFirst()
            .orElse(data.isNotApplicable(unit, period, indicator) ? "NA" : "");
        String self = data.selfAssessment(unit, period, indicator).stream().mapToObj(Double::toString)
            .findFirst().orElse("");
        if (!value.isEmpty() || !self.isEmpty()) {
          line(h, "value", period, indicator, unit, value, self);
        }
      }));
      data.events().stream().filter(e -> e.period().equals(period))
          .map(e -> String.join("|", e.unit(), e.item(), Integer.toString(e.count()), e.note()))
          .sorted().forEach(e -> line(h, "event", period, e));
    }
    corrections.forEach(c -> line(h, "correction", c.unit(), c.period(), c.target(), c.indicator(), c.before(),
        c.after(), c.reason(), c.author(), c.time()));
    return h.hash().toString();
  }

  static String libraryVersion() {
    String version = Fingerprints.class.getPackage().getImplementationVersion();
    return version == null ? "DEVELOPMENT" : version;
  }

  private static void line(Hasher h, String kind, Object... fields) {
    StringBuilder out = new StringBuilder(kind);
    for (Object field : fields) {
      out.append('\t').append(field instanceof Map<?, ?> map ? canonical(map) : String.valueOf(field));
    }
    h.putString(out.append('\n'), StandardCharsets.UTF_8);
  }

  /** Maps with sorted keys, recursively, so parameter order in a file does not change the hash. */
  private static String canonical(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, String> sorted = new TreeMap<>();
      map.forEach((k, v) -> sorted.put(String.valueOf(k), canonical(v)));
      return sorted.toString();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(Fingerprints::canonical).toList().toString();
    }
    if (value instanceof Number number) {
      return Double.toString(number.doubleValue());
    }
    return String.valueOf(value);
  }
}
