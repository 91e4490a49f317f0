package io.appraisal.core;

import static java.util.Objects.requireNonNull;

/**
 * What a result was computed from, so that it can be reproduced and verified years later.
 *
 * @param policySha256 SHA-256 of the policy's canonical form
 * @param dataSha256 SHA-256 of the canonical form of the input data the period used (units, values, self-assessments
 *     and events of the period, or of its quarters and year for an annual result) and of the corrections applied
 * @param libraryVersion the version of appraisal-core, or {@code DEVELOPMENT} outside a released jar
 */
public record Provenance(String policySha256, String dataSha256, String libraryVersion) {
  public Provenance {
    requireNonNull(policySha256, "policySha256");
    requireNonNull(dataSha256, "dataSha256");
    requireNonNull(libraryVersion, "libraryVersion");
  }
}
