/**
 * Excel workbooks (.xlsx), the analysts' tool: {@link io.appraisal.xlsx.XlsxWriter} writes a result (ranking,
 * categories, breakdown, adjustments, notes), {@link io.appraisal.xlsx.XlsxDataReader} reads units, values and
 * adjustment events with every problem located by sheet and row (by sheet and cell in a filled template), {@link
 * io.appraisal.xlsx.XlsxTemplate} writes the data-collection workbook units fill, and {@link
 * io.appraisal.xlsx.XlsxCriteria} the policy's scoring rules (考核细则). Built on Apache POI.
 */
package io.appraisal.xlsx;
