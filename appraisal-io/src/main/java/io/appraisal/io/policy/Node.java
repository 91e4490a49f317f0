package io.appraisal.io.policy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.google.common.collect.ImmutableList;
import io.appraisal.io.InputLimits;
import java.io.IOException;

/**
 * A YAML or JSON document as a tree whose every node remembers where it was written. Jackson's own tree forgets
 * locations and silently keeps the last of duplicate keys, so policy files are read into this one instead.
 */
sealed interface Node {
  Location at();

  /** What the node is, for a message such as "must be a number, not a list". */
  Kind kind();

  /** The kinds of node a policy file has. */
  enum Kind {
    STRING, NUMBER, BOOLEAN, NULL, LIST, MAPPING
  }

  /** A mapping; duplicate keys are kept so that the reader can report them. */
  record MapNode(Location at, ImmutableList<Field> fields) implements Node {
    @Override
    public Kind kind() {
      return Kind.MAPPING;
    }
  }

  record Field(String key, Location keyAt, Node value) {}

  record ListNode(Location at, ImmutableList<Node> items) implements Node {
    @Override
    public Kind kind() {
      return Kind.LIST;
    }
  }

  /**
   * A string, number, boolean or null.
   *
   * @param value a {@link String}, {@link Number} or {@link Boolean}, or null
   * @param text the scalar as written, so that {@code 1.10} stays {@code 1.10} when used as an id
   */
  record Scalar(Location at, Object value, String text) implements Node {
    @Override
    public Kind kind() {
      if (value instanceof String) {
        return Kind.STRING;
      }
      if (value instanceof Number) {
        return Kind.NUMBER;
      }
      return value == null ? Kind.NULL : Kind.BOOLEAN;
    }
  }

  /**
   * A value the policy format refuses although YAML allows it: the bundle's text {@code key} (its {@code {0}} is the
   * column, its {@code {1}}, ... the arguments) says why and what to write.
   */
  final class Refused extends JsonProcessingException {
    final String key;
    final transient Object[] arguments;

    Refused(JsonLocation at, String key, Object... arguments) {
      super(key, at);
      this.key = key;
      this.arguments = arguments;
    }
  }

  /**
   * Reads the value that starts at the parser's current token, leaving the parser on its last token.
   *
   * @throws Refused for a YAML alias ({@code *name}, which the parser would hand over as the string "name") and for
   *     YAML's special floats ({@code .nan}, {@code .inf})
   */
  static Node read(JsonParser parser) throws IOException {
    Location at = Location.of(parser.currentTokenLocation());
    JsonToken token = parser.currentToken();
    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      throw new Refused(parser.currentTokenLocation(), "problem.io.policy.alias", parser.getText());
    }
    switch (token) {
      case START_OBJECT -> {
        ImmutableList.Builder<Field> fields = ImmutableList.builder();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = limited(parser, parser.currentName(), InputLimits.MAX_KEY_LENGTH);
          Location keyAt = Location.of(parser.currentTokenLocation());
          parser.nextToken();
          fields.add(new Field(key, keyAt, read(parser)));
        }
        return new MapNode(at, fields.build());
      }
      case START_ARRAY -> {
        ImmutableList.Builder<Node> items = ImmutableList.builder();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(read(parser));
        }
        return new ListNode(at, items.build());
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        Number number;
        try {
          number = parser.getNumberValue();
        } catch (JsonProcessingException e) {
          number = null;
        }
        if (number == null || (number instanceof Double d && !Double.isFinite(d))) {
          throw new Refused(parser.currentTokenLocation(), "problem.io.policy.not-finite", parser.getText());
        }
        return new Scalar(at, number, parser.getText());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new Scalar(at, token == JsonToken.VALUE_TRUE, parser.getText());
      }
      case VALUE_NULL -> {
        return new Scalar(at, null, parser.getText());
      }
      default -> {
        String text = limited(parser, parser.getText(), InputLimits.MAX_STRING_LENGTH);
        return new Scalar(at, text, text);
      }
    }
  }

  /** The YAML parser does not apply Jackson's length limits to strings and keys: this does. */
  private static String limited(JsonParser parser, String text, int limit) throws Refused {
    if (text.length() > limit) {
      throw new Refused(parser.currentTokenLocation(), "problem.io.policy.text-too-long", text.length(), limit);
    }
    return text;
  }
}
