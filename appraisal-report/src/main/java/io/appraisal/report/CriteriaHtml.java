package io.appraisal.report;

import static java.util.Objects.requireNonNull;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import io.appraisal.core.Policy;
import io.appraisal.io.results.CriteriaTable;
import io.appraisal.core.Messages;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The policy's scoring rules (考核细则, {@link CriteriaTable}) as one self-contained HTML page (inline CSS, no
 * script): a table of the indicators, indented by level, with points, criteria, evidence and the units they apply
 * to, then the adjustment items.
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class CriteriaHtml {
  private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();
  private static final String CSS = "body{font-family:system-ui,\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;"
      + "margin:2em}table{border-collapse:collapse}th,td{border:1px solid #bbb;padding:.3em .6em;"
      + "vertical-align:top;text-align:left}th{background:#eee}td.points{text-align:right}"
      + "tr.level0 td,tr.level1 td{font-weight:bold}";

  private CriteriaHtml() {}

  /** The page, labelled in {@code locale}'s language (zh or en). */
  public static String html(Policy policy, Locale locale) {
    requireNonNull(policy, "policy");
    Messages messages = Messages.of(requireNonNull(locale, "locale"));
    CriteriaTable table = CriteriaTable.of(policy, messages);
    StringBuilder out = new StringBuilder(16 * 1024);
    out.append("<!DOCTYPE html>\n<html lang=\"").append(messages.htmlLanguage()).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n<title>").append(ESCAPER.escape(table.title())).append("</title>\n")
        .append("<style>").append(CSS).append("</style>\n</head>\n<body>\n<h1>")
        .append(ESCAPER.escape(table.title())).append("</h1>\n<p>")
        .append(ESCAPER.escape(policy.id() + " " + policy.version())).append("</p>\n");
    table(table, out);
    return out.append("</body>\n</html>\n").toString();
  }

  /**
   * Appends the table: the header row in a {@code thead} (repeated on every printed page), a row per indicator
   * (class {@code levelN}, the name indented by level, the points in a {@code td.points}), then per adjustment item.
   * The report's appendix ({@link HtmlReport}) is this table too.
   */
  static void table(CriteriaTable table, StringBuilder out) {
    out.append("<table class=\"criteria\">\n<thead><tr>");
    table.header().forEach(label -> out.append("<th>").append(ESCAPER.escape(label)).append("</th>"));
    out.append("</tr></thead>\n<tbody>\n");
    for (CriteriaTable.Row row : table.rows()) {
      out.append("<tr class=\"level").append(row.level()).append("\"><td>").append(ESCAPER.escape(row.id()))
          .append("</td><td style=\"padding-left:").append(0.6 + 1.5 * Math.max(0, row.level() - 1))
          .append("em\">").append(ESCAPER.escape(row.name())).append("</td><td class=\"points\">")
          .append(ESCAPER.escape(row.points())).append("</td><td>").append(ESCAPER.escape(row.criteria()))
          .append("</td><td>").append(ESCAPER.escape(row.evidence())).append("</td><td>")
          .append(ESCAPER.escape(row.appliesTo())).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }
}
