package io.appraisal.cli;

import io.appraisal.core.Messages;
import java.io.PrintWriter;

/**
 * A progress bar on stderr for long runs. On a terminal it redraws one line ({@code \r}) and clears it at the end;
 * otherwise (a log file) it prints one line per step. Shown when {@code --progress} asks for it, or, unless {@code
 * --no-progress}, when stderr is a terminal or the run has at least {@link #MANY_UNITS} units (before the data is
 * read: a values file of at least {@link #MANY_BYTES}). Steps carry no timings, so the output is deterministic.
 */
final class Progress {
  /** From this many units a run is long enough to show progress even when stderr is not a terminal. */
  static final int MANY_UNITS = 10_000;

  /** A values file this large holds about {@link #MANY_UNITS} units × 30 values: reading it is a long step. */
  static final long MANY_BYTES = 8L << 20;

  private static final int WIDTH = 24;
  private static final Progress OFF = new Progress(null, null, 0, false);

  private final PrintWriter err;
  private final Messages messages;
  private final int steps;
  private final boolean terminal;
  private int done;
  private int drawn;

  private Progress(PrintWriter err, Messages messages, int steps, boolean terminal) {
    this.err = err;
    this.messages = messages;
    this.steps = steps;
    this.terminal = terminal;
  }

  /** The choice of {@code --progress} / {@code --no-progress}: null when neither was given. */
  static Progress start(Boolean option, int units, int steps, Messages messages, PrintWriter err) {
    return start(option, units >= MANY_UNITS, steps, messages, err);
  }

  /** A bar started before the data is read, whose first step is reading it: {@code bytes} of values to read. */
  static Progress startReading(Boolean option, long bytes, int steps, Messages messages, PrintWriter err) {
    return start(option, bytes >= MANY_BYTES, steps, messages, err);
  }

  private static Progress start(Boolean option, boolean many, int steps, Messages messages, PrintWriter err) {
    boolean terminal = System.console() != null;
    boolean show = option != null ? option : terminal || many;
    return show ? new Progress(err, messages, Math.max(1, steps), terminal) : OFF;
  }

  /** Starts the next step, {@code what} in the command's language. */
  void step(String what) {
    if (err == null) {
      return;
    }
    done = Math.min(done + 1, steps);
    int filled = WIDTH * (done - 1) / steps;
    String line = "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + steps + " " + what;
    if (terminal) {
      Terminal.control(err, "\r");
      err.print(line + " ".repeat(Math.max(0, drawn - line.length())));
      drawn = line.length();
    } else {
      err.println(line);
    }
    err.flush();
  }

  /** Ends the bar: on a terminal the line is cleared, so that the output that follows starts clean. */
  void finish() {
    if (err == null) {
      return;
    }
    if (terminal) {
      Terminal.control(err, "\r" + " ".repeat(drawn) + "\r");
    } else {
      err.println("[" + "#".repeat(WIDTH) + "] " + messages.text("cli.step-done"));
    }
    err.flush();
  }
}
