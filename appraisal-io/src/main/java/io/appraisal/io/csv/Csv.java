package io.appraisal.io.csv;

import static java.util.Objects.requireNonNull;

import io.appraisal.core.Problem;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Reads CSV as RFC 4180 describes it, and quotes fields for writing.
 *
 * <ul>
 *   <li>Fields are separated by commas; records by CRLF, LF or a lone CR.
 *   <li>A field enclosed in double quotes may hold commas, line breaks and quotes written twice ({@code ""}).
 *   <li>The bytes are UTF-8 (a leading byte-order mark is skipped: Excel writes one), or decoded by a {@link
 *       TextEncoding} such as GB18030 or {@link TextEncoding#AUTO} detection.
 * </ul>
 *
 * <p>Reading never throws for bad content: every problem is returned in {@link CsvTable#problems()} with its line,
 * so a caller can report all of them at once.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Csv {
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private Csv() {}

  /** The UTF-8 byte-order mark (EF BB BF), which makes Excel read a CSV file as UTF-8; a new array each call. */
  public static byte[] utf8Bom() {
    return UTF8_BOM.clone();
  }

  /** Decodes {@code bytes} as UTF-8 (skipping a byte-order mark) and parses them. */
  public static CsvTable read(String source, byte[] bytes) {
    return read(source, bytes, TextEncoding.UTF_8);
  }

  /** Decodes {@code bytes} by {@code encoding} (skipping a byte-order mark) and parses them. */
  public static CsvTable read(String source, byte[] bytes, TextEncoding encoding) {
    requireNonNull(source, "source");
    requireNonNull(bytes, "bytes");
    requireNonNull(encoding, "encoding");
    TextEncoding.Decoded decoded = encoding.decode(source, bytes);
    if (decoded.problem() != null) {
      return new CsvTable(source, List.of(), List.of(decoded.problem()));
    }
    return parse(source, decoded.text());
  }

  /** Parses text already decoded; a leading byte-order mark character is skipped. */
  public static CsvTable parse(String source, CharSequence text) {
    requireNonNull(source, "source");
    requireNonNull(text, "text");
    List<CsvRecord> records = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    try {
      new Parser(source, new StringReader(text.toString()), problems).forEach(records::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    return new CsvTable(source, records, problems);
  }

  /**
   * Parses decoded text as it is read, handing each record to {@code sink} without holding the file: for files too
   * large to keep whole. A leading byte-order mark character is skipped; problems are added to {@code problems}.
   *
   * @throws IOException when {@code text} cannot be read
   */
  public static void stream(String source, Reader text, List<Problem> problems, Consumer<CsvRecord> sink)
      throws IOException {
    requireNonNull(source, "source");
    requireNonNull(text, "text");
    requireNonNull(problems, "problems");
    requireNonNull(sink, "sink");
    new Parser(source, text, problems).forEach(sink);
  }

  /** A field as written to a CSV file: quoted (with quotes doubled) only when it holds a comma, quote or line break. */
  public static String field(String value) {
    requireNonNull(value, "value");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return '"' + value.replace("\"", "\"\"") + '"';
      }
    }
    return value;
  }

  /**
   * A text cell made safe for spreadsheets (OWASP "CSV injection"): a value that starts with {@code = + - @}, a tab
   * or a carriage return, which Excel, WPS or LibreOffice could run as a formula ({@code =HYPERLINK(...)}, {@code
   * =cmd|' /C calc'!A0}), gets a leading single quote, which the spreadsheet shows as text. For text columns only
   * (unit names, ids, grades): a number such as {@code -1} in a numeric column stays a number.
   */
  public static String text(String value) {
    requireNonNull(value, "value");
    if (value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    return formula ? "'" + value : value;
  }

  /** A record as written to a CSV file, without the line ending. */
  public static String record(List<String> values) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(values.get(i)));
    }
    return out.toString();
  }

  /** Reads records from a character stream through a buffer, one record at a time. */
  private static final class Parser {
    private static final int EOF = -1;
    private final String source;
    private final Reader in;
    private final List<Problem> problems;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder field = new StringBuilder();
    /** The fields of the record being read (reused: the record copies them). */
    private final List<String> fields = new ArrayList<>();
    /**
     * The previous record's fields: a field that repeats the one above it (a unit id or period on every row of a big
     * values file) is that same string, so that it is neither allocated again nor compared by its characters later.
     */
    private List<String> above = List.of();
    private int pos;
    private int limit;
    private long line = 1;

    Parser(String source, Reader in, List<Problem> problems) {
      this.source = source;
      this.in = in;
      this.problems = problems;
    }

    void forEach(Consumer<CsvRecord> sink) throws IOException {
      if (at(0) == '\uFEFF') {
        pos++;
      }
      while (at(0) != EOF) {
        long start = line;
        fields.clear();
        boolean endOfRecord = false;
        while (!endOfRecord) {
          fields.add(at(0) == '"' ? quoted() : unquoted(fields.size()));
          int c = at(0);
          if (c == EOF) {
            endOfRecord = true;
          } else if (c == ',') {
            pos++;
          } else {
            lineBreak();
            endOfRecord = true;
          }
        }
        CsvRecord record = new CsvRecord(start, fields);
        above = record.fields();
        sink.accept(record);
      }
    }

    /** The character {@code offset} places ahead, or {@link #EOF}; reads more of the stream when needed. */
    private int at(int offset) throws IOException {
      if (pos + offset >= limit) {
        System.arraycopy(buffer, pos, buffer, 0, limit - pos);
        limit -= pos;
        pos = 0;
        while (offset >= limit) {
          int read = in.read(buffer, limit, buffer.length - limit);
          if (read < 0) {
            return EOF;
          }
          limit += read;
        }
      }
      return buffer[pos + offset];
    }

    /** Reads unquoted field number {@code column} up to a comma, a line break or the end. */
    private String unquoted(int column) throws IOException {
      // Fast path: the field ends inside the buffer, without a quote: one string straight from the buffer, or the
      // string of the field above when the characters are the same.
      for (int i = pos; i < limit; i++) {
        char c = buffer[i];
        if (c == ',' || c == '\n' || c == '\r') {
          String value = column >= 0 && column < above.size() && sameAs(above.get(column), i - pos) ? above.get(column)
              : new String(buffer, pos, i - pos);
          pos = i;
          return value;
        }
        if (c == '"') {
          break;
        }
      }
      field.setLength(0);
      boolean reported = false;
      for (int c = at(0); c != EOF && c != ',' && c != '\n' && c != '\r'; c = at(0)) {
        if (c == '"' && !reported) {
          reported = true;
          problems.add(Problem.keyed(source, line, "", "", "problem.io.csv.quote-inside"));
        }
        field.append((char) c);
        pos++;
      }
      return field.toString();
    }

    /** Whether the {@code length} characters at {@code pos} are {@code text}. */
    private boolean sameAs(String text, int length) {
      if (text.length() != length) {
        return false;
      }
      for (int k = 0; k < length; k++) {
        if (buffer[pos + k] != text.charAt(k)) {
          return false;
        }
      }
      return true;
    }

    /** Reads a field that starts with a quote, up to its closing quote. */
    private String quoted() throws IOException {
      long opened = line;
      pos++;
      StringBuilder value = new StringBuilder();
      while (true) {
        int c = at(0);
        if (c == EOF) {
          problems.add(Problem.keyed(source, opened, "", "", "problem.io.csv.unclosed", opened));
          return value.toString();
        }
        if (c == '"') {
          if (at(1) == '"') {
            value.append('"');
            pos += 2;
            continue;
          }
          pos++;
          break;
        }
        if (c == '\r' || c == '\n') {
          value.append((char) c);
          if (c == '\r' && at(1) == '\n') {
            value.append('\n');
          }
          lineBreak();
          continue;
        }
        value.append((char) c);
        pos++;
      }
      int next = at(0);
      if (next != EOF && next != ',' && next != '\r' && next != '\n') {
        problems.add(Problem.keyed(source, line, "", "", "problem.io.csv.after-quote"));
        value.append(unquoted(-1));
      }
      return value.toString();
    }

    /** Consumes CRLF, LF or CR at {@code pos}. */
    private void lineBreak() throws IOException {
      int length = at(0) == '\r' && at(1) == '\n' ? 2 : 1; // before reading pos: at() may move the buffer
      pos += length;
      line++;
    }
  }
}
