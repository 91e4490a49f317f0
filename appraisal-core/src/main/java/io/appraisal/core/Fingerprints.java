package io.appraisal.core;

import com.google.common.collect.ImmutableSortedSet;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * SHA-256 of the canonical forms of a policy and of input data, as specified field by field in docs/PROVENANCE.md:
 * UTF-8 lines {@code kind<TAB>name=value<TAB>…<LF>}, every field written by name in a fixed order, so that neither
 * {@code toString()} of a model class nor the order of a hash map reaches a published hash. Independent of file
 * formats: a policy read from YAML and the same policy built in Java hash the same.
 */
final class Fingerprints {
  private Fingerprints() {}

  static String policy(Policy policy) {
    Sha256 sha = new Sha256();
    policy(policy, sha);
    return sha.hex();
  }

  static String data(Dataset data, List<Period> periods, List<Correction> corrections) {
    Sha256 sha = new Sha256();
    data(data, periods, corrections, sha);
    return sha.hex();
  }

  /** The canonical text of a policy, whose SHA-256 is {@link #policy(Policy)}: for tests and the docs. */
  static String policyText(Policy policy) {
    StringBuilder text = new StringBuilder();
    policy(policy, text::append);
    return text.toString();
  }

  /** The canonical text of input data, whose SHA-256 is {@link #data}: for tests and the docs. */
  static String dataText(Dataset data, List<Period> periods, List<Correction> corrections) {
    StringBuilder text = new StringBuilder();
    data(data, periods, corrections, text::append);
    return text.toString();
  }

  private static void policy(Policy policy, Consumer<CharSequence> out) {
    Line line = new Line(out, "policy").field("id", policy.id()).field("name", policy.name())
        .field("version", policy.version()).field("description", policy.description())
        .field("scale", policy.scale()).field("selfAssessmentTolerance", policy.selfAssessmentTolerance());
    // Written only when set, so that the hashes of unsigned policies are unchanged.
    if (policy.signed()) {
      line.field("signed", true);
    }
    line.end();
    if (policy.minCoverage() > 0) {
      // Only when screening is on, so that the fingerprints of policies without it stay as they were.
      new Line(out, "missing").field("minCoverage", policy.minCoverage()).end();
    }
    new Line(out, "rounding").field("scale", policy.rounding().scale())
        .field("mode", policy.rounding().mode()).end();
    new Line(out, "ranking").field("method", policy.ranking().method()).end();
    policy.ranking().tieBreaks().forEach(t -> new Line(out, "tieBreak").field("key", t.key())
        .field("indicator", t.indicator()).end());
    policy.categories().forEach(c -> new Line(out, "category").field("id", c.id()).field("name", c.name()).end());
    indicator(policy.root(), null, out);
    AdjustmentRules adjustments = policy.adjustments();
    new Line(out, "adjustments").field("bonusCap", adjustments.bonusCap())
        .field("deductionCap", adjustments.deductionCap()).end();
    adjustments.items().forEach(item -> {
      Line itemLine = new Line(out, "adjustmentItem").field("id", item.id()).field("name", item.name())
          .field("kind", item.kind()).field("pointsEach", item.pointsEach()).field("itemCap", item.itemCap());
      item.vetoEffect().ifPresent(effect -> itemLine.field("vetoEffect", effect));
      itemLine.end();
    });
    policy.grades().ifPresent(g -> {
      new Line(out, "grades").field("lowest", g.lowest()).field("quotaRounding", g.quotaRounding())
          .field("quotaTies", g.quotaTies()).end();
      if (g.twoSided()) {
        new Line(out, "gradeTarget").field("target", g.target()).end();
      }
      g.bands().forEach(band -> new Line(out, "grade").field("name", band.name())
          .field("minScore", band.minScore()).field("quota", band.quota()).end());
    });
    policy.annual().ifPresent(a -> {
      new Line(out, "annual").field("quarterWeight", a.quarterWeight()).field("quarterValue", a.quarterValue())
          .field("missingQuarter", a.missingQuarter()).end();
      a.components().forEach(c -> new Line(out, "yearEndComponent").field("id", c.id()).field("name", c.name())
          .field("weight", c.weight()).field("min", c.range().min()).field("max", c.range().max()).end());
    });
    policy.panels().forEach((indicator, p) -> new Line(out, "panel").field("indicator", indicator)
        .field("method", p.method()).field("trim", p.trim()).field("minRaters", p.minRaters())
        .field("groups", p.groups()).field("outlierMads", p.outlierMads()).field("showRaterIds", p.showRaterIds())
        .end());
    policy.recommendation().ifPresent(r -> new Line(out, "recommendation").field("top", r.top())
        .field("mustPass", r.mustPass()).field("mustPassRate", r.mustPassRate())
        .field("conditionIfSelfAssessmentFlagged", r.conditionIfSelfAssessmentFlagged())
        .field("conditionIfDeduction", r.conditionIfDeduction())
        .field("conditionIfScoreBelow", r.conditionIfScoreBelow()).end());
  }

