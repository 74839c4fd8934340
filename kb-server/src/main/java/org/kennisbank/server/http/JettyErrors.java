package org.kennisbank.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors that Jetty answers before a request reaches Javalin (an unreadable path, a URI or
 * headers too long), in the same shapes as {@link Errors}: JSON for the API, our page for the
 * website. When Jetty could not read the path at all, the JSON shape is used. Only the
 * standard reason phrase is shown, never Jetty's detail.
 */
public final class JettyErrors extends ErrorHandler {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The path Jetty gives a request whose URI it could not parse (bad encoding, too long). */
  private static final String UNREAD_PATH = "/badMessage";

  private final ErrorPage page;

  public JettyErrors(ErrorPage page) {
    this.page = page;
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message,
      Throwable cause, Callback callback) {
    boolean api = api(request);
    byte[] body = api ? json(code) : page.render(code, "Dit adres kunnen wij niet lezen.").getBytes(StandardCharsets.UTF_8);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, api ? "application/json" : "text/html;charset=utf-8");
    SecurityHeaders.apply(response.getHeaders()::put);
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  /** Whether the error answers the JSON shape: for API paths, and when Jetty could not read the path. */
  private static boolean api(Request request) {
    String path = request.getHttpURI().getPath();
    return path == null || path.equals(UNREAD_PATH) || Urls.isApi(path);
  }

  private static byte[] json(int status) {
    try {
      return JSON.writeValueAsBytes(new ErrorView(status, "the request could not be read: " + HttpStatus.getMessage(status)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an error view", e);
    }
  }
}
