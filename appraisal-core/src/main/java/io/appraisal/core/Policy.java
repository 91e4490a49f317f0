package io.appraisal.core;

import static com.google.common.base.Preconditions.checkState;
import static io.appraisal.core.InvalidArgumentException.check;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.appraisal.core.panel.Panel;
import io.appraisal.core.recommendation.Recommendation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Everything that decides a ranking except the data: categories, the indicator tree with a rule at each leaf,
 * adjustments, grades, ranking and rounding. A policy is a value; the same policy and data always give the same
 * result.
 */
@API(status = STABLE, since = "0.1")
public final class Policy {
  private final String id;
  private final String name;
  private final String version;
  private final String description;
  private final ImmutableList<Category> categories;
  private final Indicator root;
  private final double scale;
  private final boolean signed;
  private final AdjustmentRules adjustments;
  private final GradeScheme grades;
  private final Ranking ranking;
  private final Rounding rounding;
  private final AnnualRollup annual;
  private final double selfAssessmentTolerance;
  private final ImmutableMap<String, Panel> panels;
  private final Recommendation recommendation;
  private final double minCoverage;

  private Policy(Builder builder) {
    this.id = builder.id;
    this.name = builder.name;
    this.version = builder.version;
    this.description = builder.description;
    this.categories = builder.categories.build();
    this.root = builder.root;
    this.scale = builder.scale;
    this.signed = builder.signed;
    this.adjustments = builder.adjustments;
    this.grades = builder.grades;
    this.ranking = builder.ranking;
    this.rounding = builder.rounding;
    this.annual = builder.annual;
    this.selfAssessmentTolerance = builder.selfAssessmentTolerance;
    this.panels = ImmutableMap.copyOf(builder.panels);
    this.recommendation = builder.recommendation;
    this.minCoverage = builder.minCoverage;
  }

