/**
 * The illustrative example policy derived from Baicheng's 2022 rule-of-law government work report. It is our
 * design, not a published scheme: see {@link io.appraisal.rules.example.BaichengPolicy}.
 */
package io.appraisal.rules.example;
