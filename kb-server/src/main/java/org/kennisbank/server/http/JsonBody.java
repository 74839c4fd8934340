package org.kennisbank.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A JSON object request body, read strictly at the edge: a body that is not one object, a field
 * the route does not know, a field of the wrong type or a text over its limit is a 400 that names
 * the field. Read it once per request with {@link #of}.
 */
public final class JsonBody {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectNode object;

  private JsonBody(ObjectNode object) {
    this.object = object;
  }

  /** The body as an object whose fields are all in {@code known}. */
  public static JsonBody of(Context ctx, Set<String> known) {
    JsonNode node;
    try {
      node = JSON.readTree(ctx.body());
    } catch (JsonProcessingException e) {
      throw new BadRequestResponse("the body must be a JSON object; it is not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new BadRequestResponse("the body must be a JSON object with the fields " + String.join(", ", new TreeSet<>(known)));
    }
    List<String> unknown = new ArrayList<>();
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      throw new BadRequestResponse("unknown field '" + unknown.get(0) + "' (known: " + String.join(", ", new TreeSet<>(known)) + ")");
    }
    return new JsonBody((ObjectNode) node);
  }

  /** A text field that must be there and not blank, at most {@code max} characters, stripped. */
  public String requiredText(String field, int max) {
    return optionalText(field, max).filter(text -> !text.isEmpty())
        .orElseThrow(() -> new BadRequestResponse("field '" + field + "' is required and must not be empty"));
  }

  /** A text field that must be there but may be empty. */
  public String text(String field, int max) {
    if (!object.has(field)) {
      throw new BadRequestResponse("field '" + field + "' is required (it may be empty)");
    }
    return optionalText(field, max).orElse("");
  }

  /** A text field that may be absent or null; an empty text counts as absent. */
  public Optional<String> optionalText(String field, int max) {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw new BadRequestResponse("field '" + field + "' must be a text; got " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    String text = value.textValue().strip();
    if (text.length() > max) {
      throw new BadRequestResponse("field '" + field + "' must be at most " + max + " characters; got " + text.length());
    }
    if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r')) {
      throw new BadRequestResponse("field '" + field + "' holds a control character");
    }
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  public boolean bool(String field, boolean fallback) {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isBoolean()) {
      throw new BadRequestResponse("field '" + field + "' must be true or false");
    }
    return value.booleanValue();
  }

  /** A time field in ISO-8601 with offset ({@code 2026-12-04T09:00:00Z}); empty when absent or null. */
  public Optional<Instant> instant(String field) {
    return optionalText(field, 40).map(text -> {
      try {
        return java.time.OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException e) {
        throw new BadRequestResponse("field '" + field + "' must be a time like 2026-12-04T09:00:00Z; got '" + text + "'");
      }
    });
  }

  /** A text field that must be one of the ids {@code lookup} knows. */
  public <T> T choice(String field, java.util.function.Function<String, Optional<T>> lookup, String known) {
    String text = requiredText(field, 40);
    return lookup.apply(text).orElseThrow(() ->
        new BadRequestResponse("field '" + field + "' must be one of " + known + "; got '" + text + "'"));
  }
}
