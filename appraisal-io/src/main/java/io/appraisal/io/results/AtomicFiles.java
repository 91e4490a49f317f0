package io.appraisal.io.results;

import static java.util.Objects.requireNonNull;

import io.appraisal.core.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import org.apiguardian.api.API;
import java.util.stream.Stream;

/**
 * Writes files so that a reader never sees half a file: the bytes go to a temporary file in the same directory,
 * which is flushed to disk and then renamed over the target (atomically where the file system can).
 *
 * <p>A set of files that belong together (one period's results) is published as a unit by {@link #publish}: every
 * file and a manifest {@code NAME.sha256} (one {@code sha256  file} line each, as {@code sha256sum -c} reads it) are
 * written into a staging directory {@code DIR/.NAME.staging-*}, which is renamed to {@code DIR/.NAME.commit} (the
 * commit point); then the old manifest is removed, the files are moved into {@code DIR} one by one, and the new
 * manifest is moved last. A set is complete when its manifest is present and every file it lists has its hash. A run
 * killed before the commit point leaves a staging directory, which {@link #recover} deletes (the previous set stays);
 * one killed after it leaves the commit directory, from which {@link #recover} finishes the publication (the new set).
 * Call {@link #recover} holding the directory's {@link OutputLock}.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class AtomicFiles {
  private static final String MANIFEST = ".sha256";
  private static final String STAGING = ".staging-";
  private static final String COMMIT = ".commit";

  private AtomicFiles() {}

  /** Writes one file atomically. */
  public static void write(Path target, byte[] content) throws IOException {
    writeAll(Map.of(target, content));
  }

  /**
   * Writes several files: every temporary file is written first, and only when all succeeded are they renamed into
   * place, so a failure while writing leaves every target untouched. Temporary files are removed on failure.
   */
  public static void writeAll(Map<Path, byte[]> files) throws IOException {
    requireNonNull(files, "files");
    Map<Path, Path> temporary = new LinkedHashMap<>();
    try {
      for (Map.Entry<Path, byte[]> file : files.entrySet()) {
        Path target = file.getKey().toAbsolutePath();
        temporary.put(target, writeTemporary(target, file.getValue()));
      }
      for (Map.Entry<Path, Path> entry : temporary.entrySet()) {
        move(entry.getValue(), entry.getKey());
      }
    } finally {
      for (Path temp : temporary.values()) {
        Files.deleteIfExists(temp); // nothing left after a successful rename
      }
    }
  }

  /** The manifest of the set {@code name} in {@code dir}: {@code dir/name.sha256}. */
  public static Path manifest(Path dir, String name) {
    return dir.resolve(name + MANIFEST);
  }

  /**
   * Publishes the files of a set as a unit (see the class comment), replacing the files of the same names.
   *
   * @param files file names (no directories) and their bytes
   * @throws IOException if writing fails; before the commit point nothing in {@code dir} changed
   */
  public static void publish(Path dir, String name, Map<String, byte[]> files) throws IOException {
    publish(dir, name, files, step -> {});
  }

  /** Where {@link #publish} is; tests stop a publication at each step as if the process were killed there. */
  interface Step {
    void reached(String step) throws IOException;
  }

  static void publish(Path dir, String name, Map<String, byte[]> files, Step step) throws IOException {
    requireNonNull(dir, "dir");
    requireNonNull(name, "name");
    requireNonNull(files, "files");
    Files.createDirectories(dir);
    Path staging = dir.resolve("." + name + STAGING + Long.toHexString(ThreadLocalRandom.current().nextLong()
        & Long.MAX_VALUE));
    Path commit = dir.resolve("." + name + COMMIT);
    StringBuilder manifest = new StringBuilder();
    try {
      Files.createDirectory(staging);
      for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
        step.reached("stage " + file.getKey());
        writeSynced(staging.resolve(file.getKey()), file.getValue(), StandardOpenOption.CREATE_NEW);
        manifest.append(sha256(file.getValue())).append("  ").append(file.getKey()).append('\n');
      }
      step.reached("stage manifest");
      writeSynced(staging.resolve(name + MANIFEST), manifest.toString().getBytes(StandardCharsets.UTF_8),
          StandardOpenOption.CREATE_NEW);
      step.reached("commit");
      Files.move(staging, commit, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      deleteTree(staging);
      throw e;
    }
    syncDirectory(dir);
    finish(dir, commit, name, step);
  }

  /**
   * Makes every set in {@code dir} complete after a killed run: finishes the publications that reached their commit
   * point and deletes the staging directories of those that did not. Does nothing in a directory that does not
   * exist.
   */
  public static void recover(Path dir) throws IOException {
    requireNonNull(dir, "dir");
    if (!Files.isDirectory(dir)) {
      return;
    }
    List<Path> leftovers;
    try (Stream<Path> files = Files.list(dir)) {
      leftovers = files.filter(f -> f.getFileName().toString().startsWith(".")).sorted().toList();
    }
    for (Path leftover : leftovers) {
      String file = leftover.getFileName().toString();
      if (file.endsWith(COMMIT)) {
        finish(dir, leftover, file.substring(1, file.length() - COMMIT.length()), step -> {});
      } else if (file.contains(STAGING) || file.matches("\\..+\\.[0-9a-f]{1,16}\\.tmp")) { // a killed write()
        deleteTree(leftover);
      }
    }
  }

  /** Moves the files of a committed set into place, the manifest last, and removes the commit directory. */
  private static void finish(Path dir, Path commit, String name, Step step) throws IOException {
    Path staged = commit.resolve(name + MANIFEST);
    if (Files.exists(staged)) { // else a killed recovery had moved everything, the manifest last
      step.reached("remove the old manifest");
      Files.deleteIfExists(manifest(dir, name));
      List<Path> files;
      try (Stream<Path> all = Files.list(commit)) {
        files = all.filter(f -> !f.equals(staged)).sorted().toList();
      }
      for (Path file : files) {
        step.reached("move " + file.getFileName());
        move(file, dir.resolve(file.getFileName().toString()));
      }
      step.reached("move the manifest");
      move(staged, manifest(dir, name));
      syncDirectory(dir);
    }
    step.reached("clean up");
    Files.delete(commit);
  }

  /**
   * Checks a published file against the manifest of its set ({@code ranking-2022-Q4.json} against {@code
   * ranking-2022-Q4.sha256} beside it): empty when it is listed with its hash or when there is no manifest and no
   * unfinished publication (a file written otherwise), else the problem why it cannot be trusted, about {@code file}.
   */
  public static Optional<Problem> checkPublished(Path file) throws IOException {
    requireNonNull(file, "file");
    Path dir = file.toAbsolutePath().getParent();
    String fileName = file.getFileName().toString();
    String name = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
    Path manifest = manifest(dir, name);
    String source = file.toString();
    if (Files.notExists(manifest)) {
      Path commit = dir.resolve("." + name + COMMIT);
      return Files.exists(commit) ? Optional.of(Problem.keyed(source, "", "", "verify.interrupted", commit))
          : Optional.empty();
    }
    String hash = sha256(Files.readAllBytes(file));
    for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
      if (line.endsWith("  " + fileName)) {
        return line.startsWith(hash + "  ") ? Optional.empty()
            : Optional.of(Problem.keyed(source, "", "", "verify.changed", hash, manifest));
      }
    }
    return Optional.of(Problem.keyed(source, "", "", "verify.not-listed", manifest));
  }

  /** The SHA-256 of {@code bytes} in lowercase hex. */
  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static void writeSynced(Path file, byte[] content, StandardOpenOption create) throws IOException {
    // Not Files.createTempFile: that creates the file readable by its owner only, and the rename would keep it so.
    try (FileChannel channel = FileChannel.open(file, create, StandardOpenOption.WRITE);
        OutputStream out = Channels.newOutputStream(channel)) {
      out.write(content);
      out.flush();
      channel.force(true);
    }
  }

  /** Makes renames in {@code dir} durable where the platform allows opening a directory (not on Windows). */
  private static void syncDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // best effort: the renames are atomic, only their durability on power loss depends on this
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  private static Path writeTemporary(Path target, byte[] content) throws IOException {
    Path directory = target.getParent();
    Files.createDirectories(directory);
    Path temp = directory.resolve("." + target.getFileName() + "." + Long.toHexString(
        ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
    try {
      writeSynced(temp, content, StandardOpenOption.CREATE_NEW);
    } catch (IOException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    return temp;
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
