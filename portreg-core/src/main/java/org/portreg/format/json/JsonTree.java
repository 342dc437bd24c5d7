package org.portreg.format.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value with the line and column where it starts, so that the reader can name the place of
 * every problem. Values are {@code Map<String, JsonTree>}, {@code List<JsonTree>}, {@code String},
 * {@code Number}, {@code Boolean} or {@code null}.
 */
record JsonTree(Object value, int line, int column) {

  /**
   * Reads the whole document starting at the parser's current token.
   *
   * @throws JsonParseException for malformed JSON, and for JSON past the parser's limits (nesting,
   *     string and number length) with a message that names the limit in our words and a location
   */
  static JsonTree readDocument(JsonParser json) throws IOException {
    try {
      return read(json);
    } catch (StreamConstraintsException e) {
      throw new JsonParseException(
          json, JsonLimits.exceeded(e.getMessage(), json.streamReadConstraints()), e);
    }
  }

  /** Reads the value starting at the parser's current token. */
  static JsonTree read(JsonParser json) throws IOException {
    JsonLocation at = json.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    JsonToken token = json.currentToken();
    Object value =
        switch (token) {
          case START_OBJECT -> object(json);
          case START_ARRAY -> array(json);
          case VALUE_STRING -> json.getText();
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> json.getNumberValue();
          case VALUE_TRUE -> Boolean.TRUE;
          case VALUE_FALSE -> Boolean.FALSE;
          default -> null;
        };
    return new JsonTree(value, line, column);
  }

  private static Map<String, JsonTree> object(JsonParser json) throws IOException {
    Map<String, JsonTree> members = new LinkedHashMap<>();
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String name = json.currentName();
      json.nextToken();
      members.put(name, read(json));
    }
    return members;
  }

  private static List<JsonTree> array(JsonParser json) throws IOException {
    List<JsonTree> items = new ArrayList<>();
    while (json.nextToken() != JsonToken.END_ARRAY) {
      items.add(read(json));
    }
    return items;
  }

  /** What kind of JSON value this is, for messages. */
  String kind() {
    if (value instanceof Map) {
      return "an object";
    }
    if (value instanceof List) {
      return "an array";
    }
    if (value instanceof String) {
      return "a string";
    }
    return value == null ? "null" : value instanceof Number ? "a number" : "a boolean";
  }
}
