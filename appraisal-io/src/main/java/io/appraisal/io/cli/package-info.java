/**
 * The {@code appraisal} command line: {@code rank} and {@code validate}. Entry point {@link
 * io.appraisal.io.cli.AppraisalCli}; the other classes are not for outside use.
 */
package io.appraisal.io.cli;
