package io.appraisal.cli;

import static io.appraisal.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.appraisal.cli.Cli.Run;
import io.appraisal.core.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  @Test
  void everyKeyIsUsedByTheCode() throws IOException {
    Set<String> keys = load("messages.properties").stringPropertyNames();
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
      if (prefixes.stream().anyMatch(candidate::startsWith) && !keys.contains(candidate)) {
        missing.add(candidate);
      }
    }
    assertEquals(new TreeSet<>(), missing, "keys the code uses but the bundle lacks");
  }

  /*
   * Every Chinese output of the command line (the printed ranking, the annual table, explain with and without a
   * comparison for units with a veto, a correction, a cut bonus, a flagged self-assessment and a grade override, and the HTML report) must not
   * contain the English text of any label: each English phrase of two words or more (split at the arguments) is
   * searched for.
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
        List.of("explain", "--unit", "G34"))) {
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
