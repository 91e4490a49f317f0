package io.appraisal.core;

import java.util.List;

/**
 * Problems and notes without their bundle key and arguments, to compare with expectations written as free text
 * (the English message, source, line, field and value, or unit, indicator and kind, still all compared).
 */
public final class Unkeyed {
  private Unkeyed() {}

  /** Each problem as the free-text problem with the same English message. */
  public static List<Problem> problems(List<Problem> problems) {
    return problems.stream().map(p -> new Problem(p.source(), p.line(), p.field(), p.value(), p.message())).toList();
  }

  /** Each note as the free-text note with the same English sentence. */
  public static List<Note> notes(List<Note> notes) {
    return notes.stream().map(n -> new Note(n.unit(), n.indicator(), n.kind(), n.message())).toList();
  }
}
