package io.appraisal.robustness;

import static java.util.Objects.requireNonNull;

import io.appraisal.core.Aggregation;
import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.Indicator;
import io.appraisal.core.InvalidArgumentException;
import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Policy;
import io.appraisal.core.Problem;
import io.appraisal.core.RuleSpec;
import io.appraisal.core.TieBreak;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The uncertain choices of a policy, grouped into named factors (the unit of a sensitivity index): weights drawn
 * within a range or from a Dirichlet distribution, alternative rules for a leaf, alternative aggregations for a
 * group, noise on a leaf's raw values, and the exclusion of an indicator. Declared with {@link #builder()} or read
 * from a file ({@link UncertaintyFile}).
 *
 * <pre>{@code
 * Uncertainty uncertainty = Uncertainty.builder()
 *     .factor("weights").weights("total", 0.10)          // every child of total within ±10 %, renormalised
 *     .factor("normalisation").rules("2.2", List.of(RuleSpec.of("min-max")))
 *     .factor("data").relativeNoise("2.2", 0.05)          // ±5 % on every unit's raw value
 *     .factor("exclusion").exclude("4.3", 0.2)
 *     .build();
 * }</pre>
 */
public final class Uncertainty {
  /** No uncertainty at all: every sample is the nominal ranking. */
  public static final Uncertainty NONE = builder().build();

  private final Map<String, List<Choice>> factors;
  private final Map<Choice, Long> lines;
  private final String source;

