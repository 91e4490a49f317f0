package io.appraisal.cli;

import static io.appraisal.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.cli.Cli.Run;
import io.appraisal.core.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

/**
 * The one resource bundle of the human-readable outputs ({@code messages.properties}, Chinese, and {@code
 * messages_en.properties}): the same keys in both, every key used by the code, and no English label left in a
 * Chinese output.
 */
class MessagesBundleTest {
  /** The modules whose code looks labels up, relative to this module's directory (all inside the repository). */
  private static final List<Path> SOURCES = Stream.of("appraisal-core", "appraisal-rules", "appraisal-io", "appraisal-xlsx", "appraisal-report",
      "appraisal-robustness", "appraisal-cli").map(module -> Path.of("..", module, "src", "main", "java")).toList();

  @Test
  void bothBundlesHaveTheSameKeys() {
    Set<String> zh = load("messages.properties").stringPropertyNames();
    Set<String> en = load("messages_en.properties").stringPropertyNames();
    assertEquals(new TreeSet<>(), difference(zh, en), "keys missing in messages_en.properties");
    assertEquals(new TreeSet<>(), difference(en, zh), "keys missing in messages.properties");
  }

  /** Each key has text in both languages (or in neither: a separator), with the same arguments {0}, {1}, .... */
  @Test
  void bothBundlesGiveEveryKeyTextWithTheSameArguments() {
    Properties zh = load("messages.properties");
    Properties en = load("messages_en.properties");
    TreeMap<String, String> wrong = new TreeMap<>();
    Pattern argument = Pattern.compile("\\{\\d+}");
    for (String key : zh.stringPropertyNames()) {
      String chinese = zh.getProperty(key);
      String english = en.getProperty(key, "");
      if (chinese.isEmpty() != english.isEmpty()) {
        wrong.put(key, "empty in one language");
      }
      Set<String> zhArguments = new TreeSet<>(argument.matcher(chinese).results().map(r -> r.group()).toList());
      Set<String> enArguments = new TreeSet<>(argument.matcher(english).results().map(r -> r.group()).toList());
      if (!zhArguments.equals(enArguments)) {
        wrong.put(key, "arguments " + zhArguments + " in zh, " + enArguments + " in en");
      }
    }
    assertEquals(new TreeMap<>(), wrong);
  }

