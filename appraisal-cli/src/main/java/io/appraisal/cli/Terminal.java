package io.appraisal.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;

/**
 * A writer for the terminal that shows control characters instead of obeying them: values echoed from the inputs
 * (unit names, ids, file contents in messages) could otherwise move the cursor, recolour or clear the screen, or
 * hide text (ANSI escapes, a carriage return, bidirectional overrides). ESC is shown as {@code \e}, a carriage
 * return as {@code \r}, any other as {@code \}{@code uXXXX}; line feeds and tabs pass. The command line's own control
 * output (the progress bar's carriage returns) goes through {@link #control}.
 */
final class Terminal extends PrintWriter {
  private final Writer raw;

  Terminal(Writer raw) {
    super(new Escaping(raw), true);
    this.raw = raw;
  }

  /** Writes {@code text} as it is, for the command line's own control characters. */
  static void control(PrintWriter out, String text) {
    if (out instanceof Terminal terminal) {
      terminal.flush();
      try {
        terminal.raw.write(text);
        terminal.raw.flush();
      } catch (IOException e) {
        terminal.setError();
      }
    } else {
      out.print(text);
    }
  }

  /** {@code text} with its control characters shown, as this writer prints it. */
  static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String shown = shown(c);
      if (shown != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (shown == null) {
          out.append(c);
        } else {
          out.append(shown);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  /** How a character is shown, or null when it is printed as it is. */
  private static String shown(char c) {
    if (c == '\n' || c == '\t') {
      return null;
    }
    if (c == 0x1B) {
      return "\\e";
    }
    if (c == '\r') {
      return "\\r";
    }
    boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F)
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069); // bidirectional embeddings and isolates
    return control ? String.format(Locale.ROOT, "\\u%04x", (int) c) : null;
  }

  private static final class Escaping extends FilterWriter {
    Escaping(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      write(String.valueOf((char) c), 0, 1);
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
      write(new String(buffer, offset, length), 0, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      out.write(escape(text.substring(offset, offset + length)));
    }
  }
}
