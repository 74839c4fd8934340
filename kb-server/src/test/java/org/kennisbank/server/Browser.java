package org.kennisbank.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A browser-like client for one server: keeps cookies, never follows redirects, and can sign in
 * through the form as a person would (GET the form for its token, POST name and password).
 */
final class Browser {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;

  Browser(int port) {
    this.base = "http://127.0.0.1:" + port;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  record Response(int status, String body, HttpResponse<String> raw) {
    JsonNode json() throws Exception {
      return JSON.readTree(body);
    }

    Optional<String> header(String name) {
      return raw.headers().firstValue(name);
    }

    java.util.List<String> headers(String name) {
      return raw.headers().allValues(name);
    }
  }

  Response get(String path, String... headers) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
  }

  Response postForm(String path, Map<String, String> fields, String... headers) throws Exception {
    String body = fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/x-www-form-urlencoded"), headers);
  }

  Response json(String method, String path, String body, String... headers) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base + path)).method(method, HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json"), headers);
  }

  /** The same request with the session's CSRF token in the header. */
  Response write(String method, String path, String body) throws Exception {
    return json(method, path, body, "X-CSRF-Token", csrfToken());
  }

  private Response send(HttpRequest.Builder request, String... headers) throws Exception {
    if (headers.length > 0) {
      request.headers(headers);
    }
    HttpResponse<String> response = client.send(request.timeout(TestServer.TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    return new Response(response.statusCode(), response.body(), response);
  }

  /** The hidden {@code _csrf} of the sign-in form the server just sent. */
  String formToken() throws Exception {
    String page = get("/inloggen").body();
    int at = page.indexOf("name=\"_csrf\" value=\"");
    return page.substring(at + 20, page.indexOf('"', at + 20));
  }

  Response signIn(String name, String password, String returnPath) throws Exception {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("_csrf", formToken());
    fields.put("gebruikersnaam", name);
    fields.put("wachtwoord", password);
    fields.put("terug", returnPath);
    return postForm("/inloggen", fields);
  }

  /** Signs in and fails the test unless the server sent the browser on. */
  Browser signedIn(String name, String password) throws Exception {
    Response response = signIn(name, password, "/agent");
    if (response.status() != 303) {
      throw new AssertionError("sign-in of " + name + " failed: " + response.status() + " " + response.body());
    }
    return this;
  }

  /** The value of a cookie the browser holds now. */
  Optional<String> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
        .map(java.net.HttpCookie::getValue).findFirst();
  }

  String csrfToken() throws Exception {
    return get("/api/agent/session").json().get("csrfToken").asText();
  }
}
