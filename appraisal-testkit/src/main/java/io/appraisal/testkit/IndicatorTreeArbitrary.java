package io.appraisal.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.appraisal.core.Aggregation;
import io.appraisal.core.Applicability;
import io.appraisal.core.Direction;
import io.appraisal.core.Indicator;
import io.appraisal.core.MissingPolicy;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.apiguardian.api.API;

/**
 * Generates indicator trees: a root group, child ids by position ({@code 1}, {@code 1.2}, {@code 1.2.3}), leaves
 * scored by rule cases, groups aggregating by any {@link Aggregation} but TOPSIS (which needs every child to apply
 * to every unit; ask for it with {@link #aggregations}). Leaves and groups may apply to some of the
 * {@link #categories configured categories} or require some {@link #attributes attributes}, except the first child
 * at every level, so that every unit has something to be scored on. Configure with the methods below, each
 * returning a new instance. Shrinks towards a root with one leaf.
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class IndicatorTreeArbitrary extends ArbitraryDecorator<Indicator> {
  static final IndicatorTreeArbitrary DEFAULT = new IndicatorTreeArbitrary(3, 4, ImmutableList.copyOf(
      EnumSet.complementOf(EnumSet.of(Aggregation.TOPSIS))), referenceCases(), ImmutableList.of(), ImmutableList.of(),
      ImmutableList.of(MissingPolicy.ZERO, MissingPolicy.EXCLUDE));

  private final int maxDepth;
  private final int maxChildren;
  private final ImmutableList<Aggregation> aggregations;
  private final Arbitrary<RuleCase> leafRules;
  private final ImmutableList<String> categories;
  private final ImmutableList<String> attributes;
  private final ImmutableList<MissingPolicy> missingPolicies;

  private IndicatorTreeArbitrary(int maxDepth, int maxChildren, ImmutableList<Aggregation> aggregations,
      Arbitrary<RuleCase> leafRules, ImmutableList<String> categories, ImmutableList<String> attributes,
      ImmutableList<MissingPolicy> missingPolicies) {
    this.maxDepth = maxDepth;
    this.maxChildren = maxChildren;
    this.aggregations = aggregations;
    this.leafRules = leafRules;
    this.categories = categories;
    this.attributes = attributes;
    this.missingPolicies = missingPolicies;
  }

  /** The most levels, the root and the leaves included (2 to 6); 3 by default. */
  public IndicatorTreeArbitrary maxDepth(int maxDepth) {
    checkArgument(maxDepth >= 2 && maxDepth <= 6, "maxDepth must be in 2..6 but was: %s", maxDepth);
    return new IndicatorTreeArbitrary(maxDepth, maxChildren, aggregations, leafRules, categories, attributes,
        missingPolicies);
  }

  /** The most children of a group (1 to 10); 4 by default. */
  public IndicatorTreeArbitrary maxChildren(int maxChildren) {
    checkArgument(maxChildren >= 1 && maxChildren <= 10, "maxChildren must be in 1..10 but was: %s", maxChildren);
    return new IndicatorTreeArbitrary(maxDepth, maxChildren, aggregations, leafRules, categories, attributes,
        missingPolicies);
  }

  /** The aggregations groups use; all of them by default. */
  public IndicatorTreeArbitrary aggregations(Aggregation... aggregations) {
    checkArgument(aggregations.length > 0, "aggregations needs at least one aggregation");
    return new IndicatorTreeArbitrary(maxDepth, maxChildren, ImmutableList.copyOf(aggregations), leafRules,
        categories, attributes, missingPolicies);
  }

  /**
   * The rules of the leaves: each leaf takes its rule, direction and maximum points from a drawn case. By default the
   * testkit's reference rule ({@link Appraisals#referenceRules()}) with goalposts between 0 and 100.
   */
  public IndicatorTreeArbitrary leafRules(Arbitrary<RuleCase> leafRules) {
    return new IndicatorTreeArbitrary(maxDepth, maxChildren, aggregations, requireNonNull(leafRules, "leafRules"),
        categories, attributes, missingPolicies);
  }

  /** Category ids that indicators may be restricted to; none by default (every indicator applies to all). */
  public IndicatorTreeArbitrary categories(List<String> categoryIds) {
    return new IndicatorTreeArbitrary(maxDepth, maxChildren, aggregations, leafRules,
        ImmutableList.copyOf(categoryIds), attributes, missingPolicies);
  }

  /** Unit attributes that indicators may require; none by default. */
  public IndicatorTreeArbitrary attributes(String... attributes) {
    return new IndicatorTreeArbitrary(maxDepth, maxChildren, aggregations, leafRules, categories,
        ImmutableList.copyOf(attributes), missingPolicies);
  }

  /**
   * The missing-value policies that indicators may set; the others inherit their parent's (FAIL at the root). ZERO
   * and EXCLUDE by default; give none for trees in which every value is required.
   */
  public IndicatorTreeArbitrary missingPolicies(MissingPolicy... policies) {
    return new IndicatorTreeArbitrary(maxDepth, maxChildren, aggregations, leafRules, categories, attributes,
        ImmutableList.copyOf(policies));
  }

  @Override
  protected Arbitrary<Indicator> arbitrary() {
    return group(1).map(root -> build(root, "root", true));
  }

  /** A tree before ids are given. */
  private sealed interface Shape permits Leaf, Group {}

  private record Leaf(RuleCase rule, int weight, Optional<MissingPolicy> missing, Applicability applicability)
      implements Shape {}

  private record Group(Aggregation aggregation, int points, int weight, Optional<MissingPolicy> missing,
      Applicability applicability, List<Shape> children) implements Shape {}

  private Arbitrary<Shape> node(int level) {
    Arbitrary<Shape> leaf = Combinators.combine(leafRules, weights(), missing(), applicability())
        .as(Leaf::new);
    if (level >= maxDepth) {
      return leaf;
    }
    return Arbitraries.frequencyOf(Tuple.of(2, leaf), Tuple.of(1, group(level)));
  }

  private Arbitrary<Shape> group(int level) {
    return Combinators.combine(Arbitraries.of(aggregations), Arbitraries.integers().between(1, 20), weights(),
            missing(), applicability(), node(level + 1).list().ofMinSize(1).ofMaxSize(maxChildren))
        .as(Group::new);
  }

  private static Arbitrary<Integer> weights() {
    return Arbitraries.integers().between(1, 5);
  }

  private Arbitrary<Optional<MissingPolicy>> missing() {
    if (missingPolicies.isEmpty()) {
      return Arbitraries.just(Optional.empty());
    }
    return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(Optional.empty())),
        Tuple.of(1, Arbitraries.of(missingPolicies).map(Optional::of)));
  }

  private Arbitrary<Applicability> applicability() {
    List<Tuple.Tuple2<Integer, Arbitrary<Applicability>>> choices = new ArrayList<>();
    choices.add(Tuple.of(3, Arbitraries.just(Applicability.ALL)));
    if (!categories.isEmpty()) {
      choices.add(Tuple.of(1, Arbitraries.subsetOf(categories).ofMinSize(1)
          .map(ids -> new Applicability(ids, Set.of()))));
    }
    if (!attributes.isEmpty()) {
      choices.add(Tuple.of(1, Arbitraries.subsetOf(attributes).ofMinSize(1)
          .map(flags -> new Applicability(Set.of(), flags))));
    }
    return Arbitraries.frequencyOf(choices);
  }

  private static Indicator build(Shape shape, String id, boolean first) {
    if (shape instanceof Leaf leaf) {
      RuleCase rule = leaf.rule();
      Indicator.Builder builder = Indicator.leaf(id, "leaf " + id, rule.spec())
          .points(rule.maxPoints())
          .direction(rule.direction())
          .weight(leaf.weight());
      if (!first) {
        builder.appliesTo(leaf.applicability());
      }
      leaf.missing().ifPresent(builder::missing);
      return builder.build();
    }
    Group group = (Group) shape;
    Indicator.Builder builder = Indicator.group(id, "group " + id).aggregation(group.aggregation());
    if (group.aggregation() != Aggregation.SUM) {
      builder.points(group.points());
    }
    builder.weight(group.weight());
    if (!first) {
      builder.appliesTo(group.applicability());
    }
    group.missing().ifPresent(builder::missing);
    for (int i = 0; i < group.children().size(); i++) {
      String childId = id.equals("root") ? Integer.toString(i + 1) : id + "." + (i + 1);
      builder.child(build(group.children().get(i), childId, first && i == 0));
    }
    return builder.build();
  }

  /** Cases of the reference rule: either direction, 1 to 10 points, goalposts on whole numbers in [0, 100]. */
  static Arbitrary<RuleCase> referenceCases() {
    return Combinators.combine(Arbitraries.of(Direction.class), Arbitraries.integers().between(1, 10),
            Arbitraries.integers().between(0, 50), Arbitraries.integers().between(1, 50))
        .as((direction, points, lower, span) -> new RuleCase(ReferenceRule.ID, direction, points,
            ImmutableMap.of("lower", lower, "upper", lower + span)));
  }
}
