package org.kennisbank.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.kennisbank.core.KnowledgeBase;

/** A real server on a free loopback port over a knowledge base, and a small HTTP client for it. */
final class TestServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  /** The agent token of the {@link #bundled()} server. */
  static final String TOKEN = "test-token-3f9a";
  /** The admin token of the {@link #bundled()} server. */
  static final String ADMIN_TOKEN = "test-admin-7c21";
  /** No test request may hang: a server that does not answer in this time fails the test. */
  static final Duration TIMEOUT = Duration.ofSeconds(20);
  private static TestServer bundled;

  private final KnowledgeBase kb;
  private final Javalin app;
  private final String base;

  TestServer(KnowledgeBase kb, String agentToken) {
    this(kb, agentToken, null);
  }

  TestServer(KnowledgeBase kb, String agentToken, String adminToken) {
    this(ServerConfig.forTest(agentToken).withAdminToken(adminToken), kb);
  }

  /** A server with its own configuration (tokens, rate limit, expensive searches) over {@code kb}. */
  TestServer(ServerConfig config, KnowledgeBase kb) {
    this.kb = kb;
    app = KbServer.create(kb, config).start();
    base = "http://127.0.0.1:" + app.port();
  }

  /**
   * One server over the bundled content with {@link #TOKEN}, shared by the test classes that only
   * read from it (opening the bundled content takes seconds); it stops when the test JVM ends.
   */
  static synchronized TestServer bundled() {
    if (bundled == null) {
      TestServer server = new TestServer(KnowledgeBase.openBundled(), TOKEN, ADMIN_TOKEN);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        server.close();
        server.kb.close();
      }));
      bundled = server;
    }
    return bundled;
  }

  int port() {
    return app.port();
  }

  KnowledgeBase kb() {
    return kb;
  }

  record Response(int status, String body, String contentType, HttpResponse<String> raw) {
    JsonNode json() throws IOException {
      return JSON.readTree(body);
    }

    Optional<String> header(String name) {
      return raw.headers().firstValue(name);
    }
  }

  Response get(String path, String... headers) throws Exception {
    return send("GET", path, headers);
  }

  Response send(String method, String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .method(method, HttpRequest.BodyPublishers.noBody()).timeout(TIMEOUT);
    if (headers.length > 0) {
      request.headers(headers);
    }
    HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Response(response.statusCode(), response.body(),
        response.headers().firstValue("Content-Type").orElse(""), response);
  }

  /** A POST with a body; {@code headers} as name, value pairs. */
  Response post(String path, String body, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).timeout(TIMEOUT);
    if (headers.length > 0) {
      request.headers(headers);
    }
    HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Response(response.statusCode(), response.body(),
        response.headers().firstValue("Content-Type").orElse(""), response);
  }

  /** Sends a request line as is (HttpClient refuses malformed URIs) and returns the whole raw answer. */
  String raw(String requestLine) throws IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", app.port())) {
      socket.setSoTimeout((int) TIMEOUT.toMillis());
      socket.getOutputStream().write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    app.stop();
  }
}
