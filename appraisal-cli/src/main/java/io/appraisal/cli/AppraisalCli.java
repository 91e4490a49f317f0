package io.appraisal.cli;

import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.Messages;
import io.appraisal.core.Provenance;
import io.appraisal.rules.BuiltInRules;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code appraisal} command: {@code rank}, {@code annual}, {@code explain}, {@code verify}, {@code report} and
 * {@code validate}. Run in-process with {@link #commandLine()}:
 *
 * <pre>{@code
 * int exit = AppraisalCli.commandLine().setOut(out).setErr(err).execute("rank", "--period", "2022-Q3");
 * }</pre>
 */
@Command(
    name = AppraisalCli.NAME,
    mixinStandardHelpOptions = true,
    versionProvider = AppraisalCli.Version.class,
    subcommands = {RankCommand.class, AnnualCommand.class, ExplainCommand.class, VerifyCommand.class,
        ReportCommand.class, ValidateCommand.class, RobustnessCommand.class, TemplateCommand.class,
        PolicyCommand.class, CommandLine.HelpCommand.class})
@API(status = API.Status.INTERNAL, since = "0.1")
public final class AppraisalCli implements Callable<Integer> {
  /** The command's name. */
  static final String NAME = "appraisal";

  public static final int OK = 0;
  public static final int INVALID_INPUT = 1;
  public static final int USAGE = 2;
  public static final int OUTPUT_FAILED = 3;
  public static final int INTERNAL_ERROR = 4;
  public static final int OUT_OF_MEMORY = 5;

  /** The engine every command uses: the built-in rule types. */
  static final AppraisalEngine ENGINE = AppraisalEngine.builder().rules(BuiltInRules.registry()).build();

  @Spec
  CommandSpec spec;

  @Mixin
  LocaleOption language = new LocaleOption();

  private static final String LOG4J_CONTEXT_FACTORY = "log4j2.loggerContextFactory";

  /** The system property that makes an internal error print its stack trace. */
  static final String DEBUG_PROPERTY = "appraisal.debug";

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    // POI logs through the Log4j API; without a provider it prints an error on every run. The command line (an
    // application, unlike the library) chooses Log4j's simple logger unless the user chose something else.
    if (System.getProperty(LOG4J_CONTEXT_FACTORY) == null) {
      System.setProperty(LOG4J_CONTEXT_FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }
    Charset charset = consoleCharset();
    // Not new PrintWriter(OutputStream): that encodes with the platform default charset, whatever was chosen here.
    System.exit(run(new OutputStreamWriter(System.out, charset), new OutputStreamWriter(System.err, charset), args));
  }

  /**
   * Runs the command line as {@link #main} does, printing through writers that show control characters instead of
   * obeying them ({@link Terminal}); memory exhaustion is reported with its own exit code and advice.
   */
  static int run(Writer stdout, Writer stderr, String... args) {
    PrintWriter out = new Terminal(stdout);
    PrintWriter err = new Terminal(stderr);
    int exit;
    try {
      exit = commandLine().setOut(out).setErr(err).execute(args);
    } catch (OutOfMemoryError e) {
      out.flush();
      err.println();
      err.println(outOfMemory(LocaleOption.messages(List.of(args))));
      exit = OUT_OF_MEMORY;
    }
    out.flush();
    err.flush();
    return exit;
  }

  /** What to do when the heap is exhausted; the heap the run had is in the message. */
  static String outOfMemory(Messages messages) {
    return messages.text("cli.out-of-memory", Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }

  /**
   * Whether an internal error prints its stack trace: {@code -Dappraisal.debug=true} or the environment variable
   * {@code APPRAISAL_DEBUG=true}.
   */
  static boolean debug() {
    return Boolean.getBoolean(DEBUG_PROPERTY) || "true".equalsIgnoreCase(System.getenv("APPRAISAL_DEBUG"));
  }

  /** A configured command line; set its out and err writers, then {@link CommandLine#execute(String...)}. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new AppraisalCli());
    // The usage help in Chinese until the command line is parsed, then in the language it asks for.
    commandLine.setResourceBundle(HelpBundle.of(Locale.CHINESE));
    commandLine.setExecutionStrategy(parseResult -> {
      List<CommandLine> commands = parseResult.asCommandLineList();
      commandLine.setResourceBundle(HelpBundle.of(
          LocaleOption.messages(commands.get(commands.size() - 1)).locale()));
      return new CommandLine.RunLast().execute(parseResult);
    });
    // A wrong option value or an unknown unit: the message and where to read more, not the whole help.
    commandLine.setParameterExceptionHandler((exception, args) -> {
      CommandLine cmd = exception.getCommandLine();
      Messages messages = LocaleOption.messages(List.of(args));
      PrintWriter err = cmd.getErr();
      err.println(usageError(exception, messages));
      if (exception instanceof CommandLine.UnmatchedArgumentException unmatched
          && !unmatched.getSuggestions().isEmpty()) {
        err.println(messages.text("cli.did-you-mean", String.join(", ", unmatched.getSuggestions())));
      }
      err.println(messages.text("cli.see-help", cmd.getCommandSpec().qualifiedName()));
      err.flush();
      return USAGE;
    });
    // A bug: what to do, not a stack trace (unless asked for).
    commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
      PrintWriter err = cmd.getErr();
      err.println(LocaleOption.messages(cmd).text("cli.internal-error", exception));
      if (debug()) {
        exception.printStackTrace(err);
      }
      err.flush();
      return INTERNAL_ERROR;
    });
    return commandLine;
  }

  /**
   * The usage error in {@code messages}' language: picocli's own (unknown option, missing option or value, wrong
   * value, option repeated) from the bundle; the commands' own are already in the command's language.
   */
  private static String usageError(CommandLine.ParameterException exception, Messages messages) {
    if (exception instanceof CommandLine.UnmatchedArgumentException unmatched) {
      String quoted = unmatched.getUnmatched().stream().map(a -> "'" + a + "'").collect(Collectors.joining(", "));
      return messages.text(!unmatched.isUnknownOption() ? "cli.unmatched-argument"
          : unmatched.getUnmatched().size() == 1 ? "cli.unknown-option" : "cli.unknown-options", quoted);
    }
    if (exception instanceof CommandLine.MissingParameterException missing) {
      String names = missing.getMissing().stream().map(a -> "'" + name(a) + "'").collect(Collectors.joining(", "));
      return messages.text(exception.getMessage().startsWith("Missing required parameter")
          ? "cli.missing-value" : "cli.missing-option", names);
    }
    if (exception instanceof CommandLine.OverwrittenOptionException overwritten) {
      return messages.text("cli.option-repeated", "'" + name(overwritten.getOverwritten()) + "'");
    }
    if (exception.getArgSpec() != null && exception.getValue() != null
        && exception.getCause() instanceof CommandLine.TypeConversionException) {
      String reason = exception.getCause() instanceof KeyedConversion keyed ? keyed.message(messages)
          : messages.text("cli.not-a-value", exception.getValue());
      return messages.text("cli.invalid-value", name(exception.getArgSpec()), reason);
    }
    return exception.getMessage();
  }

  /** An option's longest name, or a parameter's label. */
  private static String name(ArgSpec arg) {
    return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
  }

  /** Without a subcommand: say so and where to read more, and fail as a usage error. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println(language.messages().text("cli.missing-command"));
    err.println(language.messages().text("cli.see-help", spec.qualifiedName()));
    err.flush();
    return USAGE;
  }

  /**
   * The console's encoding (Java 18+ {@code stdout.encoding}, else the platform's), or UTF-8 when that cannot
   * print Chinese (an ASCII locale such as {@code LANG=C}).
   */
  static Charset consoleCharset() {
    for (String property : new String[] {"stdout.encoding", "sun.stdout.encoding", "native.encoding"}) {
      String name = System.getProperty(property);
      if (name != null) {
        try {
          Charset charset = Charset.forName(name);
          if (charset.newEncoder().canEncode("市委办公室↑↓")) {
            return charset;
          }
          break;
        } catch (IllegalArgumentException e) { // unsupported or illegal charset name
          break;
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  /** The library version results publish ({@link Provenance#currentLibraryVersion()}), from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"appraisal " + Provenance.currentLibraryVersion()};
    }
  }
}
