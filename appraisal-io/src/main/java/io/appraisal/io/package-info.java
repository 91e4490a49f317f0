/**
 * Reading appraisal data: the CSV files of a directory ({@link io.appraisal.io.DatasetFiles}: units, values with
 * optional self-assessments, adjustments, and the correction log; also from a class-path folder) and one JSON file
 * ({@link io.appraisal.io.DatasetJson}). Every reader returns a {@link io.appraisal.io.LoadedDataset}: the data, its
 * correction log ({@link io.appraisal.io.LoadedCorrections}) and every problem located by file, line, field and
 * value. Results are written by {@link io.appraisal.io.results}; Excel, the HTML report and the command line live in
 * their own modules (appraisal-xlsx, appraisal-report, appraisal-cli).
 */
package io.appraisal.io;
