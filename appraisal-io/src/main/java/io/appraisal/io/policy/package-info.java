/**
 * The policy file format (YAML or JSON): reading with every problem located at a line and column, canonical
 * writing, and the JSON Schema. Start at {@link io.appraisal.io.policy.PolicyFiles}.
 */
package io.appraisal.io.policy;
