package io.appraisal.core;

import com.google.common.collect.ImmutableList;
import io.appraisal.core.expression.Expression;
import io.appraisal.core.spi.ParameterSpec;
import io.appraisal.core.spi.Rule;
import io.appraisal.core.spi.RuleParameters;
import io.appraisal.core.spi.RuleRegistry;
import io.appraisal.core.spi.RuleType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a policy as a whole and turns its indicator tree into an array of plan nodes, parents first. */
final class PolicyCompiler {
  private final RuleRegistry registry;
  private final Policy policy;
  private final String source;
  private final List<Problem> problems = new ArrayList<>();
  private final List<PlanNode> nodes = new ArrayList<>();
  private final Map<String, Indicator> seen = new HashMap<>();

  private PolicyCompiler(RuleRegistry registry, Policy policy) {
    this.registry = registry;
    this.policy = policy;
    this.source = "policy " + policy.id();
  }

  static CompiledPolicy compile(RuleRegistry registry, Policy policy, int parallelism) {
    PolicyCompiler compiler = new PolicyCompiler(registry, policy);
    compiler.checkCategories();
    compiler.add(policy.root(), -1, MissingPolicy.FAIL);
    compiler.checkReferences();
    compiler.compileExpressions();
    int[] order = compiler.order();
    if (!compiler.problems.isEmpty()) {
      throw new InvalidInputException(compiler.problems);
    }
    return new CompiledPolicy(policy, ImmutableList.copyOf(compiler.nodes), order, parallelism);
  }

  private void checkCategories() {
    Set<String> ids = new HashSet<>();
    for (Category category : policy.categories()) {
      if (!ids.add(category.id())) {
        problems.add(Problem.keyed(source, "categories", category.id(), "problem.core.duplicate-category"));
      }
    }
  }

  private int add(Indicator indicator, int parent, MissingPolicy inherited) {
    return add(indicator, parent, inherited, ImmutableList.of(), Frequency.QUARTERLY);
  }

  private int add(Indicator indicator, int parent, MissingPolicy inherited, ImmutableList<Applicability> outer,
      Frequency outerFrequency) {
    String path = "indicators." + indicator.id();
    Indicator previous = seen.putIfAbsent(indicator.id(), indicator);
    if (previous != null) {
      problems.add(Problem.keyed(source, "indicators", indicator.id(), "problem.core.duplicate-indicator"));
    }
    for (String category : indicator.applicability().categories()) {
      if (policy.category(category).isEmpty()) {
        problems.add(Problem.keyed(source, path + ".appliesTo", category, "problem.core.unknown-category"));
      }
    }
    MissingPolicy missing = indicator.missing().orElse(inherited);
    int index = nodes.size();
    nodes.add(null);
    Rule rule = null;
    ValueRange range = null;
    if (indicator.isLeaf()) {
      RuleSpec spec = indicator.rule().orElseThrow();
      rule = createRule(spec, path + ".rule", indicator);
      range = indicator.range().orElse(rule == null ? ValueRange.ANY : rule.inputRange());
    }
    ImmutableList<Applicability> applicability = indicator.applicability().isAll() ? outer
        : ImmutableList.<Applicability>builder().addAll(outer).add(indicator.applicability()).build();
    // The due quarters of the frequencies are nested (Q4 within Q2 and Q4 within all), so the least frequent holds.
    Frequency frequency = indicator.frequency().compareTo(outerFrequency) > 0 ? indicator.frequency() : outerFrequency;
    int[] children = new int[indicator.children().size()];
    for (int i = 0; i < children.length; i++) {
      children[i] = add(indicator.children().get(i), index, missing, applicability, frequency);
    }
    if (!indicator.isLeaf() && indicator.aggregation() != Aggregation.SUM
        && indicator.children().stream().allMatch(child -> child.weight() == 0)) {
      problems.add(Problem.keyed(source, path + ".children", "", "problem.core.children-weigh-nothing"));
    }
    nodes.set(index, new PlanNode(index, parent, indicator, children, rule, range, missing, applicability,
        frequency));
    return index;
  }

