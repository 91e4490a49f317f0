package io.appraisal.io.policy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import java.io.IOException;

/**
 * A YAML or JSON document as a tree whose every node remembers where it was written. Jackson's own tree forgets
 * locations and silently keeps the last of duplicate keys, so policy files are read into this one instead.
 */
sealed interface Node {
  Location at();

  /** How the node is called in a message such as "must be a number, not a list". */
  String kind();

  /** A mapping; duplicate keys are kept so that the reader can report them. */
  record MapNode(Location at, ImmutableList<Field> fields) implements Node {
    @Override
    public String kind() {
      return "a mapping";
    }
  }

  record Field(String key, Location keyAt, Node value) {}

  record ListNode(Location at, ImmutableList<Node> items) implements Node {
    @Override
    public String kind() {
      return "a list";
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
    public String kind() {
      if (value instanceof String) {
        return "a string";
      }
      if (value instanceof Number) {
        return "a number";
      }
      return value == null ? "null" : "a boolean";
    }
  }

  /** Reads the value that starts at the parser's current token, leaving the parser on its last token. */
  static Node read(JsonParser parser) throws IOException {
    Location at = Location.of(parser.currentTokenLocation());
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        ImmutableList.Builder<Field> fields = ImmutableList.builder();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
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
        return new Scalar(at, parser.getNumberValue(), parser.getText());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new Scalar(at, token == JsonToken.VALUE_TRUE, parser.getText());
      }
      case VALUE_NULL -> {
        return new Scalar(at, null, parser.getText());
      }
      default -> {
        return new Scalar(at, parser.getText(), parser.getText());
      }
    }
  }
}
