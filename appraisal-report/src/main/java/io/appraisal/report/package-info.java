/**
 * Reports of results for people: a self-contained HTML page (ranking, charts, every unit's breakdown) that opens
 * offline. Start at {@link io.appraisal.report.HtmlReport}.
 */
package io.appraisal.report;