  /** The tree in pre-order, each node naming its parent: children keep their order (it is the summation order). */
  private static void indicator(Indicator node, String parent, Consumer<CharSequence> out) {
    RuleSpec rule = node.rule().orElse(null);
    ValueRange range = node.range().orElse(null);
    Line line = new Line(out, "indicator").field("id", node.id()).field("parent", parent).field("name", node.name())
        .field("points", node.points()).field("weight", node.weight()).field("direction", node.direction())
        .field("categories", node.applicability().categories())
        .field("attributes", node.applicability().attributes())
        .field("aggregation", node.isLeaf() || node.expression().isPresent() ? null : node.aggregation())
        .field("missing", node.missing().orElse(null))
        .field("min", range == null ? null : range.min()).field("max", range == null ? null : range.max())
        .field("rule", rule == null ? null : rule.type())
        .field("parameters", rule == null ? null : rule.parameters());
    // Written only for derived nodes, so that the hashes of policies without them are unchanged.
    node.expression().ifPresent(expression -> line.field("expression", expression));
    // Written only when not quarterly, for the same reason.
    if (node.frequency() != Frequency.QUARTERLY) {
      line.field("frequency", node.frequency());
    }
    // Likewise written only when given: the published criteria and evidence texts are part of the policy.
    node.criteria().ifPresent(criteria -> line.field("criteria", criteria));
    node.evidence().ifPresent(evidence -> line.field("evidence", evidence));
    line.end();
    // A line of its own, only when there is one, so that the hashes of policies without denominators stay as they were.
    node.denominator().ifPresent(d -> new Line(out, "denominator").field("indicator", node.id())
        .field("input", d.input()).field("per", d.per()).end());
    node.children().forEach(child -> indicator(child, node.id(), out));
  }

  private static void data(Dataset data, List<Period> periods, List<Correction> corrections,
      Consumer<CharSequence> out) {
    data.units().forEach(u -> new Line(out, "unit").field("id", u.id()).field("name", u.name())
        .field("category", u.category()).field("attributes", u.attributes()).end());
    for (Period period : ImmutableSortedSet.copyOf(periods)) {
      new Line(out, "period").field("period", period.toString()).end();
      ImmutableSortedSet<String> indicators = ImmutableSortedSet.<String>naturalOrder()
          .addAll(data.indicators(period)).addAll(data.selfAssessedIndicators(period)).build();
      for (String indicator : indicators) {
        Dataset.Column values = data.column(period, indicator);
        Dataset.Column selves = data.selfColumn(period, indicator);
        for (int u = 0; u < data.size(); u++) {
          double value = values == null ? Double.NaN : values.values[u];
          boolean notApplicable = values != null && values.notApplicable.get(u);
          double self = selves == null ? Double.NaN : selves.values[u];
          if (!Double.isNaN(value) || notApplicable || !Double.isNaN(self)) {
            new Line(out, "value").field("indicator", indicator).field("unit", data.units().get(u).id())
                .numberOrNull("value", value)
                .field("notApplicable", notApplicable)
                .numberOrNull("selfAssessment", self).end();
          }
        }
      }
      data.events().stream().filter(e -> e.period().equals(period)).forEach(e -> new Line(out, "event")
          .field("unit", e.unit()).field("item", e.item()).field("count", e.count()).field("note", e.note())
          .end());
    }
    for (Correction c : corrections) {
      boolean numbers = c.target() != Correction.Target.GRADE;
      new Line(out, "correction").field("unit", c.unit()).field("period", c.period().toString())
          .field("target", c.target()).field("indicator", c.indicator())
          .field("before", numbers ? (Object) c.beforeValue() : c.before())
          .field("after", numbers ? (Object) c.afterValue() : c.after())
          .field("reason", c.reason()).field("author", c.author()).field("time", c.time().toString()).end();
    }
  }

