package org.kennisbank.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Generated hostile bodies on the chatbot's {@code POST /api/chat/answer} (issue 12, "prove it"):
 * known and unknown fields, values of every type, hostile question text (query syntax, script
 * probes, control characters, other scripts, long runs), broken and deeply nested JSON, invalid
 * UTF-8, wrong content types. Every answer is a 200 that keeps the contract or a 400/413 whose
 * message names the field or the body; never a 500, a trace, or a script probe in the answer.
 * {@value #DEFAULT_CASES} cases from seed {@value #DEFAULT_SEED}; more with {@code KB_CASES} and
 * {@code KB_SEED}.
 */
class ChatBodyHostileTest {

  static final long DEFAULT_SEED = 20261204L;
  static final int DEFAULT_CASES = 400;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final Set<String> REASONS = Set.of("answered", "greeting", "thanks", "personal-case", "complaint",
      "out-of-scope", "emergency", "unclear", "abuse");
  private static final List<String> QUESTIONS = List.of("wat kost een paspoort", "en voor een kind?", "hallo",
      "ik word thuis geslagen", "hoe vraag ik een parkeervergunning aan", "mijn aanvraag Z-2026-1234");
  private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=utf-8",
      "text/plain", "application/x-www-form-urlencoded", "");

  private final TestServer server = TestServer.bundled();

  @Test
  void every_generated_body_gets_an_answer_or_a_400_naming_what_is_wrong() throws Exception {
    long seed = Setting.seed(DEFAULT_SEED);
    int cases = Setting.cases(DEFAULT_CASES);
    HostileText text = new HostileText(seed);
    Map<String, Integer> outcomes = new TreeMap<>();
    String conversation = null;
    for (int i = 0; i < cases; i++) {
      byte[] body = body(text, conversation);
      HttpResponse<String> response = post(body, text.pick(CONTENT_TYPES));
      String shown = new String(body, StandardCharsets.UTF_8);
      String described = "seed %d case %d: %s -> %d %s".formatted(seed, i, ResponseRules.abbreviate(shown),
          response.statusCode(), ResponseRules.abbreviate(response.body()));
      assertThat(response.statusCode()).as(described).isIn(200, 400, 413);
      assertThat(response.body()).as(described).doesNotContain("Exception", "at org.", "at io.", "at java.");
      JsonNode answer = JSON.readTree(response.body());
      if (response.statusCode() == 200) {
        keepsTheContract(answer, described);
        conversation = text.random().nextBoolean() ? answer.get("conversationId").asText() : null;
        outcomes.merge("200 " + answer.get("reason").asText(), 1, Integer::sum);
      } else {
        assertThat(answer.get("message").asText()).as(described).containsAnyOf("field", "body");
        outcomes.merge(String.valueOf(response.statusCode()), 1, Integer::sum);
      }
    }
    System.out.println("chat bodies, seed " + seed + ", " + cases + " cases: " + outcomes);
  }

  private static void keepsTheContract(JsonNode answer, String described) {
    assertThat(REASONS).as(described).contains(answer.get("reason").asText());
    assertThat(answer.get("confidence").asDouble()).as(described).isBetween(0.0, 1.0);
    assertThat(answer.get("answer").asText()).as(described).doesNotContain("<" + HostileText.PROBE, "<script");
    assertThat(answer.get("alternatives").size()).as(described).isLessThanOrEqualTo(3);
    if (answer.get("handover").asBoolean()) {
      assertThat(answer.get("articleId").isNull()).as(described).isTrue();
    } else {
      assertThat(answer.get("url").asText()).as(described).startsWith("/artikelen/");
    }
  }

  private HttpResponse<String> post(byte[] body, String contentType) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/chat/answer"))
        .timeout(TestServer.TIMEOUT).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (!contentType.isEmpty()) {
      request.header("Content-Type", contentType);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static byte[] body(HostileText text, String conversation) throws Exception {
    switch (text.random().nextInt(24)) {
      case 0:
        return "[".repeat(2000 + text.below(3000)).getBytes(StandardCharsets.UTF_8);
      case 1:
        return text.text().getBytes(StandardCharsets.UTF_8);
      case 2:
        return "{\"question\":".getBytes(StandardCharsets.UTF_8);
      case 3:
        return "{\"question\":\"a\",\"question\":\"b\"}".getBytes(StandardCharsets.UTF_8);
      case 4:
        return invalidUtf8(text);
      case 5:
        return ("{\"question\":\"" + "x".repeat(9000) + "\"}").getBytes(StandardCharsets.UTF_8);
      default:
        break;
    }
    ObjectNode object = JSON.createObjectNode();
    if (text.random().nextInt(6) > 0) {
      question(text, object);
    }
    if (conversation != null || text.random().nextInt(4) == 0) {
      value(text, object, "conversationId", conversation);
    }
    if (text.random().nextInt(16) == 0) {
      object.put(text.random().nextBoolean() ? "history" : text.text(), text.text());
    }
    return JSON.writeValueAsBytes(object);
  }

  private static void question(HostileText text, ObjectNode object) {
    switch (text.random().nextInt(10)) {
      case 0 -> object.put("question", text.below(100));
      case 1 -> object.putNull("question");
      case 2 -> object.putArray("question").add(text.pick(QUESTIONS));
      case 3 -> object.put("question", text.longRun());
      case 4, 5 -> object.put("question", text.pick(QUESTIONS) + " " + text.text());
      default -> object.put("question", text.text());
    }
  }

  private static void value(HostileText text, ObjectNode object, String field, String issued) {
    switch (text.random().nextInt(10)) {
      case 0 -> object.put(field, text.below(100));
      case 1 -> object.putObject(field).put("x", text.text());
      case 2 -> object.put(field, text.text());
      case 3 -> object.put(field, "a".repeat(65));
      default -> object.put(field, issued == null ? text.letters(20) : issued);
    }
  }

  /** A JSON body whose question holds bytes that are not UTF-8 (a lone continuation byte, an overlong form). */
  private static byte[] invalidUtf8(HostileText text) {
    byte[] start = "{\"question\":\"paspoort ".getBytes(StandardCharsets.UTF_8);
    byte[] bad = text.random().nextBoolean() ? new byte[] {(byte) 0x80, (byte) 0xbf} : new byte[] {(byte) 0xc0, (byte) 0xaf};
    byte[] end = "\"}".getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[start.length + bad.length + end.length];
    System.arraycopy(start, 0, body, 0, start.length);
    System.arraycopy(bad, 0, body, start.length, bad.length);
    System.arraycopy(end, 0, body, start.length + bad.length, end.length);
    return body;
  }
}
