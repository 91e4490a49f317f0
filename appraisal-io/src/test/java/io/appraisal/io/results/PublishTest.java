package io.appraisal.io.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.core.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A period's files are published as a unit: killed at any step, the directory recovers to the old or new set. */
class PublishTest {
  /** Stands for the process being killed: unlike an IOException, nothing after it runs. */
  private static final class Killed extends Error {
    private static final long serialVersionUID = 1L;

    Killed(String step) {
      super(step);
    }
  }

  @TempDir
  Path dir;

  private static Map<String, byte[]> set(String version, String... names) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String name : names) {
      files.put(name, (version + " " + name + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return files;
  }

  /** Every file of the directory (temporaries included) and its text. */
  private Map<String, String> contents() throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path file : all.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(file).toString(), Files.readString(file));
      }
    }
    return files;
  }

  @Test
  void killedAtEveryStepTheDirectoryHoldsTheOldOrTheNewCompleteSet() throws IOException {
    Map<String, byte[]> old = set("old", "ranking-2022-Q4.csv", "ranking-2022-Q4.json");
    Map<String, byte[]> next = set("new", "ranking-2022-Q4.csv", "ranking-2022-Q4.json", "ranking-2022-Q4.frozen");
    AtomicFiles.publish(dir, "ranking-2022-Q4", old);
    Map<String, String> oldState = contents();
    AtomicFiles.publish(dir, "ranking-2022-Q4", next);
    Map<String, String> newState = contents();
    // The manifest lists the set in sha256sum's format, sorted by name: sha256("new ranking-2022-Q4.csv\n") etc.
    assertEquals(List.of("ranking-2022-Q4.csv", "ranking-2022-Q4.frozen", "ranking-2022-Q4.json"),
        newState.get("ranking-2022-Q4.sha256").lines().map(line -> line.substring(66)).toList());
    assertEquals(AtomicFiles.sha256("new ranking-2022-Q4.csv\n".getBytes(StandardCharsets.UTF_8)) + "  "
        + "ranking-2022-Q4.csv", newState.get("ranking-2022-Q4.sha256").lines().findFirst().orElseThrow());

    List<String> steps = new ArrayList<>();
    AtomicFiles.publish(dir, "ranking-2022-Q4", next, steps::add); // the steps of one publication
    assertEquals(List.of("stage ranking-2022-Q4.csv", "stage ranking-2022-Q4.frozen", "stage ranking-2022-Q4.json",
        "stage manifest", "commit", "remove the old manifest", "move ranking-2022-Q4.csv",
        "move ranking-2022-Q4.frozen", "move ranking-2022-Q4.json", "move the manifest", "clean up"), steps);
    int committed = steps.indexOf("commit") + 1; // killed after this step the new set wins
    for (int kill = 0; kill < steps.size(); kill++) {
      for (Path file : contents().keySet().stream().map(dir::resolve).toList()) {
        Files.delete(file);
      }
      AtomicFiles.publish(dir, "ranking-2022-Q4", old);
      String at = steps.get(kill);
      assertThrows(Killed.class, () -> AtomicFiles.publish(dir, "ranking-2022-Q4", next, step -> {
        if (step.equals(at)) {
          throw new Killed(step);
        }
      }));
      AtomicFiles.recover(dir); // what the next run does first, holding the lock
      assertEquals(kill < committed ? oldState : newState, contents(), "killed at " + at);
    }
  }

  @Test
  void aRecoveryKilledItselfIsFinishedByTheNext() throws IOException {
    AtomicFiles.publish(dir, "set", set("old", "a.csv", "b.csv"));
    assertThrows(Killed.class, () -> AtomicFiles.publish(dir, "set", set("new", "a.csv", "b.csv"), step -> {
      if (step.equals("move b.csv")) {
        throw new Killed(step);
      }
    }));
    assertTrue(Files.notExists(AtomicFiles.manifest(dir, "set")), "no manifest while the set is incomplete");
    AtomicFiles.recover(dir);
    assertEquals("new a.csv\n", Files.readString(dir.resolve("a.csv")));
    assertEquals("new b.csv\n", Files.readString(dir.resolve("b.csv")));
    assertTrue(Files.exists(AtomicFiles.manifest(dir, "set")));
  }

  @Test
  void recoveryRemovesOnlyTheTemporariesOfKilledWrites() throws IOException {
    Files.writeString(dir.resolve(".ranking-2022-Q4.csv.1f3a9c.tmp"), "half a file");
    Files.writeString(dir.resolve("notes.tmp"), "the user's");
    Files.writeString(dir.resolve(".hidden"), "the user's");
    AtomicFiles.recover(dir);
    assertEquals(List.of(".hidden", "notes.tmp"), contents().keySet().stream().toList());
  }

  @Test
  void aSecondWriterIsRefusedNamingTheLockAndTheHolder() throws IOException {
    try (OutputLock lock = OutputLock.acquire(dir)) {
      OutputLock.HeldException held = assertThrows(OutputLock.HeldException.class, () -> OutputLock.acquire(dir));
      assertEquals(dir.resolve(OutputLock.FILE), held.lockFile());
      assertEquals(Long.toString(ProcessHandle.current().pid()), held.holder());
    }
    OutputLock.acquire(dir).close(); // released: free again
  }

  /** Each reason a published file cannot be trusted is a keyed problem about the file, in either language. */
  @Test
  void checkPublishedSaysWhyAFileCannotBeTrustedInEitherLanguage() throws IOException {
    AtomicFiles.publish(dir, "ranking-2022-Q4", set("old", "ranking-2022-Q4.json", "ranking-2022-Q4.csv"));
    Path json = dir.resolve("ranking-2022-Q4.json");
    assertEquals(Optional.empty(), AtomicFiles.checkPublished(json));
    Path manifest = AtomicFiles.manifest(dir, "ranking-2022-Q4");

    Files.writeString(json, "edited\n");
    Problem changed = AtomicFiles.checkPublished(json).orElseThrow();
    String hash = AtomicFiles.sha256("edited\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(json.toString(), changed.source());
    assertEquals("verify.changed", changed.key());
    assertEquals("its SHA-256 " + hash + " is not the one in its set's manifest " + manifest
        + ": it was changed after it was published", changed.message());
    assertEquals("其 SHA-256 " + hash + " 与所属文件集清单 " + manifest + " 中的不符：发布后已被修改",
        changed.message(Locale.CHINESE));

    AtomicFiles.publish(dir, "ranking-2022-Q4", set("new", "ranking-2022-Q4.csv"));
    Problem notListed = AtomicFiles.checkPublished(json).orElseThrow();
    assertEquals("it is not listed in its set's manifest " + manifest + ": it is left from an earlier publication",
        notListed.message());
    assertEquals("未列入所属文件集清单 " + manifest + "：系此前某次发布遗留的文件", notListed.message(Locale.CHINESE));

    Files.delete(manifest);
    assertEquals(Optional.empty(), AtomicFiles.checkPublished(json), "a file written otherwise");
    Path commit = Files.createDirectory(dir.resolve(".ranking-2022-Q4.commit"));
    Problem interrupted = AtomicFiles.checkPublished(json).orElseThrow();
    assertEquals("its set's publication was interrupted (" + commit + " exists): run the command that wrote it into"
        + " the directory again", interrupted.message());
    assertEquals("所属文件集的发布曾被中断（" + commit + " 仍存在）：请重新运行写入该目录的命令",
        interrupted.message(Locale.CHINESE));
    for (Problem problem : List.of(changed, notListed, interrupted)) {
      String chinese = problem.message(Locale.CHINESE).replace(dir.toString(), "DIR").replace("SHA-256", "");
      assertTrue(!chinese.matches("(?s).*[A-Za-z]+\\s+[A-Za-z]+.*"), chinese);
    }
  }
}
