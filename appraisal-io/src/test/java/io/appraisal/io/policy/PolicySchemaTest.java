package io.appraisal.io.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.appraisal.core.AppraisalEngine;
import io.appraisal.io.policy.PolicyFiles.Format;
import io.appraisal.rules.BuiltInRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped JSON Schema accepts every example policy and rejects broken ones, checked by a real validator. */
class PolicySchemaTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Path REPOSITORY = Path.of("..");
  private static final Schema SCHEMA = loadSchema();

  private static Schema loadSchema() {
    try (InputStream in = PolicyFiles.class.getResourceAsStream("policy.schema.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The example policies of the repository (seeds/**&#47;policy*.yaml) and the good test policies. */
  static Stream<Path> examplePolicies() throws IOException {
    PathMatcher seeds = FileSystems.getDefault().getPathMatcher("glob:**/policy*.{yaml,yml,json}");
    List<Path> found;
    try (Stream<Path> files = Files.walk(REPOSITORY.resolve("seeds"))) {
      found = files.filter(seeds::matches).sorted().toList();
    }
    try (Stream<Path> files = Files.list(PolicyFilesTest.POLICIES.resolve("good"))) {
      return Stream.concat(found.stream(), files.sorted().toList().stream());
    }
  }

  @ParameterizedTest
  @MethodSource("examplePolicies")
  void everyExamplePolicyIsValidAndReadable(Path file) throws IOException {
    assertEquals(List.of(), SCHEMA.validate(YAML.readTree(file.toFile())));
    PolicyFiles.read(file);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void everyWrittenPolicyIsValid(Format format) throws IOException {
    assertEquals(List.of(), SCHEMA.validate(YAML.readTree(PolicyFiles.write(RichPolicy.create(), format))));
  }

  @Test
  void theWholePoliciesInTheFormatReferenceAreValidReadableAndCompile() throws IOException {
    String reference = Files.readString(REPOSITORY.resolve("docs/POLICY-FORMAT.md"));
    Matcher example = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(reference);
    AppraisalEngine engine = AppraisalEngine.builder().rules(BuiltInRules.registry()).build();
    int examples = 0;
    while (example.find()) {
      if (!Pattern.compile("(?m)^id: ").matcher(example.group(1)).find()) {
        continue; // a fragment (a panel, a recommendation), not a whole policy
      }
      examples++;
      assertEquals(List.of(), SCHEMA.validate(YAML.readTree(example.group(1))), "example " + examples);
      engine.compile(PolicyFiles.read("POLICY-FORMAT.md", example.group(1), Format.YAML));
    }
    assertTrue(examples >= 2, "docs/POLICY-FORMAT.md has the small example and the Handbook one");
  }

  @ParameterizedTest
  @ValueSource(strings = {"unknown-key.yaml", "ill-typed.yaml", "missing-key.yaml", "unknown-enum.yaml",
      "empty-group.yaml", "range.yaml", "core-checks.yaml", "adjustments.yaml", "annual.yaml"})
  void brokenPoliciesAreRejected(String file) throws IOException {
    JsonNode policy = YAML.readTree(BrokenPolicyTest.BROKEN.resolve(file).toFile());

    List<Error> errors = SCHEMA.validate(policy);

    assertFalse(errors.isEmpty(), file + " passes the schema");
  }

  @Test
  void theSchemaNamesTheOffendingField() throws IOException {
    JsonNode policy = YAML.readTree(BrokenPolicyTest.BROKEN.resolve("unknown-key.yaml").toFile());

    assertEquals(List.of("/indicators/children/0: property 'pionts' is not defined in the schema and the schema"
        + " does not allow additional properties"), SCHEMA.validate(policy).stream().map(Error::toString).toList());
  }
}
