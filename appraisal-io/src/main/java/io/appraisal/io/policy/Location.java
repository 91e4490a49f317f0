package io.appraisal.io.policy;

import com.fasterxml.jackson.core.JsonLocation;

/** Where something was written in a policy file: 1-based line and column. */
record Location(long line, int column) {
  static Location of(JsonLocation location) {
    return new Location(location.getLineNr(), location.getColumnNr());
  }
}
