package io.appraisal.io.csv;

import static java.util.Objects.requireNonNull;

import io.appraisal.core.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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

  /** The bytes of a file, opened afresh for each pass (detection may read a file twice). */
  @FunctionalInterface
  public interface Bytes {
    InputStream open() throws IOException;
  }

  /**
   * Decodes a file's bytes; {@code source} names the file in the problem. A UTF-16 or UTF-32 file (what Excel saves
   * as "Unicode text") is one problem, not a cascade of problems on every line of a misread text.
   */
  public Decoded decode(String source, byte[] bytes) {
    requireNonNull(bytes, "bytes");
    try {
      Decoded checked = check(source, () -> new ByteArrayInputStream(bytes));
      if (checked.problem() != null) {
        return checked;
      }
      byte[] bom = bom(checked.charset());
      int start = startsWith(bytes, bom) ? bom.length : 0;
      return new Decoded(new String(bytes, start, bytes.length - start, checked.charset()), checked.charset(),
          checked.detected(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
  }

  /**
   * Finds how a file decodes without holding it: the charset to read it with ({@link Decoded#text()} is empty), or
   * the problem naming the first byte that could not be decoded. The bytes are streamed once, twice when {@link
   * #AUTO} falls back to GB18030; a byte-order mark decodes to {@code U+FEFF}, which {@link Csv} skips.
   *
   * @throws IOException when the bytes cannot be read
   */
  public Decoded check(String source, Bytes bytes) throws IOException {
    requireNonNull(source, "source");
    requireNonNull(bytes, "bytes");
    byte[] head;
    try (InputStream stream = bytes.open()) {
      head = stream.readNBytes(4096);
    }
    String foreign = wideEncoding(head);
    if (foreign != null) {
      return new Decoded("", StandardCharsets.UTF_8, false, foreign.startsWith("UTF-16 or")
          ? Problem.keyed(source, 1, "", "", "problem.io.csv.zero-bytes")
          : Problem.keyed(source, 1, "", "", "problem.io.csv.wide", foreign));
    }
    return switch (this) {
      case UTF_8 -> strict(source, bytes, StandardCharsets.UTF_8, false);
      case GB18030 -> strict(source, bytes, GB18030_CHARSET, false);
      case AUTO -> {
        Decoded utf8 = strict(source, bytes, StandardCharsets.UTF_8, false);
        yield utf8.problem() == null || startsWith(head, UTF8_BOM) ? utf8
            : strict(source, bytes, GB18030_CHARSET, true);
      }
    };
  }

  private static byte[] bom(Charset charset) {
    return charset.equals(StandardCharsets.UTF_8) ? UTF8_BOM : GB18030_BOM;
  }

  private static Decoded strict(String source, Bytes bytes, Charset charset, boolean detected) throws IOException {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(1 << 16);
    CharBuffer out = CharBuffer.allocate(1 << 16);
    long base = 0;
    long line = 1;
    boolean bomSkipped = false;
    try (InputStream stream = bytes.open()) {
      while (true) {
        int read = stream.read(in.array(), in.position(), in.remaining());
        boolean end = read < 0;
        in.position(in.position() + Math.max(read, 0));
        in.flip();
        if (!bomSkipped) {
          if (in.remaining() < 4 && !end) {
            in.compact();
            continue;
          }
          byte[] bom = bom(charset);
          if (startsWith(Arrays.copyOf(in.array(), Math.min(in.remaining(), bom.length)), bom)) {
            in.position(bom.length);
          }
          bomSkipped = true;
        }
        int start = in.position();
        byte[] array = in.array();
        boolean ascii = true;
        int at = start;
        for (; at + Long.BYTES <= in.limit() && ascii; at += Long.BYTES) { // eight bytes at a time: any high bit?
          ascii = (in.getLong(at) & 0x8080808080808080L) == 0;
        }
        for (; at < in.limit() && ascii; at++) {
          ascii = array[at] >= 0;
        }
        CoderResult result = CoderResult.UNDERFLOW;
        if (ascii) {
          in.position(in.limit()); // ASCII is valid UTF-8 and GB18030 alike: nothing to decode
          if (end) {
            out.clear();
            result = decoder.decode(in, out, true); // ends the input, so that the decoder may be flushed
          }
        } else {
          do {
            out.clear();
            result = decoder.decode(in, out, end);
          } while (result.isOverflow());
        }
        if (end && !result.isError()) {
          do {
            out.clear();
            result = decoder.flush(out);
          } while (result.isOverflow());
        }
        for (int i = start; i < in.position(); i++) {
          if (array[i] == '\n') {
            line++;
          }
        }
        if (result.isError()) {
          return new Decoded("", charset, detected, Problem.keyed(source, line, "", "",
              key(charset, detected), base + in.position() + 1));
        }
        if (end) {
          return new Decoded("", charset, detected, null);
        }
        base += in.position();
        in.compact();
      }
    }
  }

  /** The message of a byte the charset cannot decode; its {@code {0}} is the byte's 1-based position. */
  private static String key(Charset charset, boolean detected) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      return "problem.io.csv.not-utf8";
    }
    return detected ? "problem.io.csv.neither" : "problem.io.csv.not-gb18030";
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
