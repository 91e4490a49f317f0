package io.appraisal.core;

import static com.google.common.base.Preconditions.checkState;
import static io.appraisal.core.InvalidArgumentException.check;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * A node of the indicator tree (一级/二级/三级指标). A leaf scores one raw value with a {@link RuleSpec}; a group
 * combines its children with an {@link Aggregation}; a derived node's score is an {@link #expression()} over other
 * nodes' scores ({@code hdi_f / hdi_m}), with or without children of its own. Every node has a maximum
 * ({@code points}) and a weight; which of the two matters depends on the parent's aggregation.
 */
@API(status = STABLE, since = "0.1")
public final class Indicator {
  private final String id;
  private final String name;
  private final double points;
  private final double weight;
  private final Direction direction;
  private final Applicability applicability;
  private final RuleSpec rule;
  private final String expression;
  private final Aggregation aggregation;
  private final MissingPolicy missing;
  private final ValueRange range;
  private final Denominator denominator;
  private final Frequency frequency;
  private final String criteria;
  private final String evidence;
  private final ImmutableList<Indicator> children;

  private Indicator(Builder builder) {
    this.id = builder.id;
    this.name = builder.name;
    this.children = builder.children.build();
    this.rule = builder.rule;
    this.expression = builder.expression;
    this.aggregation = builder.aggregation == null ? Aggregation.SUM : builder.aggregation;
    this.points = Double.isNaN(builder.points) ? defaultPoints() : builder.points;
    this.weight = builder.weight;
    this.direction = builder.direction;
    this.applicability = builder.applicability;
    this.missing = builder.missing;
    this.range = builder.range;
    this.denominator = builder.denominator;
    this.frequency = builder.frequency;
    this.criteria = builder.criteria;
    this.evidence = builder.evidence;
  }

  private double defaultPoints() {
    if (children.isEmpty() || aggregation != Aggregation.SUM || expression != null) {
      return 1;
    }
    return children.stream().mapToDouble(Indicator::points).sum();
  }

  /** Starts a leaf, scored by {@code rule}. */
  public static Builder leaf(String id, String name, RuleSpec rule) {
    Builder builder = new Builder(id, name);
    builder.rule = requireNonNull(rule, "rule");
    return builder;
  }

  /**
   * Starts a derived node, whose score is {@code expression} over other nodes' scores by id (see
   * {@code io.appraisal.core.expression.Expression} for the grammar); checked when the policy is compiled. It may
   * have children, computed as usual and available to the expression.
   */
  public static Builder derived(String id, String name, String expression) {
    Builder builder = new Builder(id, name);
    builder.expression = requireNonNull(expression, "expression");
    return builder;
  }

