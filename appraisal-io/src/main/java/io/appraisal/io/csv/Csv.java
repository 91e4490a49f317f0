package io.appraisal.io.csv;

import static java.util.Objects.requireNonNull;

import io.appraisal.core.Problem;
import java.util.ArrayList;
import java.util.List;
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
    return new Parser(source, text).parse();
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

  private static final class Parser {
    private final String source;
    private final CharSequence text;
    private final List<CsvRecord> records = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private int pos;
    private long line = 1;

    Parser(String source, CharSequence text) {
      this.source = source;
      this.text = text;
      this.pos = text.length() > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
    }

    CsvTable parse() {
      int length = text.length();
      while (pos < length) {
        long start = line;
        List<String> fields = new ArrayList<>();
        boolean endOfRecord = false;
        while (!endOfRecord) {
          fields.add(pos < length && text.charAt(pos) == '"' ? quoted() : unquoted());
          if (pos >= length) {
            endOfRecord = true;
          } else if (text.charAt(pos) == ',') {
            pos++;
          } else {
            lineBreak();
            endOfRecord = true;
          }
        }
        records.add(new CsvRecord(start, fields));
      }
      return new CsvTable(source, records, problems);
    }

    /** Reads an unquoted field up to a comma, a line break or the end. */
    private String unquoted() {
      int start = pos;
      boolean reported = false;
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (c == ',' || c == '\n' || c == '\r') {
          break;
        }
        if (c == '"' && !reported) {
          reported = true;
          problems.add(new Problem(source, line, "", "",
              "a quote inside an unquoted field; enclose the field in quotes and write the quote twice"));
        }
        pos++;
      }
      return text.subSequence(start, pos).toString();
    }

    /** Reads a field that starts with a quote, up to its closing quote. */
    private String quoted() {
      long opened = line;
      pos++;
      StringBuilder value = new StringBuilder();
      while (true) {
        if (pos >= text.length()) {
          problems.add(new Problem(source, opened, "", "",
              "a quoted field is never closed: the quote opened on line " + opened + " has no closing quote"));
          return value.toString();
        }
        char c = text.charAt(pos);
        if (c == '"') {
          if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
            value.append('"');
            pos += 2;
            continue;
          }
          pos++;
          break;
        }
        if (c == '\r' || c == '\n') {
          int before = pos;
          lineBreak();
          value.append(text, before, pos);
          continue;
        }
        value.append(c);
        pos++;
      }
      if (pos < text.length()) {
        char next = text.charAt(pos);
        if (next != ',' && next != '\r' && next != '\n') {
          problems.add(new Problem(source, line, "", "",
              "text after the closing quote of a quoted field; write a quote inside a quoted field twice"));
          value.append(unquotedRest());
        }
      }
      return value.toString();
    }

    private String unquotedRest() {
      int start = pos;
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (c == ',' || c == '\n' || c == '\r') {
          break;
        }
        pos++;
      }
      return text.subSequence(start, pos).toString();
    }

    /** Consumes CRLF, LF or CR at {@code pos}. */
    private void lineBreak() {
      if (text.charAt(pos) == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
        pos += 2;
      } else {
        pos++;
      }
      line++;
    }
  }
}
