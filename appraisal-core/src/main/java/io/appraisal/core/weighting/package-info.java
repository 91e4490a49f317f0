/**
 * Criterion weighting (AHP, entropy, CRITIC, equal and given weights) and TOPSIS composite scoring, depending only on
 * the JDK and Guava.
 */
package io.appraisal.core.weighting;
