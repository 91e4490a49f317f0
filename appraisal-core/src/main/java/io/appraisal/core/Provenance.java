package io.appraisal.core;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * What a result was computed from, so that it can be reproduced and verified years later. The canonical forms
 * hashed are specified field by field in docs/PROVENANCE.md.
 *
 * @param policySha256 SHA-256 of the policy's canonical form
 * @param dataSha256 SHA-256 of the canonical form of the input data the period used (units, values, self-assessments
 *     and events of the period, or of its quarters and year for an annual result) and of the corrections applied
 * @param libraryVersion the version of appraisal-core that computed the result: {@link #currentLibraryVersion()}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Provenance(String policySha256, String dataSha256, String libraryVersion) {
  /** The version when appraisal-core runs from a directory of classes (a build or an IDE), not from a jar. */
  public static final String DEVELOPMENT = "DEVELOPMENT";

  /** The version when appraisal-core runs from a jar whose manifest has no {@code Implementation-Version}. */
  public static final String UNKNOWN = "UNKNOWN";

  public Provenance {
    requireNonNull(policySha256, "policySha256");
    requireNonNull(dataSha256, "dataSha256");
    requireNonNull(libraryVersion, "libraryVersion");
  }

  /**
   * The version of the running appraisal-core: the {@code Implementation-Version} of its jar's manifest, which the
   * build writes from the project version (also in a shaded jar such as the command line's). {@link #DEVELOPMENT}
   * when the classes are not in a jar, {@link #UNKNOWN} when they are in a jar without that manifest entry, so
   * that a published result never claims a version it cannot prove.
   */
  public static String currentLibraryVersion() {
    String version = Provenance.class.getPackage().getImplementationVersion();
    if (version != null) {
      return version;
    }
    return fromDirectory() ? DEVELOPMENT : UNKNOWN;
  }

  private static boolean fromDirectory() {
    CodeSource source = Provenance.class.getProtectionDomain().getCodeSource();
    try {
      return source != null && source.getLocation() != null
          && Files.isDirectory(Path.of(source.getLocation().toURI()));
    } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException
        | SecurityException e) {
      return false; // not a file location (a custom class loader): not a build directory either
    }
  }
}
