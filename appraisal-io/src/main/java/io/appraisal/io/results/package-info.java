/**
 * Writing results: the published ranking as CSV (for Excel) and JSON (for programs, with the whole explanation),
 * and as a text table for a terminal in English or Chinese. Every writer is deterministic (same inputs, same bytes)
 * and every file is written atomically. The JSON reads back as a {@link io.appraisal.io.results.PublishedRanking}
 * (for verification), and {@link io.appraisal.io.results.FrozenResult} records what a frozen, published result was
 * computed from. Start at {@link io.appraisal.io.results.RankingReport}.
 */
package io.appraisal.io.results;
