/**
 * Writing results: the published ranking as CSV (for Excel) and JSON (for programs, with the whole explanation),
 * and as a text table for a terminal. Every writer is deterministic (same inputs, same bytes) and every file is
 * written atomically. Start at {@link io.appraisal.io.results.RankingReport}.
 */
package io.appraisal.io.results;
