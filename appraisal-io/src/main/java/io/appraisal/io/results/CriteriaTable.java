package io.appraisal.io.results;

import io.appraisal.core.Messages;
import static java.util.Objects.requireNonNull;

import io.appraisal.core.AdjustmentItem;
import io.appraisal.core.AdjustmentKind;
import io.appraisal.core.Applicability;
import io.appraisal.core.Category;
import io.appraisal.core.Indicator;
import io.appraisal.core.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * The policy as the table of scoring rules people read (考核细则): one row per indicator of the tree in order
 * (its level, points, scoring criteria, evidence required and the units it applies to), then one per adjustment
 * item. The labels come from {@link Messages}; the Excel and HTML exports of {@code appraisal policy} render it.
 *
 * <p>Public for the other output modules; not for applications.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class CriteriaTable {
  /**
   * One row.
   *
   * @param level 0 for the root, 1 for its children, and so on; 1 for an adjustment item
   * @param points the maximum, or for an adjustment item the points each occurrence adds or takes (signed), as
   *     text; empty for a veto
   */
  public record Row(String id, String name, int level, String points, String criteria, String evidence,
      String appliesTo) {}

  private final List<String> header;
  private final List<Row> rows;
  private final String title;

  private CriteriaTable(String title, List<String> header, List<Row> rows) {
    this.title = title;
    this.header = List.copyOf(header);
    this.rows = List.copyOf(rows);
  }

  /** The table of {@code policy}, labelled in {@code messages}' language. */
  public static CriteriaTable of(Policy policy, Messages messages) {
    requireNonNull(policy, "policy");
    requireNonNull(messages, "messages");
    List<Row> rows = new ArrayList<>();
    indicator(policy, policy.root(), 0, messages.text("criteria.all"), messages, rows);
    for (AdjustmentItem item : policy.adjustments().items()) {
      String points = item.kind() == AdjustmentKind.VETO ? ""
          : (item.kind() == AdjustmentKind.BONUS ? "+" : "−") + Numbers.detailText(item.pointsEach());
      String criteria = switch (item.kind()) {
        case BONUS -> messages.text("criteria.bonus", Numbers.detailText(item.pointsEach()));
        case DEDUCTION -> messages.text("criteria.deduction", Numbers.detailText(item.pointsEach()));
        case VETO -> messages.vetoEffect(item.vetoEffect().orElseThrow()); // a veto item always has one
      };
      if (Double.isFinite(item.itemCap()) && item.kind() != AdjustmentKind.VETO) {
        criteria += messages.text("criteria.cap", Numbers.detailText(item.itemCap()));
      }
      rows.add(new Row(item.id(), item.name(), 1, points, criteria, "", messages.text("criteria.all")));
    }
    String title = messages.text("criteria.title", policy.name().isEmpty() ? policy.id() : policy.name());
    return new CriteriaTable(title, List.of(messages.text("criteria.id"),
        messages.text("criteria.indicator"), messages.text("criteria.points"),
        messages.text("criteria.criteria"), messages.text("criteria.evidence"),
        messages.text("criteria.applies-to")), rows);
  }

  /** The node and its subtree; a node that does not limit where it applies shows its parent's limit. */
  private static void indicator(Policy policy, Indicator node, int level, String inherited, Messages messages,
      List<Row> rows) {
    String appliesTo = node.applicability().isAll() ? inherited : appliesTo(policy, node.applicability(), messages);
    rows.add(new Row(node.id(), node.name(), level, Numbers.detailText(node.points()), node.criteria().orElse(""),
        node.evidence().orElse(""), appliesTo));
    node.children().forEach(child -> indicator(policy, child, level + 1, appliesTo, messages, rows));
  }

  /** The categories (by name) and attributes a node is limited to. */
  private static String appliesTo(Policy policy, Applicability applicability, Messages messages) {
    List<String> parts = new ArrayList<>();
    for (String categoryId : new TreeSet<>(applicability.categories())) {
      parts.add(policy.category(categoryId).map(Category::name).orElse(categoryId));
    }
    if (!applicability.attributes().isEmpty()) {
      parts.add(messages.text("criteria.attributes",
          String.join(messages.locale().getLanguage().equals(Locale.CHINESE.getLanguage()) ? "、" : ", ",
              new TreeSet<>(applicability.attributes()))));
    }
    return String.join(messages.locale().getLanguage().equals(Locale.CHINESE.getLanguage()) ? "；" : "; ", parts);
  }

  /** The title: the policy's name and the word for the table. */
  public String title() {
    return title;
  }

  public List<String> header() {
    return header;
  }

  public List<Row> rows() {
    return rows;
  }
}