  public static Builder builder(String id) {
    return new Builder(id);
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String version() {
    return version;
  }

  public String description() {
    return description;
  }

  public List<Category> categories() {
    return categories;
  }

  public Optional<Category> category(String categoryId) {
    return categories.stream().filter(c -> c.id().equals(categoryId)).findFirst();
  }

  /** The root of the indicator tree. */
  public Indicator root() {
    return root;
  }

  /** The score-rate scale: 100 for a 得分率, 1 for an index such as the HDI. */
  public double scale() {
    return scale;
  }

  /**
   * Whether scores may be negative or exceed the scale: a derived node (a difference, a z-score) may then take any
   * finite value, the score rate is not capped at the scale and the composite is not floored at 0. Mean-type groups
   * still take their children's fractions within [0, 1]. False by default: every score lies in [0, its maximum].
   */
  public boolean signed() {
    return signed;
  }

  public AdjustmentRules adjustments() {
    return adjustments;
  }

  /** The grade scheme, if the policy grades at all. */
  public Optional<GradeScheme> grades() {
    return Optional.ofNullable(grades);
  }

  public Ranking ranking() {
    return ranking;
  }

  public Rounding rounding() {
    return rounding;
  }

  /** How quarters roll up into the year, if the policy computes annual results. */
  public Optional<AnnualRollup> annual() {
    return Optional.ofNullable(annual);
  }

  /**
   * How many score-rate points a unit's self-assessed score rate (自评) may exceed its verified one before the unit
   * is flagged; infinite when self-assessments are not checked.
   */
  public double selfAssessmentTolerance() {
    return selfAssessmentTolerance;
  }

  /**
   * The leaf indicators whose raw value a panel of raters gives (述法评议), by indicator id in declaration order;
   * applied to rater scores by {@link io.appraisal.core.panel.Panels} before evaluation.
   */
  public Map<String, Panel> panels() {
    return panels;
  }

  /** Who is recommended after evaluation, if the policy recommends; see {@link Recommendation}. */
  public Optional<Recommendation> recommendation() {
    return Optional.ofNullable(recommendation);
  }

  /**
   * The share of its applicable indicators (0..1) a unit must have values for in a period to be ranked in it (data
   * availability screening); 0, the default, ranks every unit with at least one value. A unit below it is left out
   * of the period's ranking and listed in the result's notes ({@link Note.Kind#SCREENED_OUT}).
   */
  public double minCoverage() {
    return minCoverage;
  }

  /** Every indicator of the tree, parents before children. */
  public List<Indicator> indicators() {
    return root.preOrder().collect(ImmutableList.toImmutableList());
  }

  public Optional<Indicator> indicator(String indicatorId) {
    return root.preOrder().filter(i -> i.id().equals(indicatorId)).findFirst();
  }

  @Override
  public String toString() {
    return "Policy{" + id + " " + version + "}";
  }

  /** Builds a {@link Policy}. Setters validate at once; {@link #build()} checks what joins several fields. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder {
    private final String id;
    private String name;
    private String version = "1";
    private String description = "";
    private final ImmutableList.Builder<Category> categories = ImmutableList.builder();
    private Indicator root;
    private double scale = 100;
    private boolean signed;
    private AdjustmentRules adjustments = AdjustmentRules.NONE;
    private GradeScheme grades;
    private Ranking ranking = Ranking.DEFAULT;
    private Rounding rounding = Rounding.DEFAULT;
    private AnnualRollup annual;
    private double selfAssessmentTolerance = Double.POSITIVE_INFINITY;
    private final Map<String, Panel> panels = new LinkedHashMap<>();
    private Recommendation recommendation;
    private double minCoverage;

    private Builder(String id) {
      this.id = requireNonNull(id, "id");
      check(!id.isBlank(), "problem.core.argument.policy-id-blank");
      this.name = id;
    }

    public Builder name(String name) {
      this.name = requireNonNull(name, "name");
      return this;
    }

    public Builder version(String version) {
      this.version = requireNonNull(version, "version");
      return this;
    }

    public Builder description(String description) {
      this.description = requireNonNull(description, "description");
      return this;
    }

    public Builder category(String categoryId, String categoryName) {
      return category(new Category(categoryId, categoryName));
    }

    public Builder category(Category category) {
      categories.add(requireNonNull(category, "category"));
      return this;
    }

    public Builder categories(List<Category> categories) {
      categories.forEach(this::category);
      return this;
    }

    public Builder indicators(Indicator root) {
      checkState(this.root == null, "the indicator tree was already set to %s", this.root);
      this.root = requireNonNull(root, "root");
      return this;
    }

    /** Lets scores be negative or unbounded (see {@link Policy#signed()}). */
    public Builder signed(boolean signed) {
      this.signed = signed;
      return this;
    }

    public Builder scale(double scale) {
      check(Double.isFinite(scale) && scale > 0, "problem.core.argument.scale", scale);
      this.scale = scale;
      return this;
    }

    public Builder adjustments(AdjustmentRules adjustments) {
      this.adjustments = requireNonNull(adjustments, "adjustments");
      return this;
    }

    public Builder grades(GradeScheme grades) {
      this.grades = requireNonNull(grades, "grades");
      return this;
    }

    public Builder ranking(Ranking ranking) {
      this.ranking = requireNonNull(ranking, "ranking");
      return this;
    }

    public Builder rounding(Rounding rounding) {
      this.rounding = requireNonNull(rounding, "rounding");
      return this;
    }

    public Builder annual(AnnualRollup annual) {
      this.annual = requireNonNull(annual, "annual");
      return this;
    }

    public Builder selfAssessmentTolerance(double points) {
      check(points >= 0, "problem.core.argument.self-assessment-tolerance", points);
      this.selfAssessmentTolerance = points;
      return this;
    }

    /** Declares that a panel's rater scores give the raw value of the leaf {@code indicatorId}. */
    public Builder panel(String indicatorId, Panel panel) {
      requireNonNull(indicatorId, "indicatorId");
      requireNonNull(panel, "panel");
      check(panels.putIfAbsent(indicatorId, panel) == null, "problem.core.argument.panel-twice",
          indicatorId);
      return this;
    }

    public Builder recommendation(Recommendation recommendation) {
      this.recommendation = requireNonNull(recommendation, "recommendation");
      return this;
    }

    /** Sets {@link Policy#minCoverage()}, a share from 0 to 1. */
    public Builder minCoverage(double share) {
      check(share >= 0 && share <= 1, "problem.core.argument.min-coverage", share);
      this.minCoverage = share;
      return this;
    }

    /** Builds the policy; structural problems (duplicate ids, dangling references) are reported by the engine. */
    public Policy build() {
      checkState(root != null, "policy %s has no indicator tree", id);
      ImmutableList<Category> built = categories.build();
      checkState(!built.isEmpty(), "policy %s has no categories", id);
      for (String indicatorId : panels.keySet()) {
        checkState(root.preOrder().anyMatch(i -> i.id().equals(indicatorId) && i.isLeaf()),
            "a panel needs a leaf indicator but %s is not a leaf of policy %s", indicatorId, id);
      }
      if (recommendation != null) {
        for (String indicatorId : recommendation.mustPass()) {
          checkState(root.preOrder().anyMatch(i -> i.id().equals(indicatorId)),
              "must-pass indicator %s is not in policy %s", indicatorId, id);
        }
      }
      return new Policy(this);
    }
  }
}
