package io.appraisal.io.results;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A plain-text table for a terminal: columns padded to their widest cell, counting East Asian wide characters as two
 * columns so that Chinese names line up; numbers right-aligned where asked; trailing spaces stripped.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class TextTable {
  private final ImmutableList<String> header;
  private final boolean[] right;
  private final List<List<String>> rows = new ArrayList<>();

  /**
   * A table with these column titles; {@code rightAligned[c]} right-aligns column c (shorter arrays leave the rest
   * left-aligned).
   */
  public TextTable(List<String> header, boolean... rightAligned) {
    this.header = ImmutableList.copyOf(header);
    this.right = new boolean[header.size()];
    System.arraycopy(rightAligned, 0, right, 0, Math.min(rightAligned.length, right.length));
  }

  /** Adds a row; it must have one cell per column. */
  public TextTable row(List<String> cells) {
    requireNonNull(cells, "cells");
    if (cells.size() != header.size()) {
      throw new IllegalArgumentException("a row of " + cells.size() + " cells in a table of " + header.size()
          + " columns");
    }
    rows.add(ImmutableList.copyOf(cells));
    return this;
  }

  /** The table, one line per row after the header line, each ending with {@code '\n'}. */
  public String render() {
    StringBuilder out = new StringBuilder();
    render(out);
    return out.toString();
  }

  void render(StringBuilder out) {
    int[] width = new int[header.size()];
    widen(width, header);
    rows.forEach(row -> widen(width, row));
    line(out, header, width);
    rows.forEach(row -> line(out, row, width));
  }

  private static void widen(int[] width, List<String> row) {
    for (int c = 0; c < width.length; c++) {
      width[c] = Math.max(width[c], displayWidth(row.get(c)));
    }
  }

  /** Appends one row padded to the widths, without trailing whitespace, straight into {@code out}. */
  private void line(StringBuilder out, List<String> row, int[] width) {
    int start = out.length();
    for (int c = 0; c < width.length; c++) {
      if (c > 0) {
        out.append("  ");
      }
      String cell = row.get(c);
      int padding = width[c] - displayWidth(cell);
      if (right[c]) {
        spaces(out, padding);
      }
      out.append(cell);
      if (!right[c]) {
        spaces(out, padding);
      }
    }
    int end = out.length();
    while (end > start && Character.isWhitespace(out.charAt(end - 1))) {
      end--;
    }
    out.setLength(end);
    out.append('\n');
  }

  private static void spaces(StringBuilder out, int count) {
    for (int i = 0; i < count; i++) {
      out.append(' ');
    }
  }

  /** Terminal columns: two for East Asian wide and full-width characters, one for the rest. */
  public static int displayWidth(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      width += isWide(c) ? 2 : 1;
    }
    return width;
  }

  private static boolean isWide(int c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
  }
}