  /** Every key is quoted in the code, but the usage help's, which picocli looks up by name ({@link HelpTest}). */
  @Test
  void everyKeyIsUsedByTheCode() throws IOException {
    Set<String> keys = new TreeSet<>(load("messages.properties").stringPropertyNames());
    keys.removeIf(key -> key.startsWith(HelpBundle.PREFIX));
    Set<String> quoted = new TreeSet<>();
    Pattern literal = Pattern.compile("\"([a-z]+\\.[a-z0-9.-]+)\"");
    for (Path root : SOURCES) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          Matcher m = literal.matcher(Files.readString(file));
          while (m.find()) {
            quoted.add(m.group(1));
          }
        }
      }
    }
    assertEquals(new TreeSet<>(), difference(keys, quoted), "keys no code uses");
    // and the other way: a literal that looks like a key of a used prefix but is missing from the bundle
    Set<String> prefixes = new TreeSet<>();
    keys.forEach(key -> prefixes.add(key.substring(0, key.indexOf('.') + 1)));
    Set<String> missing = new TreeSet<>();
    for (String candidate : quoted) {
      if (prefixes.stream().anyMatch(candidate::startsWith) && !keys.contains(candidate)
          && !candidate.equals(HelpBundle.PREFIX)) {
        missing.add(candidate);
      }
    }
    assertEquals(new TreeSet<>(), missing, "keys the code uses but the bundle lacks");
  }

  /*
   * Every Chinese output of the command line (the printed ranking, the annual table, explain with and without a
   * comparison for units with a veto, a correction, a cut bonus, a flagged self-assessment and a grade override, a
   * panel's report and a recommendation, and the HTML report) must not contain the English text of any label: each
   * English phrase of two words or more (split at the arguments) is searched for.
   */
  @Test
  void chineseOutputsHaveNoEnglishLabelLeft(@TempDir Path dir) throws IOException {
    StringBuilder zh = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (List<String> command : List.of(
        List.of("rank"),
        List.of("rank", "--period", "2022-Q2"),
        List.of("annual"),
        List.of("explain", "--unit", "G09"),
        List.of("explain", "--unit", "G16", "--against", "2022-Q3"),
        List.of("explain", "--unit", "G12", "--period", "2022-Q2"),
        List.of("explain", "--unit", "P04"),
        List.of("explain", "--unit", "G32"),
        List.of("explain", "--unit", "G34"),
        seedRank("baicheng-shufa-2022"),
        seedRank("baicheng-demonstration-2022"))) {
      zh.append(output(command, "zh"));
      en.append(output(command, "en"));
    }
    for (String locale : List.of("zh", "en")) {
      Path out = dir.resolve(locale);
      Run report = run("report", "--out", out.toString(), "--locale", locale);
      assertEquals(0, report.exit(), report.err());
      try (Stream<Path> files = Files.list(out)) {
        for (Path file : files.toList()) {
          (locale.equals("zh") ? zh : en).append(Files.readString(file));
        }
      }
    }
    Properties english = load("messages_en.properties");
    TreeMap<String, String> left = new TreeMap<>();
    for (String key : english.stringPropertyNames()) {
      for (String phrase : english.getProperty(key).split("\\{\\d+}")) {
        String trimmed = phrase.strip();
        if (trimmed.matches(".*[A-Za-z]+\\s+[A-Za-z]+.*") && zh.indexOf(trimmed) >= 0) {
          left.put(key, trimmed);
        }
      }
    }
    assertEquals(new TreeMap<>(), left, "English labels in the Chinese outputs");
    // the English outputs are English: a sample of labels of each output
    for (String label : List.of("Adjustments (caps: item cap first, then the total caps):", "Annual score = ",
        "What it takes:", "Composite ranking report")) {
      assertEquals(true, en.indexOf(label) >= 0, label);
      assertEquals(false, zh.indexOf(label) >= 0, label);
    }
  }

  /**
   * The errors too: a corpus of bad inputs (a published result edited afterwards, a mistyped category, an unknown
   * unit, a bad number, a missing file, a period without data, wrong option values, an unknown option, a missing
   * option, a missing command) run in zh and en. The Chinese stderr holds no English label of the bundle and no two English words in a row outside quoted
   * values, file paths and option names; the English stderr says the same in English (same exit codes).
   */
  @Test
  void chineseErrorsHaveNoEnglishLeft(@TempDir Path dir) throws IOException {
    Path seeds = Path.of("..", "seeds", "baicheng-2022");
    Path category = copy(seeds, dir.resolve("category"), "units.csv",
        text -> text.replace("G32,市信访局,government,", "G32,市信访局,goverment,"));
    Path unit = copy(seeds, dir.resolve("unit"), "values.csv", text -> text + "G009,2022-Q4,1.1,1\n");
    Path number = copy(seeds, dir.resolve("number"), "values.csv", text -> text + "G01,2022-Q4,1.1,一百\n");
    Path published = dir.resolve("published");
    assertEquals(0, run("rank", "--out", published.toString()).exit());
    Path edited = Files.writeString(published.resolve("ranking-2022-Q4.json"), " ", StandardOpenOption.APPEND);
    List<List<String>> corpus = List.of(
        List.of("verify", edited.toString()),
        List.of("validate", "--data", category.toString(), "--period", "2022-Q4"),
        List.of("rank", "--data", category.toString()),
        List.of("validate", "--data", unit.toString(), "--period", "2022-Q4"),
        List.of("validate", "--data", number.toString(), "--period", "2022-Q4"),
        List.of("rank", "--policy", dir.resolve("no-such-policy.yaml").toString()),
        List.of("rank", "--policy", dir.toString()),
        List.of("verify", dir.resolve("ranking-2022-Q4.json").toString()),
        List.of("rank", "--period", "2021-Q1"),
        List.of("rank", "--period", "2022-Q5"),
        List.of("rank", "--format", "pdf", "--out", dir.resolve("out").toString()),
        List.of("rank", "--encoding", "latin-9"),
        List.of("rank", "--perod", "2022-Q4"),
        List.of("rank", "--force"),
        List.of("rank", "--unit", "G99"),
        List.of("annual", "--year", "123"),
        List.of("explain"),
        List.of("explain", "--unit", "市司发局"),
        List.of("explain", "--unit", "市委"),
        List.of("explain", "--unit", "G09", "--against", "2022"),
        List.of("template", "--period", "2022-Q9", "--out", dir.resolve("t.xlsx").toString()),
        List.of("policy", "--export", "pdf", "--out", dir.resolve("p.pdf").toString()),
        List.of("robustness", "--samples", "0"),
        List.of("rnak"),
        List.of());
    TreeMap<String, String> english = new TreeMap<>();
    Properties bundle = load("messages_en.properties");
    for (List<String> command : corpus) {
      Run zh = Cli.asGiven(withLocale(command, "zh"));
      Run en = Cli.asGiven(withLocale(command, "en"));
      Run byDefault = Cli.asGiven(command.toArray(String[]::new));
      assertNotEquals(0, zh.exit(), command + ": " + zh.err());
      assertEquals(zh.exit(), en.exit(), command + "\n" + zh.err() + "\n" + en.err());
      if (!command.contains("--locale")) {
        assertEquals(zh.err(), byDefault.err(), command + ": Chinese is the default");
      }
      assertNotEquals(zh.err(), en.err(), command + ": " + zh.err());
      String stripped = withoutValues(zh.err());
      Matcher words = Pattern.compile("[A-Za-z]+\\s+[A-Za-z]+").matcher(stripped);
      if (words.find()) {
        english.put(String.join(" ", command), words.group() + " in: " + zh.err().strip());
      }
      for (String key : bundle.stringPropertyNames()) {
        for (String phrase : bundle.getProperty(key).split("\\{\\d+}")) {
          String trimmed = phrase.strip();
          if (trimmed.matches(".*[A-Za-z]+\\s+[A-Za-z]+.*") && zh.err().contains(trimmed)) {
            english.put(String.join(" ", command) + " / " + key, trimmed);
          }
        }
      }
    }
    assertEquals(new TreeMap<>(), english, "English in the Chinese errors");
  }

  /** Without --locale every command prints in Chinese: the same bytes as with --locale zh, not those of en. */
  @Test
  void chineseIsTheDefault() {
    for (List<String> command : List.of(List.of("rank"), List.of("annual"), List.of("explain", "--unit", "G09"),
        List.of("validate"))) {
      Run byDefault = Cli.asGiven(command.toArray(String[]::new));
      assertEquals(0, byDefault.exit(), byDefault.err());
      assertEquals(Cli.asGiven(withLocale(command, "zh")).out(), byDefault.out(), command.toString());
      assertNotEquals(Cli.asGiven(withLocale(command, "en")).out(), byDefault.out(), command.toString());
    }
  }

  /** An internal error (a bug) says what to do, in the command's language, with no stack trace. */
  @Test
  void anInternalErrorPrintsNoStackTrace() {
    StringWriter err = new StringWriter();
    assertEquals(AppraisalCli.INTERNAL_ERROR, boom(err));
    assertEquals("内部错误（程序缺陷）：java.lang.IllegalStateException: 不该发生。请将所用命令行和输入文件报告给维护者；"
        + "以 -Dappraisal.debug=true 或环境变量 APPRAISAL_DEBUG=true 运行可显示堆栈跟踪。\n", err.toString());
    // unless asked for
    StringWriter debug = new StringWriter();
    System.setProperty(AppraisalCli.DEBUG_PROPERTY, "true");
    try {
      assertEquals(AppraisalCli.INTERNAL_ERROR, boom(debug));
    } finally {
      System.clearProperty(AppraisalCli.DEBUG_PROPERTY);
    }
    assertTrue(debug.toString().startsWith(err + "java.lang.IllegalStateException: 不该发生\n\tat "), debug.toString());
  }

  private static int boom(StringWriter err) {
    return AppraisalCli.commandLine().addSubcommand("boom", new Boom()).setOut(new PrintWriter(new StringWriter()))
        .setErr(new PrintWriter(err)).execute("boom");
  }

  @Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("不该发生");
    }
  }

  /** The text without what stays as written in any language: quoted values, file paths, option names. */
  private static String withoutValues(String text) {
    return text.replaceAll("'[^'\n]*'", "''")
        .replaceAll("\\S*[/\\\\]\\S*", "PATH")
        .replaceAll("--[a-z][\\w-]*(\\s+[A-Z]+\\b)?", "OPTION");
  }

  private static String[] withLocale(List<String> command, String locale) {
    List<String> args = new ArrayList<>(command);
    args.addAll(List.of("--locale", locale));
    return args.toArray(String[]::new);
  }

  /** A copy of the example's CSV files into {@code to}, with {@code file} changed by {@code change}. */
  private static Path copy(Path seeds, Path to, String file, UnaryOperator<String> change) throws IOException {
    Files.createDirectories(to);
    for (String name : List.of("units.csv", "values.csv", "adjustments.csv", "corrections.csv")) {
      String text = Files.readString(seeds.resolve(name), StandardCharsets.UTF_8);
      Files.writeString(to.resolve(name), name.equals(file) ? change.apply(text) : text, StandardCharsets.UTF_8);
    }
    return to;
  }

  @Test
  void theBundleDoesNotFallBackToTheMachinesLanguage() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      assertEquals("无", Messages.of(Locale.CHINESE).text("common.none"));
      assertEquals("无", Messages.of(Locale.SIMPLIFIED_CHINESE).text("common.none"));
      Locale.setDefault(Locale.CHINESE);
      assertEquals("none", Messages.of(Locale.UK).text("common.none"));
    } finally {
      Locale.setDefault(saved);
    }
  }

  /** {@code rank} of one of the other appraisals in {@code seeds/} (a panel, a recommendation). */
  private static List<String> seedRank(String appraisal) {
    Path seed = Path.of("..", "seeds", appraisal);
    return List.of("rank", "--policy", seed.resolve("policy.yaml").toString(), "--data", seed.toString());
  }

  private static String output(List<String> command, String locale) {
    List<String> args = new ArrayList<>(command);
    args.addAll(List.of("--locale", locale));
    Run run = run(args.toArray(String[]::new));
    assertEquals(0, run.exit(), args + ": " + run.err());
    return run.out();
  }

  private static Properties load(String name) {
    Properties properties = new Properties();
    String resource = Messages.BUNDLE.replace('.', '/').replace("/messages", "/") + name;
    try (InputStream in = MessagesBundleTest.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new AssertionError("no resource " + resource);
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> out = new TreeSet<>(a);
    out.removeAll(b);
    return out;
  }
}
