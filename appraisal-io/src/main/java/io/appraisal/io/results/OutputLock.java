package io.appraisal.io.results;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps two runs from writing the same output directory at once: an operating-system lock on {@code
 * DIR/.appraisal.lock}, which holds the pid of the run that has it. The system releases the lock when the process
 * ends, however it ends, so a killed run never leaves a stale lock; the file itself stays and is harmless.
 */
public final class OutputLock implements AutoCloseable {
  /** The lock file's name in the output directory. */
  public static final String FILE = ".appraisal.lock";

  /** Another run holds the lock. */
  public static final class HeldException extends IOException {
    private static final long serialVersionUID = 1L;

    private final Path lockFile;
    private final String holder;

    HeldException(Path lockFile, String holder) {
      super("another run (pid " + holder + ") is writing to " + lockFile.getParent() + ": it holds " + lockFile);
      this.lockFile = lockFile;
      this.holder = holder;
    }

    /** The lock file. */
    public Path lockFile() {
      return lockFile;
    }

    /** The pid of the run holding the lock as it wrote it in the lock file ("?" if unreadable). */
    public String holder() {
      return holder;
    }
  }

  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of {@code dir}, creating the directory if needed.
   *
   * @throws HeldException if another run (or this one) holds it
   * @throws IOException if the lock file cannot be created
   */
  public static OutputLock acquire(Path dir) throws IOException {
    requireNonNull(dir, "dir");
    Files.createDirectories(dir);
    Path file = dir.resolve(FILE);
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) { // held by this very process
      lock = null;
    } catch (IOException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      String holder = holder(channel);
      channel.close();
      throw new HeldException(file, holder);
    }
    channel.truncate(0);
    channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
    channel.force(false);
    return new OutputLock(channel, lock);
  }

  private static String holder(FileChannel channel) {
    try {
      ByteBuffer buffer = ByteBuffer.allocate(32);
      channel.read(buffer, 0);
      String pid = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).trim();
      return pid.matches("[0-9]+") ? pid : "?";
    } catch (IOException e) {
      return "?";
    }
  }

  /** Releases the lock. */
  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
