/**
 * Reading appraisal data: the CSV files of a directory ({@link io.appraisal.io.DatasetFiles}: units, values with
 * optional self-assessments, adjustments, and the correction log), one JSON file ({@link
 * io.appraisal.io.DatasetJson}), and the bundled example ({@link io.appraisal.io.ExampleData}). Every reader returns
 * a {@link io.appraisal.io.LoadedDataset}: the data, its correction log ({@link io.appraisal.io.LoadedCorrections})
 * and every problem located by file, line, field and value. Results are written by {@link
 * io.appraisal.io.results}, and the command line lives in {@link io.appraisal.io.cli}.
 */
package io.appraisal.io;
