package org.kennisbank.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What every answer to hostile input must be: a 2xx (or the article-to-theme redirect) or a clear
 * 4xx in its route group's shape, JSON {@code {status,message}} for the API and a page for the
 * website; never a 5xx, a stack trace or a Java class name, and never a reflected probe that
 * became markup.
 */
final class ResponseRules {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Traces, exception names and the packages of the server and its libraries. */
  private static final Pattern INTERNALS = Pattern.compile(
      "Exception|Error:|\\tat |\\bat [a-z]+\\.[\\w.$]+\\(|(java|javax|jdk|sun)\\.[a-z]+\\.|org\\.(eclipse|apache|kennisbank|jsoup|slf4j)"
          + "|io\\.javalin|com\\.fasterxml|gg\\.jte|<h2>HTTP ERROR");

  /** Attributes whose value a browser follows or loads. */
  private static final java.util.Set<String> URL_ATTRIBUTES = java.util.Set.of("href", "src", "action", "formaction", "xlink:href");
  /** Jetty's answer to a target it cannot read at all (bad encoding, NUL, too long): JSON whatever the path, see JettyErrors. */
  private static final Pattern UNREADABLE = Pattern.compile("\\{\"status\":(4\\d\\d),\"message\":\"the request could not be read: [A-Za-z ]+\"}");

  private ResponseRules() {}

  /** The route group a request belongs to, which decides the shape of its errors. */
  enum Group { API, SITE }

  /** Empty when the answer is acceptable; otherwise what is wrong with it. */
  static Optional<String> check(Group group, HostileClient.Answer answer) {
    int status = answer.status();
    if (status >= 500 || status < 200 || (status >= 300 && status < 400 && status != 302)) {
      return Optional.of("status " + status);
    }
    if (INTERNALS.matcher(answer.body()).find()) {
      return Optional.of("internals in the body: " + abbreviate(answer.body()));
    }
    boolean json = answer.contentType().startsWith("application/json");
    boolean html = answer.contentType().startsWith("text/html");
    if (status == 302) {
      return Optional.empty();
    }
    if (group == Group.API || (json && unreadable(status, answer.body()))) {
      return json ? jsonShape(status, answer.body()) : Optional.of("API answer is not JSON: " + answer.contentType());
    }
    return html ? page(status, answer.body()) : Optional.of("page answer is not HTML: " + answer.contentType());
  }

  private static boolean unreadable(int status, String body) {
    java.util.regex.Matcher matcher = UNREADABLE.matcher(body);
    return matcher.matches() && Integer.parseInt(matcher.group(1)) == status;
  }

  private static Optional<String> jsonShape(int status, String body) {
    if (body.isEmpty()) {
      return Optional.of("empty JSON body");
    }
    try {
      JsonNode node = JSON.readTree(body);
      if (status < 400) {
        return Optional.empty();
      }
      List<String> fields = new java.util.ArrayList<>();
      node.fieldNames().forEachRemaining(fields::add);
      if (!fields.equals(List.of("status", "message")) || node.get("status").asInt() != status
          || !node.get("message").isTextual() || node.get("message").asText().isBlank()) {
        return Optional.of("error not in the {status,message} shape: " + abbreviate(body));
      }
      return Optional.empty();
    } catch (Exception e) {
      return Optional.of("body is not JSON: " + abbreviate(body));
    }
  }

  private static Optional<String> page(int status, String body) {
    // jsoup reads U+FFFF as the end of its input; the server sends it escaped text, as it came.
    Document document = Jsoup.parse(body.replace('\uffff', '\ufffd'));
    if (!body.startsWith("<!DOCTYPE html>") || document.selectFirst("h1") == null) {
      return Optional.of("not a whole page: " + abbreviate(body));
    }
    for (Element element : document.getAllElements()) {
      if (element.normalName().contains(HostileText.PROBE)) {
        return Optional.of("probe became an element <" + element.normalName() + ">");
      }
      if ((element.normalName().equals("script") && !isWidgetScript(element)) || element.normalName().equals("img")) {
        return Optional.of("a page gained <" + element.normalName() + ">");
      }
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        String value = attribute.getValue().toLowerCase(Locale.ROOT).strip();
        if (name.startsWith("on") || name.contains(HostileText.PROBE) || (URL_ATTRIBUTES.contains(name) && value.startsWith("javascript:"))) {
          return Optional.of("probe became an attribute " + name + "=\"" + value + "\"");
        }
      }
    }
    return status < 400 || document.selectFirst("p") != null ? Optional.empty() : Optional.of("error page without a message");
  }

  /** The one script every page has: the chat widget's module, loaded from our own path, with no inline code. */
  static boolean isWidgetScript(Element script) {
    return script.attr("type").equals("module") && script.attr("src").equals(org.kennisbank.server.http.Urls.WIDGET_SCRIPT)
        && script.data().isEmpty() && script.attributes().size() == 2;
  }

  static String abbreviate(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "...";
  }
}