  private Rule createRule(RuleSpec spec, String path, Indicator indicator) {
    RuleType type = registry.find(spec.type()).orElse(null);
    if (type == null) {
      problems.add(Problem.keyed(source, path + ".type", spec.type(), "problem.core.unknown-rule-type",
          registry.types().keySet()));
      return null;
    }
    RuleParameters parameters = new RuleParameters(source, path, spec.parameters(), indicator.points(),
        indicator.direction());
    Set<String> known = new HashSet<>();
    for (ParameterSpec parameter : type.parameters()) {
      known.add(parameter.name());
      if (parameter.required() && !parameters.has(parameter.name())) {
        parameters.keyedProblem(parameter.name(), "", "problem.core.parameter-missing");
      }
    }
    for (String name : parameters.names()) {
      if (!known.contains(name)) {
        parameters.keyedProblem(name, String.valueOf(spec.parameters().get(name)), "problem.core.unknown-parameter",
            type.id(), known.stream().sorted().toList());
      }
    }
    Rule rule = null;
    if (parameters.problems().isEmpty()) {
      rule = type.create(parameters);
    }
    problems.addAll(parameters.problems());
    return parameters.problems().isEmpty() ? rule : null;
  }

  /** Compiles every derived node's expression against the tree's ids, reporting every error of every one. */
  private void compileExpressions() {
    Map<String, Integer> index = new HashMap<>();
    nodes.forEach(node -> index.putIfAbsent(node.id(), node.index));
    for (PlanNode node : nodes) {
      if (node.isDerived()) {
        String text = node.indicator.expression().orElseThrow();
        Expression expression = Expression.compile(text, index.keySet());
        for (Expression.Error error : expression.errors()) {
          problems.add(Problem.keyed(source, "indicators." + node.id() + ".expression", text, error.key(),
              error.arguments().toArray()));
        }
        node.expression = expression;
        node.references = expression.references().stream().mapToInt(index::get).toArray();
      }
    }
  }

  /**
   * The groups and derived nodes in the order they are computed (depth first from the root: every node after its
   * children and the nodes its expression refers to); reports each cycle, naming it.
   */
  private int[] order() {
    List<Integer> order = new ArrayList<>();
    byte[] state = new byte[nodes.size()];
    visit(0, state, new ArrayList<>(), order);
    return order.stream().mapToInt(Integer::intValue).toArray();
  }

  private void visit(int node, byte[] state, List<Integer> path, List<Integer> order) {
    state[node] = 1;
    path.add(node);
    PlanNode plan = nodes.get(node);
    for (int[] dependencies : new int[][] {plan.children, plan.references}) {
      for (int next : dependencies) {
        if (state[next] == 1) {
          // The tree has no cycle, so the edge back is a reference of this node's expression: the cycle starts here.
          List<String> cycle = new ArrayList<>();
          cycle.add(plan.id());
          path.subList(path.indexOf(next), path.size() - 1).forEach(i -> cycle.add(nodes.get(i).id()));
          cycle.add(plan.id());
          problems.add(Problem.keyed(source, "indicators." + plan.id() + ".expression",
              plan.indicator.expression().orElseThrow(), "problem.core.expression-cycle", String.join(" → ", cycle)));
        } else if (state[next] == 0) {
          visit(next, state, path, order);
        }
      }
    }
    path.remove(path.size() - 1);
    state[node] = 2;
    if (!plan.isLeaf()) {
      order.add(node);
    }
  }

  /** Checks what refers to indicators or categories across the policy. */
  private void checkReferences() {
    for (PlanNode node : nodes) {
      Indicator indicator = node.indicator;
      indicator.denominator().map(Denominator::input).filter(seen::containsKey).ifPresent(input -> {
        Indicator by = seen.get(input);
        if (by == indicator || !by.isLeaf()) {
          problems.add(Problem.keyed(source, "indicators." + indicator.id() + ".denominator", input,
              by == indicator ? "problem.core.denominator-itself" : "problem.core.denominator-group"));
        }
      });
    }
    for (TieBreak tieBreak : policy.ranking().tieBreaks()) {
      if (tieBreak.key() == TieBreak.Key.INDICATOR_SCORE && !seen.containsKey(tieBreak.indicator())) {
        problems.add(Problem.keyed(source, "ranking.tieBreaks", tieBreak.indicator(), "problem.core.unknown-indicator"));
      }
    }
    for (Category category : policy.categories()) {
      boolean anyApplies = nodes.stream().filter(n -> n != null && n.indicator.isLeaf())
          .anyMatch(n -> n.applicability.stream()
              .allMatch(a -> a.categories().isEmpty() || a.categories().contains(category.id())));
      if (!anyApplies) {
        problems.add(Problem.keyed(source, "categories", category.id(), "problem.core.category-without-indicator"));
      }
    }
  }
}
