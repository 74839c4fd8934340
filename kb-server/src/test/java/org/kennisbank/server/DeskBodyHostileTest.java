package org.kennisbank.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated hostile JSON bodies on every write endpoint of the desktop: known and unknown fields,
 * values of every type, odd and long text, broken and deeply nested JSON. Every answer is a 201 or
 * a 400 (413 for a body over the request limit) whose message names a field or the body, never a
 * 500; afterwards everything stored reads back. {@value #DEFAULT_CASES} cases from seed
 * {@value #DEFAULT_SEED}; more with {@code KB_CASES} and {@code KB_SEED}.
 */
class DeskBodyHostileTest {

  static final long DEFAULT_SEED = 20261204L;
  static final int DEFAULT_CASES = 400;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, List<String>> FIELDS = Map.of(
      "/api/agent/links", List.of("articleId", "section", "channel"),
      "/api/agent/feedback", List.of("articleId", "section", "kind", "remark"),
      "/api/agent/missing", List.of("query", "note"),
      "/api/editor/messages", List.of("title", "body", "important", "publishFrom", "publishUntil"));
  private static final List<String> GOOD = List.of("paspoort", "Kosten", "phone", "chat", "verouderd", "klopt-niet",
      "2026-12-04T09:00:00Z", "2027-01-01T00:00:00+01:00", "hondenbelasting");

  @TempDir static Path folder;
  private static TestServer server;
  private static Browser editor;

  @BeforeAll
  static void start() throws Exception {
    server = DeskServer.start(folder);
    editor = new Browser(server.port()).signedIn(DeskServer.EDITOR, DeskServer.PASSWORD);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void every_generated_body_gets_a_201_or_a_400_naming_what_is_wrong() throws Exception {
    long seed = Setting.seed(DEFAULT_SEED);
    int cases = Setting.cases(DEFAULT_CASES);
    HostileText text = new HostileText(seed);
    List<String> endpoints = List.copyOf(new TreeMap<>(FIELDS).keySet());
    Map<Integer, Integer> statuses = new TreeMap<>();
    for (int i = 0; i < cases; i++) {
      String endpoint = text.pick(endpoints);
      String body = body(text, FIELDS.get(endpoint));
      Browser.Response response = editor.write("POST", endpoint, body);
      statuses.merge(response.status(), 1, Integer::sum);
      assertThat(response.status()).as("seed %d case %d: %s %s -> %s", seed, i, endpoint, body, response.body())
          .isIn(201, 400, 413);
      if (response.status() == 400) {
        assertThat(response.json().get("message").asText()).as(body).containsAnyOf("field", "body");
      }
    }
    System.out.println("desk bodies, seed " + seed + ", " + cases + " cases: " + statuses);
    for (String path : List.of("/api/agent/feedback/mine", "/api/agent/messages")) {
      assertThat(editor.get(path).status()).as(path).isEqualTo(200);
    }
  }

  private static String body(HostileText text, List<String> fields) throws Exception {
    switch (text.random().nextInt(20)) {
      case 0:
        return "[".repeat(2000 + text.below(3000));
      case 1:
        return text.text();
      case 2:
        return "{\"" + text.pick(fields) + "\":";
      case 3:
        return "null";
      default:
        break;
    }
    ObjectNode object = JSON.createObjectNode();
    for (String field : fields) {
      if (text.random().nextInt(4) > 0) {
        value(text, object, field);
      }
    }
    if (text.random().nextInt(8) == 0) {
      value(text, object, text.random().nextBoolean() ? "caller" : text.text());
    }
    return JSON.writeValueAsString(object);
  }

  private static void value(HostileText text, ObjectNode object, String field) {
    switch (text.random().nextInt(9)) {
      case 0 -> object.put(field, text.below(100));
      case 1 -> object.put(field, text.random().nextBoolean());
      case 2 -> object.putNull(field);
      case 3 -> object.putArray(field).add(text.pick(GOOD));
      case 4 -> object.putObject(field).put("x", text.text());
      case 5 -> object.put(field, text.longRun());
      case 6 -> object.put(field, text.text());
      default -> object.put(field, text.pick(GOOD));
    }
  }
}
