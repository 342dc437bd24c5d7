package org.portreg.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.portreg.error.InvalidInputException;
import org.portreg.format.json.JsonLimits;
import org.portreg.model.Transport;
import org.portreg.workflow.Role;

/**
 * A small JSON object sent to the API (an action, a user, a token label), read with Jackson's tree
 * model. Getters name the member in their {@link InvalidInputException} (400). Immutable.
 */
public final class JsonInput {
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private final ObjectNode object;

  private JsonInput(ObjectNode object) {
    this.object = object;
  }

  /**
   * The request body as a JSON object; an empty body is an empty object.
   *
   * @throws InvalidInputException for malformed JSON or another value than an object
   */
  public static JsonInput of(Context ctx) {
    return parse(ctx.bodyAsBytes());
  }

  /**
   * {@code body} as a JSON object; an empty body is an empty object.
   *
   * @throws InvalidInputException for malformed JSON or another value than an object
   */
  public static JsonInput parse(byte[] body) {
    if (body.length == 0) {
      return new JsonInput(MAPPER.createObjectNode());
    }
    try {
      JsonNode node = MAPPER.readTree(utf8(body));
      if (node instanceof ObjectNode object) {
        return new JsonInput(object);
      }
      throw new InvalidInputException("the request body must be a JSON object");
    } catch (StreamConstraintsException e) {
      String limit =
          JsonLimits.exceeded(e.getMessage(), MAPPER.getFactory().streamReadConstraints());
      throw new InvalidInputException("the request body is refused: " + limit, e);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException("the request body is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * The body as text, strictly UTF-8 (RFC 8259 §8.1): from bytes Jackson would guess UTF-16 or
   * UTF-32 and fail outside its own exceptions on impossible code points.
   */
  private static String utf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException("the request body is not UTF-8 text", e);
    }
  }

  /** The object itself, for members read elsewhere. */
  public ObjectNode object() {
    return object;
  }

  /** Whether the member is present and not null. */
  public boolean has(String name) {
    return object.hasNonNull(name);
  }

  /** A text member, if present and not null. */
  public Optional<String> text(String name) {
    JsonNode node = object.get(name);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      throw new InvalidInputException(name + " must be a string");
    }
    return Optional.of(node.asText());
  }

  /** A required text member, empty text when absent (blank checks are the caller's). */
  public String textOrEmpty(String name) {
    return text(name).orElse("");
  }

  /** A whole-number member, if present. */
  public Optional<Integer> integer(String name) {
    JsonNode node = object.get(name);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw new InvalidInputException(name + " must be a whole number");
    }
    return Optional.of(node.asInt());
  }

  /** A boolean member, if present. */
  public Optional<Boolean> bool(String name) {
    JsonNode node = object.get(name);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isBoolean()) {
      throw new InvalidInputException(name + " must be true or false");
    }
    return Optional.of(node.asBoolean());
  }

  /** An array of strings, if present. */
  Optional<List<String>> texts(String name) {
    JsonNode node = object.get(name);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isArray()) {
      throw new InvalidInputException(name + " must be an array of strings");
    }
    List<String> values = new ArrayList<>();
    for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
      JsonNode item = it.next();
      if (!item.isTextual()) {
        throw new InvalidInputException(name + " must be an array of strings");
      }
      values.add(item.asText());
    }
    return Optional.of(values);
  }

  /**
   * Roles by name ({@code applicant}, {@code expert}, {@code local-expert}, {@code admin}), if
   * present.
   */
  public Optional<Set<Role>> roles(String name) {
    return texts(name).map(JsonInput::parseRoles);
  }

  /** Transports by token ({@code tcp}, ...), if present. */
  public Optional<Set<Transport>> transports(String name) {
    return texts(name).map(values -> parseTransports(name, values));
  }

  private static Set<Role> parseRoles(List<String> values) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String value : values) {
      roles.add(
          Role.parse(value)
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "roles: unknown role '"
                              + value
                              + "' (applicant, expert, local-expert, admin)")));
    }
    return roles;
  }

  private static Set<Transport> parseTransports(String name, List<String> values) {
    Set<Transport> transports = EnumSet.noneOf(Transport.class);
    for (String value : values) {
      transports.add(
          Transport.parse(value)
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          name + ": unknown transport '" + value + "' (tcp, udp, sctp, dccp)")));
    }
    return transports;
  }
}