  /**
   * One number, one spelling: the exact decimal value of the double, plain, without trailing zeros or a trailing
   * point ({@code 5}, {@code 0.1000000000000000055511151231257827021181583404541015625}), so that no JDK's choice
   * of shortest digits matters; {@code -0} is {@code 0}; {@code Infinity}, {@code -Infinity} and {@code NaN}.
   */
  static String number(double value) {
    StringBuilder text = new StringBuilder();
    ExactDecimal.append(value, text);
    return text.toString();
  }

  /**
   * The SHA-256 of the lines handed to it as UTF-8: ASCII (nearly every line of a big dataset) is copied into a
   * buffer digested in blocks, anything else encoded by {@link String#getBytes}, so the bytes are those of {@code
   * line.toString().getBytes(UTF_8)} without a string and an array per line.
   */
  private static final class Sha256 implements Consumer<CharSequence> {
    private final MessageDigest digest;
    private final byte[] buffer = new byte[1 << 16];
    private int used;

    Sha256() {
      try {
        digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java platform has SHA-256", e);
      }
    }

    @Override
    public void accept(CharSequence line) {
      int length = line.length();
      for (int i = 0; i < length; i++) {
        char c = line.charAt(i);
        if (c >= 0x80) {
          // Split before the first non-ASCII character: a surrogate pair is never cut.
          flush();
          digest.update(line.subSequence(i, length).toString().getBytes(StandardCharsets.UTF_8));
          return;
        }
        if (used == buffer.length) {
          flush();
        }
        buffer[used++] = (byte) c;
      }
    }

    private void flush() {
      digest.update(buffer, 0, used);
      used = 0;
    }

    String hex() {
      flush();
      return HexFormat.of().formatHex(digest.digest());
    }
  }

  /** One line of the canonical form: a kind, then named fields, tab-separated, ended by a line feed. */
  private static final class Line {
    private final Consumer<CharSequence> out;
    private final StringBuilder text;

    Line(Consumer<CharSequence> out, String kind) {
      this.out = out;
      this.text = new StringBuilder(128).append(kind);
    }

    Line field(String name, Object value) {
      text.append('\t').append(name).append('=');
      value(value);
      return this;
    }

    /** A number field, {@code null} when NaN (missing): without boxing, for the value lines of big datasets. */
    Line numberOrNull(String name, double value) {
      text.append('\t').append(name).append('=');
      if (Double.isNaN(value)) {
        text.append("null");
      } else {
        ExactDecimal.append(value, text);
      }
      return this;
    }

    void end() {
      out.accept(text.append('\n'));
    }

    private void value(Object value) {
      if (value == null) {
        text.append("null");
      } else if (value instanceof String s) {
        string(s);
      } else if (value instanceof Enum<?> e) {
        string(e.name());
      } else if (value instanceof Boolean b) {
        text.append(b);
      } else if (value instanceof Number n) {
        ExactDecimal.append(n.doubleValue(), text);
      } else if (value instanceof Map<?, ?> map) {
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((k, v) -> sorted.put((String) k, v));
        text.append('{');
        String separator = "";
        for (Map.Entry<String, Object> entry : sorted.entrySet()) {
          text.append(separator);
          string(entry.getKey());
          text.append(':');
          value(entry.getValue());
          separator = ",";
        }
        text.append('}');
      } else if (value instanceof Collection<?> list) {
        // Lists keep their order; the sets written here (applicability, attributes) are sorted sets already.
        text.append('[');
        String separator = "";
        for (Object element : list) {
          text.append(separator);
          value(element);
          separator = ",";
        }
        text.append(']');
      } else {
        throw new IllegalArgumentException("no canonical form for a " + value.getClass().getName());
      }
    }

    /** A string in double quotes; backslash, quote and control characters escaped as in JSON. */
    private void string(String s) {
      text.append('"');
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        switch (ch) {
          case '"' -> text.append("\\\"");
          case '\\' -> text.append("\\\\");
          case '\n' -> text.append("\\n");
          case '\r' -> text.append("\\r");
          case '\t' -> text.append("\\t");
          default -> {
            if (ch < 0x20) {
              text.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
            } else {
              text.append(ch);
            }
          }
        }
      }
      text.append('"');
    }
  }
}
