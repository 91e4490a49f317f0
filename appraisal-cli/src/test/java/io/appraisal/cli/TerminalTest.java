package io.appraisal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** What reaches the terminal shows control characters instead of obeying them. */
class TerminalTest {
  @Test
  void controlCharactersAreShownNotObeyed() {
    assertEquals("\\e[2J\\e[31m市委办公室\\e[0m", Terminal.escape("\u001b[2J\u001b[31m市委办公室\u001b[0m"));
    assertEquals("a\\rb", Terminal.escape("a\rb")); // a carriage return would let a value overwrite its line
    assertEquals("\\u0007\\u0000\\u007f", Terminal.escape("\u0007\u0000\u007f"));
    assertEquals("\\u009b31m", Terminal.escape("\u009b31m")); // the one-character CSI of C1
    assertEquals("G09 \\u202egnp.exe", Terminal.escape("G09 \u202egnp.exe")); // right-to-left override
    assertEquals("line\n\tnext ↑↓ 市司法局", Terminal.escape("line\n\tnext ↑↓ 市司法局"));
  }

  @Test
  void everythingPrintedGoesThroughTheEscapeButTheCommandLinesOwnControl() {
    StringWriter raw = new StringWriter();
    Terminal terminal = new Terminal(raw);
    terminal.print("unit \u001b[31mX");
    terminal.println('\u001b');
    terminal.write(new char[] {'\r', 'y'}, 0, 2);
    Terminal.control(terminal, "\r");
    terminal.flush();
    assertEquals("unit \\e[31mX\\e\n\\ry\r", raw.toString());
  }
}