  /** Starts a group of child indicators. */
  public static Builder group(String id, String name) {
    return new Builder(id, name);
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  /** The maximum score of this node (分值). */
  public double points() {
    return points;
  }

  /** The weight used by a mean-type parent aggregation. */
  public double weight() {
    return weight;
  }

  public Direction direction() {
    return direction;
  }

  public Applicability applicability() {
    return applicability;
  }

  /** The scoring rule; present exactly for leaves. */
  public Optional<RuleSpec> rule() {
    return Optional.ofNullable(rule);
  }

  /** The expression of a derived node; empty for leaves and groups. */
  public Optional<String> expression() {
    return Optional.ofNullable(expression);
  }

  public Aggregation aggregation() {
    return aggregation;
  }

  /** The missing-value policy set on this node; empty means inherited from the parent (FAIL at the root). */
  public Optional<MissingPolicy> missing() {
    return Optional.ofNullable(missing);
  }

  /** The declared range of the raw value; empty means the rule's natural range applies. */
  public Optional<ValueRange> range() {
    return Optional.ofNullable(range);
  }

  /** What a leaf's raw value is divided by before it is checked and scored; empty for none. */
  public Optional<Denominator> denominator() {
    return Optional.ofNullable(denominator);
  }

  /**
   * How often this node falls due ({@link Frequency#QUARTERLY} unless set); it holds for the whole subtree, so a
   * node is scored in a quarter only when it and every ancestor are due.
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public Frequency frequency() {
    return frequency;
  }

  /**
   * The scoring criteria (评分标准) as people read them, such as {@code 每少一次扣1分，扣完为止}: printed on the
   * data-collection workbook and the policy table (考核细则); the rule, not this text, computes the score.
   */
  public Optional<String> criteria() {
    return Optional.ofNullable(criteria);
  }

  /** The evidence a unit must supply for its value (佐证材料), printed beside the criteria. */
  public Optional<String> evidence() {
    return Optional.ofNullable(evidence);
  }

  public List<Indicator> children() {
    return children;
  }

  /** Whether this node scores a raw value with a rule (a derived node without children is not a leaf). */
  public boolean isLeaf() {
    return rule != null;
  }

  /** This node and all its descendants, parents before children. */
  public Stream<Indicator> preOrder() {
    return Stream.concat(Stream.of(this), children.stream().flatMap(Indicator::preOrder));
  }

  @Override
  public String toString() {
    return "Indicator{" + id + (isLeaf() ? ", rule=" + rule.type()
        : expression != null ? ", expression=" + expression : ", children=" + children.size()) + "}";
  }

  /** Builds an {@link Indicator}; every setter validates at once and may be called once. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder {
    private final String id;
    private final String name;
    private double points = Double.NaN;
    private double weight = 1;
    private boolean weightSet;
    private Direction direction = Direction.HIGHER_IS_BETTER;
    private Applicability applicability = Applicability.ALL;
    private RuleSpec rule;
    private String expression;
    private Aggregation aggregation;
    private MissingPolicy missing;
    private ValueRange range;
    private Denominator denominator;
    private Frequency frequency = Frequency.QUARTERLY;
    private boolean frequencySet;
    private String criteria;
    private String evidence;
    private final ImmutableList.Builder<Indicator> children = ImmutableList.builder();
    private boolean hasChildren;

    private Builder(String id, String name) {
      this.id = requireNonNull(id, "id");
      this.name = requireNonNull(name, "name");
      check(!id.isBlank(), "problem.core.argument.indicator-id-blank");
    }

    public Builder points(double points) {
      checkState(Double.isNaN(this.points), "points of %s were already set to %s", id, this.points);
      check(Double.isFinite(points) && points > 0, "problem.core.argument.indicator-points", id, points);
      this.points = points;
      return this;
    }

    public Builder weight(double weight) {
      checkState(!weightSet, "weight of %s was already set to %s", id, this.weight);
      check(Double.isFinite(weight) && weight >= 0, "problem.core.argument.indicator-weight", id, weight);
      this.weight = weight;
      this.weightSet = true;
      return this;
    }

    public Builder direction(Direction direction) {
      this.direction = requireNonNull(direction, "direction");
      return this;
    }

    public Builder lowerIsBetter() {
      return direction(Direction.LOWER_IS_BETTER);
    }

    public Builder appliesTo(Applicability applicability) {
      this.applicability = requireNonNull(applicability, "applicability");
      return this;
    }

    public Builder aggregation(Aggregation aggregation) {
      check(rule == null, "problem.core.argument.aggregation-leaf", id); // a wrong argument a policy file can give
      checkState(expression == null, "derived node %s has an expression and cannot aggregate", id);
      checkState(this.aggregation == null, "aggregation of %s was already set to %s", id, this.aggregation);
      this.aggregation = requireNonNull(aggregation, "aggregation");
      return this;
    }

    public Builder missing(MissingPolicy missing) {
      checkState(this.missing == null, "missing policy of %s was already set to %s", id, this.missing);
      this.missing = requireNonNull(missing, "missing");
      return this;
    }

    public Builder range(ValueRange range) {
      checkState(this.range == null, "range of %s was already set to %s", id, this.range);
      this.range = requireNonNull(range, "range");
      return this;
    }

    /** Divides the leaf's raw value by another raw input before it is checked against the range and scored. */
    public Builder denominator(Denominator denominator) {
      checkState(this.denominator == null, "denominator of %s was already set to %s", id, this.denominator);
      this.denominator = requireNonNull(denominator, "denominator");
      return this;
    }

    /** Scores this node (and its subtree) only in the quarters it falls due: yearly items in Q4, for example. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public Builder frequency(Frequency frequency) {
      checkState(!frequencySet, "frequency of %s was already set to %s", id, this.frequency);
      this.frequency = requireNonNull(frequency, "frequency");
      this.frequencySet = true;
      return this;
    }

    /** The scoring criteria text ({@link Indicator#criteria()}); not blank. */
    public Builder criteria(String criteria) {
      requireNonNull(criteria, "criteria");
      check(!criteria.isBlank(), "problem.core.argument.criteria-blank", id);
      this.criteria = criteria;
      return this;
    }

    /** The evidence required ({@link Indicator#evidence()}); not blank. */
    public Builder evidence(String evidence) {
      requireNonNull(evidence, "evidence");
      check(!evidence.isBlank(), "problem.core.argument.evidence-blank", id);
      this.evidence = evidence;
      return this;
    }

    public Builder child(Indicator child) {
      checkState(rule == null, "leaf %s has a rule and cannot have children", id);
      children.add(requireNonNull(child, "child"));
      hasChildren = true;
      return this;
    }

    public Builder children(List<Indicator> children) {
      children.forEach(this::child);
      return this;
    }

    public Builder child(Builder child) {
      return child(child.build());
    }

    public Indicator build() {
      checkState(rule != null || hasChildren || expression != null, "group %s has no children", id);
      checkState(range == null || rule != null, "range is for leaves but %s is a group", id);
      checkState(denominator == null || rule != null, "denominator is for leaves but %s is a group", id);
      return new Indicator(this);
    }
  }
}
