package io.appraisal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code appraisal.jar}, run as a user runs it, names the build's version (from the Maven project,
 * passed as {@code appraisal.version}) in {@code --version}, in a JSON result and in the HTML report's footer. Unit
 * tests run against classes, where the version is DEVELOPMENT; this runs in the integration-test phase, after the
 * shade (see the surefire execution {@code packaged-jar} of this module's pom).
 */
class AppraisalJarIT {
  private static final String VERSION = System.getProperty("appraisal.version");
  private static final Path JAR = Path.of(System.getProperty("appraisal.jar", "target/appraisal.jar"));

  @TempDir
  Path dir;

  @Test
  void theJarsManifestCarriesTheProjectVersion() throws IOException {
    assertFalse(VERSION == null || VERSION.isBlank() || VERSION.startsWith("${"), "appraisal.version: " + VERSION);
    try (JarFile jar = new JarFile(JAR.toFile())) {
      assertEquals(VERSION, jar.getManifest().getMainAttributes().getValue("Implementation-Version"));
    }
  }

  @Test
  void versionJsonAndHtmlNameTheBuildsVersion() throws IOException, InterruptedException {
    assertEquals("appraisal " + VERSION + "\n", java("--version"));
    java("rank", "--out", dir.toString(), "--format", "json,html", "--locale", "en");
    String json = Files.readString(dir.resolve("ranking-2022-Q4.json"), StandardCharsets.UTF_8);
    assertEquals(VERSION, new ObjectMapper().readTree(json).get("provenance").get("libraryVersion").asText());
    String html = Files.readString(dir.resolve("ranking-2022-Q4.html"), StandardCharsets.UTF_8);
    assertTrue(html.contains("Library version " + VERSION + "</p>"), html.substring(html.indexOf("<footer>")));
  }

  /** Runs {@code java -jar appraisal.jar args} and returns its output; it must exit 0. */
  private String java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dstdout.encoding=UTF-8", "-jar",
        JAR.toString()));
    command.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    int exit = process.waitFor();
    String output = Files.readString(out, StandardCharsets.UTF_8);
    assertEquals(0, exit, output);
    return output;
  }
}
