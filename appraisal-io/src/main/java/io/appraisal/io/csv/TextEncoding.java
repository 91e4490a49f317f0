package io.appraisal.io.csv;

import static java.util.Objects.requireNonNull;

import io.appraisal.core.Problem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * How the bytes of an input text file are decoded.
 *
 * <ul>
 *   <li>{@link #AUTO} (the default of every reader): a file that starts with the UTF-8 byte-order mark, or whose bytes
 *       are valid UTF-8, is read as UTF-8; any other file is read as GB18030, the encoding Chinese Excel and WPS
 *       save "CSV" in (it includes GBK and GB2312). Chinese text in GB18030 is practically never valid UTF-8, and a
 *       pure ASCII file reads the same either way, so the guess is safe; force an encoding when it is not.
 *   <li>{@link #UTF_8}: UTF-8 only (a byte-order mark is skipped); invalid bytes are a problem naming the byte.
 *   <li>{@link #GB18030}: GB18030 only (its byte-order mark {@code 84 31 95 33} is skipped).
 * </ul>
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum TextEncoding {
  AUTO,
  UTF_8,
  GB18030;

  private static final Charset GB18030_CHARSET = Charset.forName("GB18030");
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final byte[] GB18030_BOM = {(byte) 0x84, (byte) 0x31, (byte) 0x95, (byte) 0x33};

  /**
   * The text of a file, or why it could not be decoded.
   *
   * @param text the decoded text without byte-order mark; empty when {@code problem} is set
   * @param charset the encoding used (or tried)
   * @param detected whether {@link #AUTO} chose GB18030 because the bytes were not UTF-8
   * @param problem null, or the problem naming the first byte that could not be decoded
   */
  public record Decoded(String text, Charset charset, boolean detected, Problem problem) {}

  /**
   * Parses an encoding name as given on a command line: {@code auto}, {@code utf-8} ({@code utf8}) or {@code
   * gb18030} ({@code gbk} and {@code gb2312} are read as GB18030, which contains them); case-insensitive.
   *
   * @throws IllegalArgumentException for any other name
   */
  public static TextEncoding parse(String name) {
    requireNonNull(name, "name");
    return switch (name.trim().toLowerCase(Locale.ROOT).replace("_", "-")) {
      case "auto" -> AUTO;
      case "utf-8", "utf8" -> UTF_8;
      case "gb18030", "gbk", "gb2312", "cp936" -> GB18030;
      default -> throw new IllegalArgumentException("unknown encoding '" + name
          + "': use auto, utf-8 or gb18030");
    };
  }

  /**
   * Decodes a file's bytes; {@code source} names the file in the problem. A UTF-16 or UTF-32 file (what Excel saves
   * as "Unicode text") is one problem, not a cascade of problems on every line of a misread text.
   */
  public Decoded decode(String source, byte[] bytes) {
    requireNonNull(source, "source");
    requireNonNull(bytes, "bytes");
    String foreign = wideEncoding(bytes);
    if (foreign != null) {
      return new Decoded("", StandardCharsets.UTF_8, false, new Problem(source, 1, "", "",
          "the file is " + foreign + ", not UTF-8 or GB18030; save it as CSV UTF-8"));
    }
    return switch (this) {
      case UTF_8 -> strict(source, bytes, StandardCharsets.UTF_8, false);
      case GB18030 -> strict(source, bytes, GB18030_CHARSET, false);
      case AUTO -> {
        if (startsWith(bytes, UTF8_BOM)) {
          yield strict(source, bytes, StandardCharsets.UTF_8, false);
        }
        Decoded utf8 = strict(source, bytes, StandardCharsets.UTF_8, false);
        yield utf8.problem() == null ? utf8 : strict(source, bytes, GB18030_CHARSET, true);
      }
    };
  }

  private static Decoded strict(String source, byte[] bytes, Charset charset, boolean detected) {
    byte[] bom = charset.equals(StandardCharsets.UTF_8) ? UTF8_BOM : GB18030_BOM;
    int start = startsWith(bytes, bom) ? bom.length : 0;
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int position = in.position();
      long line = 1;
      for (int i = 0; i < position; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      String message = charset.equals(StandardCharsets.UTF_8)
          ? "the file is not valid UTF-8 (byte " + (position + 1) + "); save it as CSV UTF-8"
          : "the file is neither valid UTF-8 nor valid GB18030 (byte " + (position + 1) + "); save it as CSV UTF-8";
      if (!detected && !charset.equals(StandardCharsets.UTF_8)) {
        message = "the file is not valid GB18030 (byte " + (position + 1) + "); save it as CSV UTF-8";
      }
      return new Decoded("", charset, detected, new Problem(source, line, "", "", message));
    }
    out.flip();
    return new Decoded(out.toString(), charset, detected, null);
  }

  /**
   * The name of a wide encoding the bytes are in ({@code "UTF-16"} or {@code "UTF-32"}, told by the byte-order mark
   * or by zero bytes, which text in UTF-8 or GB18030 never holds), or null.
   */
  public static String wideEncoding(byte[] bytes) {
    requireNonNull(bytes, "bytes");
    if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0})
        || startsWith(bytes, new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF})) {
      return "UTF-32";
    }
    if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE})
        || startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
      return "UTF-16";
    }
    for (int i = 0; i < Math.min(bytes.length, 4096); i++) {
      if (bytes[i] == 0) {
        return "UTF-16 or binary (it holds zero bytes)";
      }
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
