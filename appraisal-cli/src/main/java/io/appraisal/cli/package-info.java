/**
 * The {@code appraisal} command line: {@code rank}, {@code annual}, {@code explain}, {@code verify}, {@code
 * report} and {@code validate}. Entry point {@link
 * io.appraisal.cli.AppraisalCli}; the other classes are not for outside use.
 */
package io.appraisal.cli;
