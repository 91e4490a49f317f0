package io.appraisal.io;

import com.fasterxml.jackson.core.StreamReadConstraints;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The limits every reader of this module applies to a file before trusting it, so that a hostile or broken file
 * (nested thousands of levels deep, a string of 50 MB, a number of a thousand digits) is refused early with a
 * located message instead of exhausting the stack or the memory. They are far above what a real policy or data file
 * needs; README.md ("Input limits") lists them.
 */
public final class InputLimits {
  /**
   * How deeply lists and mappings may nest in a policy or JSON data file. A policy's indicator tree takes two levels
   * per tree level (the indicator and its {@code children} list), so this allows trees some 45 levels deep.
   */
  public static final int MAX_NESTING_DEPTH = 100;

  /** The longest string (a name, a description, a note) in characters. */
  public static final int MAX_STRING_LENGTH = 100_000;

  /** The longest key of a mapping in characters. */
  public static final int MAX_KEY_LENGTH = 1_000;

  /** The longest number as written, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /**
   * The largest policy file in bytes (and a policy text in characters): 1 MB, a hundred times the example policy.
   * A larger file is refused before it is read.
   */
  public static final int MAX_POLICY_SIZE = 1_000_000;

  /** The largest JSON data file in bytes: 1 GiB. */
  public static final long MAX_DATA_JSON_SIZE = 1L << 30;

  private InputLimits() {}

  /** Jackson's limits for a document of at most {@code maxDocumentLength} bytes or characters. */
  public static StreamReadConstraints constraints(long maxDocumentLength) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNameLength(MAX_KEY_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxDocumentLength(maxDocumentLength)
        .build();
  }

  /**
   * SnakeYAML's limits for a policy file: the size in code points, the nesting depth, and no aliases expanded into
   * collections (the policy reader refuses every alias: {@code name: *dd} would otherwise silently read as "dd").
   */
  public static LoaderOptions yamlLoaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_POLICY_SIZE);
    options.setNestingDepthLimit(MAX_NESTING_DEPTH);
    options.setMaxAliasesForCollections(0);
    options.setAllowRecursiveKeys(false);
    return options;
  }
}
