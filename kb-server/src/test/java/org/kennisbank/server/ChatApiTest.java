package org.kennisbank.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kennisbank.core.Article;
import org.kennisbank.core.Channel;
import org.kennisbank.core.Section;

/** The chatbot's endpoint, over HTTP on the bundled content: the contract, follow-ups, handovers, help lines, 400s. */
class ChatApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> FIELDS = List.of("conversationId", "handover", "reason", "confidence", "articleId",
      "title", "url", "section", "answer", "alternatives", "helpLines");
  private final TestServer server = TestServer.bundled();

  private JsonNode ask(String question) throws Exception {
    return ask(question, null);
  }

  private JsonNode ask(String question, String conversationId) throws Exception {
    ObjectNode body = JSON.createObjectNode().put("question", question);
    if (conversationId != null) {
      body.put("conversationId", conversationId);
    }
    TestServer.Response response = server.post("/api/chat/answer", body.toString(), "Content-Type", "application/json");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void an_answer_has_exactly_the_fields_of_the_contract() throws Exception {
    JsonNode reply = ask("wat kost een paspoort");

    assertThat(names(reply)).containsExactlyElementsOf(FIELDS);
    assertThat(reply.get("conversationId").asText()).matches("[A-Za-z0-9_-]{16,64}");
    assertThat(reply.get("handover").asBoolean()).isFalse();
    assertThat(reply.get("reason").asText()).isEqualTo("answered");
    assertThat(reply.get("confidence").asDouble()).isBetween(0.0, 1.0);
    assertThat(reply.get("articleId").asText()).isEqualTo("paspoort");
    assertThat(reply.get("title").asText()).isEqualTo("Paspoort");
    assertThat(reply.get("url").asText()).isEqualTo("/artikelen/paspoort");
    assertThat(reply.get("section").asText()).isEqualTo("Kosten");
    assertThat(reply.get("answer").asText()).contains("88,65").doesNotContain("<", "|", "**");
    assertThat(reply.get("alternatives").size()).isLessThanOrEqualTo(3);
    reply.get("alternatives").forEach(alternative ->
        assertThat(names(alternative)).containsExactly("articleId", "title", "url"));
    assertThat(reply.get("helpLines").isEmpty()).isTrue();
  }

  @Test
  void a_follow_up_is_answered_against_the_previous_topic() throws Exception {
    JsonNode first = ask("ik wil een nieuw paspoort aanvragen");
    String conversation = first.get("conversationId").asText();
    assertThat(first.get("articleId").asText()).isEqualTo("paspoort");

    JsonNode costs = ask("en wat kost dat?", conversation);
    JsonNode term = ask("hoe lang duurt het", conversation);

    assertThat(costs.get("conversationId").asText()).isEqualTo(conversation);
    assertThat(costs.get("articleId").asText()).isEqualTo("paspoort");
    assertThat(costs.get("section").asText()).isEqualTo("Kosten");
    assertThat(term.get("articleId").asText()).isEqualTo("paspoort");
    assertThat(term.get("section").asText()).isEqualTo("Termijn");
  }

  @Test
  void a_follow_up_without_a_previous_topic_is_unclear() throws Exception {
    JsonNode reply = ask("en wat kost dat?");

    assertThat(reply.get("handover").asBoolean()).isTrue();
    assertThat(reply.get("reason").asText()).isEqualTo("unclear");
  }

  @Test
  void a_greeting_hands_over_without_an_article() throws Exception {
    JsonNode reply = ask("goedemiddag!");

    assertThat(names(reply)).containsExactlyElementsOf(FIELDS);
    assertThat(reply.get("handover").asBoolean()).isTrue();
    assertThat(reply.get("reason").asText()).isEqualTo("greeting");
    for (String field : List.of("articleId", "title", "url", "section")) {
      assertThat(reply.get(field).isNull()).as(field).isTrue();
    }
    assertThat(reply.get("answer").asText()).isNotBlank();
  }

  @Test
  void an_emergency_hands_over_with_the_published_help_lines() throws Exception {
    JsonNode reply = ask("er ligt een man bewusteloos op straat en hij ademt niet");

    assertThat(reply.get("reason").asText()).isEqualTo("emergency");
    assertThat(reply.get("handover").asBoolean()).isTrue();
    assertThat(reply.get("alternatives").isEmpty()).isTrue();
    assertThat(numbers(reply)).containsExactly("112", "0800-0113", "0800-2000");
  }

  @Test
  void violence_at_home_is_answered_with_the_shelter_and_the_help_lines() throws Exception {
    JsonNode reply = ask("ik word thuis mishandeld waar kan ik heen");

    assertThat(reply.get("handover").asBoolean()).as(reply.toString()).isFalse();
    assertThat(reply.get("articleId").asText()).isIn("vrouwenopvang", "tijdelijk-huisverbod", "crisisopvang");
    assertThat(numbers(reply)).containsExactly("112", "0800-0113", "0800-2000");
  }

  /**
   * The search still ranks parking tax and the food bank first for these two (docs/chat.md, "Known
   * limits"); the confidence is low, so the bot hands over instead of answering with them.
   */
  @Test
  void the_issues_wrong_articles_are_never_given_as_the_answer() throws Exception {
    JsonNode parking = ask("buurman parkeert op de stoep");
    JsonNode shopping = ask("mijn moeder is 85 en kan niet meer zelf boodschappen doen");

    assertThat(parking.get("articleId").asText("")).as(parking.toString()).isNotEqualTo("parkeerbelasting");
    assertThat(shopping.get("articleId").asText("")).as(shopping.toString()).isNotEqualTo("voedselbank");
  }

  @Test
  void an_answer_never_holds_internal_text() throws Exception {
    Article paspoort = server.kb().article("paspoort", Channel.AGENT).orElseThrow();
    String internal = paspoort.internal().stream().map(Section::markdown).reduce("", String::concat);
    assertThat(internal).contains("afsprakenmodule");

    JsonNode reply = ask("controleer in de afsprakenmodule of er een vrije spoedplek is voor een paspoort");

    assertThat(reply.toString()).doesNotContain("afsprakenmodule", "Werkinstructie", "Tweede lijn");
  }

  @Test
  void an_unknown_conversation_gets_a_new_id_from_the_server() throws Exception {
    JsonNode reply = ask("wat kost een paspoort", "made-up-by-the-client");

    assertThat(reply.get("conversationId").asText()).isNotEqualTo("made-up-by-the-client");
  }

  @Test
  void malformed_bodies_are_refused_naming_the_field() throws Exception {
    assertRefused("{\"question\":\"paspoort\",\"extra\":1}", 400, "'extra'");
    assertRefused("{\"question\":5}", 400, "'question' must be a string");
    assertRefused("{\"question\":\"\"}", 400, "'question'");
    assertRefused("{}", 400, "'question' is required");
    assertRefused("{\"question\":\"" + "a".repeat(501) + "\"}", 400, "'question' must be at most 500");
    assertRefused("{\"question\":\"paspoort\",\"conversationId\":7}", 400, "'conversationId' must be a string");
    assertRefused("{\"question\":\"paspoort\",\"conversationId\":\"a b\"}", 400, "'conversationId'");
    assertRefused("[\"paspoort\"]", 400, "JSON object");
    assertRefused("{\"question\":\"paspoort\"} {}", 400, "one JSON object");
    assertRefused("{\"question\":\"a\",\"question\":\"b\"}", 400, "question");
    assertRefused("niet eens json", 400, "JSON object");
    assertRefused("{\"question\":\"" + "a".repeat(9000) + "\"}", 413, "at most 8192 bytes");
  }

  private void assertRefused(String body, int status, String message) throws Exception {
    TestServer.Response response = server.post("/api/chat/answer", body, "Content-Type", "application/json");
    assertThat(response.status()).as(body.length() > 80 ? body.substring(0, 80) : body).isEqualTo(status);
    assertThat(response.json().get("message").asText()).contains(message);
  }

  private static List<String> numbers(JsonNode reply) {
    List<String> numbers = new ArrayList<>();
    reply.get("helpLines").forEach(line -> numbers.add(line.get("number").asText()));
    return numbers;
  }
}
