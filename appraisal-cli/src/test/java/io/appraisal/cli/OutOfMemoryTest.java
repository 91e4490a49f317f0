package io.appraisal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Memory exhaustion is not "invalid input" (exit 1) nor a bug (exit 4): exit 5 with advice, in a real JVM. */
class OutOfMemoryTest {
  @TempDir
  Path dir;

  @Test
  void runningOutOfHeapExitsWithItsOwnCodeAndSaysWhatToDo() throws IOException, InterruptedException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("units.csv"), "id,name,category,attributes\n");
    Files.writeString(data.resolve("adjustments.csv"), "unit,period,item,count,note\n");
    // 40 MB of values for a JVM allowed 32 MB of heap.
    try (BufferedWriter out = Files.newBufferedWriter(data.resolve("values.csv"), StandardCharsets.UTF_8)) {
      out.write("unit,period,indicator,value\n");
      for (int i = 0; i < 1_600_000; i++) {
        out.write("U" + i + ",2022-Q4,1.1,1\n");
      }
    }
    Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx32m", "-cp", System.getProperty("java.class.path"), AppraisalCli.class.getName(), "validate", "--data",
        data.toString()))
        .redirectOutput(dir.resolve("out.txt").toFile())
        .redirectError(dir.resolve("err.txt").toFile())
        .start();
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the child JVM ends");
    String err = Files.readString(dir.resolve("err.txt"));
    assertEquals(AppraisalCli.OUT_OF_MEMORY, process.exitValue(), err);
    // in Chinese, the default
    assertTrue(err.contains("内存不足：输入所需内存超过 Java 堆允许使用的 "), err);
    assertTrue(err.contains("java -Xmx4g -jar appraisal.jar"), err);
    assertFalse(err.contains("\tat "), err);
  }
}
