/**
 * A small RFC 4180 CSV reader and field writer with located problems: quotes, embedded commas and line breaks,
 * CRLF or LF, UTF-8 with or without a byte-order mark, or GB18030 ({@link io.appraisal.io.csv.TextEncoding}). Used
 * by {@link io.appraisal.io.DatasetFiles} and the result writers; usable on its own.
 */
package io.appraisal.io.csv;
