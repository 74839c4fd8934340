package org.kennisbank.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Sends a request target exactly as generated: through {@link HttpClient} when it is a valid URI,
 * otherwise as raw bytes on a socket (HttpClient refuses invalid percent-encodings and spaces).
 * Both ways time out after {@link TestServer#TIMEOUT}, so a hang fails the test.
 */
final class HostileClient {

  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(TestServer.TIMEOUT).build();

  private final int port;

  HostileClient(int port) {
    this.port = port;
  }

  /** The answer to one request; {@code raw} when it went over a socket. */
  record Answer(int status, String contentType, String body, boolean raw) {}

  Answer get(String target, String... headers) throws IOException, InterruptedException {
    URI uri;
    try {
      uri = URI.create("http://127.0.0.1:" + port + target);
    } catch (IllegalArgumentException invalid) {
      return raw(target, headers);
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TestServer.TIMEOUT).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
        response.body(), false);
  }

  /** The request target as bytes (each char below 256 as one byte), with HTTP/1.0 so the body is not chunked. */
  private Answer raw(String target, String... headers) throws IOException {
    StringBuilder request = new StringBuilder("GET ").append(target).append(" HTTP/1.0\r\nHost: 127.0.0.1\r\n");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
    }
    request.append("\r\n");
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout((int) TestServer.TIMEOUT.toMillis());
      socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      String answer = new String(readAll(socket.getInputStream()), StandardCharsets.UTF_8);
      int end = answer.indexOf("\r\n\r\n");
      String head = end < 0 ? answer : answer.substring(0, end);
      String body = end < 0 ? "" : answer.substring(end + 4);
      String[] statusLine = head.split("\r\n", 2)[0].split(" ");
      int status = statusLine.length > 1 && statusLine[1].matches("[0-9]{3}") ? Integer.parseInt(statusLine[1]) : -1;
      String contentType = head.lines().filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-type:"))
          .map(line -> line.substring("content-type:".length()).strip()).findFirst().orElse("");
      return new Answer(status, contentType, body, true);
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    in.transferTo(out);
    return out.toByteArray();
  }
}
