package org.kennisbank.server.chat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.javalin.http.BadRequestResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.kennisbank.core.SearchRequest;

/**
 * The body of {@code POST /api/chat/answer}, read strictly: a JSON object with a string
 * {@code question} (1 to {@value SearchRequest#MAX_QUERY_LENGTH} characters, not blank) and an
 * optional string {@code conversationId} as the server issued it. Anything else (another field, a
 * number for a string, a duplicate key, trailing text) is a 400 naming the field.
 */
record ChatRequest(String question, Optional<String> conversationId) {

  /** Far above a question of 500 characters with its JSON around it, even fully escaped. */
  static final int MAX_BODY_BYTES = 8 * 1024;
  private static final Set<String> FIELDS = Set.of("question", "conversationId");
  private static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final ObjectMapper STRICT = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  static ChatRequest parse(String body) {
    JsonNode root;
    try (JsonParser parser = STRICT.createParser(body)) {
      root = parser.readValueAsTree();
      if (parser.nextToken() != null) {
        throw new BadRequestResponse("body must be one JSON object; got more after it");
      }
    } catch (JsonProcessingException e) {
      throw new BadRequestResponse("body must be a JSON object: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new BadRequestResponse("body must be a JSON object");
    }
    if (root == null || !root.isObject()) {
      throw new BadRequestResponse("body must be a JSON object with field 'question'");
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new BadRequestResponse("field '" + name + "' is unknown (known: question, conversationId)");
      }
    }
    JsonNode question = root.get("question");
    if (question == null || question.isNull()) {
      throw new BadRequestResponse("field 'question' is required");
    }
    if (!question.isTextual()) {
      throw new BadRequestResponse("field 'question' must be a string; got " + question.getNodeType().name().toLowerCase());
    }
    String text = question.textValue();
    if (text.isBlank()) {
      throw new BadRequestResponse("field 'question' must not be empty");
    }
    if (text.length() > SearchRequest.MAX_QUERY_LENGTH) {
      throw new BadRequestResponse("field 'question' must be at most " + SearchRequest.MAX_QUERY_LENGTH
          + " characters; got " + text.length());
    }
    JsonNode id = root.get("conversationId");
    if (id == null || id.isNull()) {
      return new ChatRequest(text, Optional.empty());
    }
    if (!id.isTextual()) {
      throw new BadRequestResponse("field 'conversationId' must be a string; got " + id.getNodeType().name().toLowerCase());
    }
    if (!CONVERSATION_ID.matcher(id.textValue()).matches()) {
      throw new BadRequestResponse("field 'conversationId' must be an id the server issued (letters, digits, - and _, at most 64)");
    }
    return new ChatRequest(text, Optional.of(id.textValue()));
  }
}