  private Uncertainty(Builder builder) {
    Map<String, List<Choice>> copy = new LinkedHashMap<>();
    builder.factors.forEach((name, choices) -> copy.put(name, List.copyOf(choices)));
    this.factors = Collections.unmodifiableMap(copy);
    this.lines = builder.lines;
    this.source = builder.source;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The factors' names, in declaration order. */
  public List<String> factors() {
    return List.copyOf(factors.keySet());
  }

  /** Whether any choice is uncertain. */
  public boolean isEmpty() {
    return factors.isEmpty();
  }

  /** Every alternative aggregation of every choice. */
  Set<Aggregation> aggregationAlternatives() {
    Set<Aggregation> alternatives = EnumSet.noneOf(Aggregation.class);
    factors.values().forEach(choices -> choices.stream().filter(Choice.Aggregations.class::isInstance)
        .forEach(choice -> alternatives.addAll(((Choice.Aggregations) choice).alternatives())));
    return alternatives;
  }

  /** Draws every factor from its own seed: a factor's draw depends on its seed alone. */
  Variant draw(long[] factorSeeds, Nominal nominal) {
    Variant variant = new Variant();
    int f = 0;
    for (List<Choice> choices : factors.values()) {
      SplittableRandom random = new SplittableRandom(factorSeeds[f++]);
      for (Choice choice : choices) {
        choice.draw(random, variant, nominal);
      }
    }
    return variant;
  }

  /**
   * Every problem of these choices with the policy, all at once: an unknown indicator, a choice that does not fit
   * the node (weights of a leaf, a rule for a group, ...), a group whose children could all be excluded at once or
   * whose weights are all zero (nothing to renormalise over), an excluded indicator a tie-break needs.
   */
  public List<Problem> problems(Policy policy) {
    Map<String, Indicator> byId = new LinkedHashMap<>();
    Map<String, Indicator> parents = new LinkedHashMap<>();
    policy.root().preOrder().forEach(node -> {
      byId.put(node.id(), node);
      node.children().forEach(child -> parents.put(child.id(), node));
    });
    List<Problem> problems = new ArrayList<>();
    Map<String, Choice> excludable = new LinkedHashMap<>();
    for (List<Choice> choices : factors.values()) {
      for (Choice choice : choices) {
        Indicator node = byId.get(choice.node());
        String field = field(choice);
        if (node == null) {
          problems.add(problem(choice, field, "problem.robustness.unknown-indicator", byId.keySet()));
          continue;
        }
        boolean forGroup = choice instanceof Choice.WeightRange || choice instanceof Choice.Dirichlet
            || choice instanceof Choice.Aggregations;
        if (forGroup && node.isLeaf()) {
          problems.add(problem(choice, field, "problem.robustness.leaf-for-group", field));
        } else if (!forGroup && !(choice instanceof Choice.Exclusion) && !node.isLeaf()) {
          problems.add(problem(choice, field, "problem.robustness.group-for-leaf", field));
        } else if (forGroup && !(choice instanceof Choice.Aggregations)
            && node.children().stream().allMatch(child -> weightIn(node, child) == 0)) {
          problems.add(problem(choice, field, "problem.robustness.zero-weights"));
        }
        if (choice instanceof Choice.Exclusion exclusion && exclusion.probability() > 0) {
          if (parents.get(node.id()) == null) {
            problems.add(problem(choice, field, "problem.robustness.root-excluded"));
          } else {
            excludable.put(node.id(), choice);
          }
          for (TieBreak tieBreak : policy.ranking().tieBreaks()) {
            if (node.id().equals(tieBreak.indicator())) {
              problems.add(problem(choice, field, "problem.robustness.tie-break-needs"));
            }
          }
        }
      }
    }
    for (Indicator group : byId.values()) {
      if (!group.isLeaf() && group.children().stream().allMatch(child -> excludable.containsKey(child.id()))) {
        Choice last = excludable.get(group.children().get(group.children().size() - 1).id());
        problems.add(problem(last, field(last), "problem.robustness.all-children-excluded", group.id()));
      }
    }
    return problems;
  }

  /** Compiles the policy with each alternative rule and aggregation alone: their problems, at the choice. */
  List<Problem> alternativeProblems(Policy policy, AppraisalEngine engine) {
    List<Problem> problems = new ArrayList<>();
    for (List<Choice> choices : factors.values()) {
      for (Choice choice : choices) {
        List<Variant> variants = new ArrayList<>();
        if (choice instanceof Choice.Rules rules) {
          for (RuleSpec alternative : rules.alternatives()) {
            variants.add(new Variant());
            variants.get(variants.size() - 1).rules.put(choice.node(), alternative);
          }
        } else if (choice instanceof Choice.Aggregations aggregations) {
          for (Aggregation alternative : aggregations.alternatives()) {
            variants.add(new Variant());
            variants.get(variants.size() - 1).aggregations.put(choice.node(), alternative);
          }
        }
        for (Variant variant : variants) {
          String what = variant.rules.isEmpty() ? String.valueOf(variant.aggregations.values())
              : String.valueOf(variant.rules.values());
          try {
            engine.compile(PolicyVariants.rebuild(policy, variant));
          } catch (InvalidInputException e) {
            // The compiler's own problems follow, each keyed, at the choice's line.
            problems.add(problem(choice, field(choice), "problem.robustness.alternative-does-not-compile", what));
            e.problems().forEach(problem -> problems.add(problem.at(source, lines.getOrDefault(choice, 0L))));
          } catch (InvalidArgumentException e) { // a core refusal, keyed: also followed, at the choice's line
            problems.add(problem(choice, field(choice), "problem.robustness.alternative-does-not-compile", what));
            problems.addAll(e.problems(source, lines.getOrDefault(choice, 0L), field(choice), choice.node()));
          } catch (IllegalArgumentException | IllegalStateException e) {
            problems.add(problem(choice, field(choice), "problem.robustness.alternative-fails", what,
                e.getMessage().replace(System.lineSeparator(), " ")));
          }
        }
      }
    }
    return problems;
  }

  private static double weightIn(Indicator parent, Indicator child) {
    return parent.aggregation() == Aggregation.SUM ? child.points() : child.weight();
  }

  private Problem problem(Choice choice, String field, String key, Object... arguments) {
    return Problem.keyed(source, lines.getOrDefault(choice, 0L), field, choice.node(), key, arguments);
  }

  /** The name of a choice's kind as the uncertainty file writes it. */
  static String field(Choice choice) {
    if (choice instanceof Choice.WeightRange) {
      return "weights";
    } else if (choice instanceof Choice.Dirichlet) {
      return "dirichlet";
    } else if (choice instanceof Choice.Rules) {
      return "rules";
    } else if (choice instanceof Choice.Aggregations) {
      return "aggregations";
    }
    return choice instanceof Choice.Noise ? "noise" : "exclude";
  }

  /** Builds an {@link Uncertainty}. Choices belong to the factor named last (each its own factor before any). */
  public static final class Builder {
    private final Map<String, List<Choice>> factors = new LinkedHashMap<>();
    private final Map<Choice, Long> lines = new IdentityHashMap<>();
    private String factor;
    private String source = "uncertainty";
    private Choice lastAdded;

    private Builder() {}

    /**
     * The following choices belong to the factor {@code name} (a factor may be named again to add to it); null
     * makes each following choice a factor of its own.
     */
    public Builder factor(String name) {
      if (name != null && name.isBlank()) {
        throw new IllegalArgumentException("factor name cannot be blank");
      }
      this.factor = name;
      return this;
    }

    /** Each child of {@code group} gets a weight within ±{@code range} of its own, then all are renormalised. */
    public Builder weights(String group, double range) {
      check(range >= 0 && range <= 1, "range of %s must be in [0, 1] but was: %s", group, range);
      return add(new Choice.WeightRange(requireNonNull(group, "group"), range));
    }

    /** The children's weight shares of {@code group} follow Dirichlet(concentration × nominal share). */
    public Builder dirichlet(String group, double concentration) {
      check(concentration > 0 && Double.isFinite(concentration),
          "concentration of %s must be positive but was: %s", group, concentration);
      return add(new Choice.Dirichlet(requireNonNull(group, "group"), concentration));
    }

    /** The leaf is scored by its own rule or by one of {@code alternatives}, each equally likely. */
    public Builder rules(String leaf, List<RuleSpec> alternatives) {
      check(!alternatives.isEmpty(), "alternatives of %s cannot be empty", leaf);
      return add(new Choice.Rules(requireNonNull(leaf, "leaf"), alternatives));
    }

    /** The group aggregates by its own aggregation or by one of {@code alternatives}, each equally likely. */
    public Builder aggregations(String group, List<Aggregation> alternatives) {
      check(!alternatives.isEmpty(), "alternatives of %s cannot be empty", group);
      return add(new Choice.Aggregations(requireNonNull(group, "group"), alternatives));
    }

    /** Every unit's raw value of {@code leaf} is multiplied by {@code 1 + U·fraction}, U uniform on [−1, 1]. */
    public Builder relativeNoise(String leaf, double fraction) {
      check(fraction >= 0 && Double.isFinite(fraction), "noise of %s must be >= 0 but was: %s", leaf, fraction);
      return add(new Choice.Noise(requireNonNull(leaf, "leaf"), fraction, true));
    }

    /** Every unit's raw value of {@code leaf} gets {@code U·amount} added, U uniform on [−1, 1]. */
    public Builder absoluteNoise(String leaf, double amount) {
      check(amount >= 0 && Double.isFinite(amount), "noise of %s must be >= 0 but was: %s", leaf, amount);
      return add(new Choice.Noise(requireNonNull(leaf, "leaf"), amount, false));
    }

    /** The indicator is left out with this probability; its siblings share its weight. */
    public Builder exclude(String indicator, double probability) {
      check(probability >= 0 && probability <= 1, "probability of excluding %s must be in [0, 1] but was: %s",
          indicator, probability);
      return add(new Choice.Exclusion(requireNonNull(indicator, "indicator"), probability));
    }

    /** For files: names the source and the line of the choice declared last, for problem messages. */
    Builder at(String source, long line) {
      this.source = source;
      lines.put(lastAdded, line);
      return this;
    }

    private Builder add(Choice choice) {
      String name = factor != null ? factor : field(choice) + " " + choice.node();
      factors.computeIfAbsent(name, n -> new ArrayList<>()).add(choice);
      lastAdded = choice;
      return this;
    }

    private static void check(boolean condition, String template, Object... args) {
      if (!condition) {
        throw new IllegalArgumentException(String.format(Locale.ROOT, template, args));
      }
    }

    public Uncertainty build() {
      return new Uncertainty(this);
    }
  }
}
