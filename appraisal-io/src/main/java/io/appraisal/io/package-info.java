/**
 * Reading appraisal data from CSV files and the bundled example. Start at {@link io.appraisal.io.DatasetFiles} or
 * {@link io.appraisal.io.ExampleData}; results are written by {@link io.appraisal.io.results}, and the command line
 * lives in {@link io.appraisal.io.cli}.
 */
package io.appraisal.io;
