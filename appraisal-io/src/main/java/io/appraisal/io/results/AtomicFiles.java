package io.appraisal.io.results;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apiguardian.api.API;

/**
 * Writes files so that a reader never sees half a file: the bytes go to a temporary file in the same directory,
 * which is flushed to disk and then renamed over the target (atomically where the file system can).
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class AtomicFiles {
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

  private static Path writeTemporary(Path target, byte[] content) throws IOException {
    Path directory = target.getParent();
    Files.createDirectories(directory);
    Path temp = directory.resolve("." + target.getFileName() + "." + Long.toHexString(
        ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
    // Not Files.createTempFile: that creates the file readable by its owner only, and the rename would keep it so.
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        OutputStream out = Channels.newOutputStream(channel)) {
      out.write(content);
      out.flush();
      channel.force(true);
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
