package io.appraisal.testkit.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule authors' guide (docs/RULE-AUTHORS.md) quotes only compiled code: every Java block in it is a region of a
 * class in this package, marked {@code // guide:begin NAME} ... {@code // guide:end NAME}, and every region is quoted.
 */
class GuideTest {
  private static final Path GUIDE = Path.of("..", "docs", "RULE-AUTHORS.md");
  private static final Path SOURCES = Path.of("src", "test", "java", "io", "appraisal", "testkit", "guide");
  private static final Pattern REGION = Pattern.compile(
      "(?ms)^[ \\t]*// guide:begin (\\S+)\\n(.*?)^[ \\t]*// guide:end \\1\\n");
  private static final Pattern JAVA_BLOCK = Pattern.compile("(?ms)^```java\\n(.*?)^```$");

  @Test
  void everyJavaBlockOfTheGuideIsAQuotedRegionAndEveryRegionIsQuoted() throws IOException {
    Map<String, String> regions = regions();
    List<String> blocks = new ArrayList<>();
    Matcher block = JAVA_BLOCK.matcher(Files.readString(GUIDE, StandardCharsets.UTF_8));
    while (block.find()) {
      blocks.add(block.group(1).stripTrailing());
    }
    for (String quoted : blocks) {
      assertTrue(regions.containsValue(quoted), () -> "the guide quotes code that is no compiled region:\n"
          + quoted);
    }
    assertEquals(List.of(), regions.entrySet().stream().filter(e -> !blocks.contains(e.getValue()))
        .map(Map.Entry::getKey).toList(), "regions the guide does not quote (or quotes out of date)");
    assertTrue(regions.keySet().containsAll(List.of("rule", "register", "contract", "by-hand", "policy-contract")),
        regions.keySet()::toString);
  }

  private static Map<String, String> regions() throws IOException {
    Map<String, String> regions = new TreeMap<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        Matcher region = REGION.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (region.find()) {
          regions.put(region.group(1), dedent(region.group(2)).stripTrailing());
        }
      }
    }
    return regions;
  }

  private static String dedent(String text) {
    List<String> lines = text.lines().toList();
    int indent = lines.stream().filter(line -> !line.isBlank())
        .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    }
    return out.toString();
  }
}
