/**
 * Excel workbooks (.xlsx), the analysts' tool: {@link io.appraisal.xlsx.XlsxWriter} writes a result (ranking,
 * categories, breakdown, adjustments, notes) and {@link io.appraisal.xlsx.XlsxDataReader} reads units, values and
 * adjustment events with every problem located by sheet and row. Built on Apache POI.
 */
package io.appraisal.xlsx;
