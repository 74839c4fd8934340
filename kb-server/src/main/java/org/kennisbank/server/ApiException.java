package org.kennisbank.server;

/** An error answered to the client as JSON (API) or as a page (website), with its HTTP status. */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  ApiException(int status, String message) {
    super(message);
    this.status = status;
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  static ApiException notFound(String message) {
    return new ApiException(404, message);
  }

  static ApiException unauthorized(String message) {
    return new ApiException(401, message);
  }

  int status() {
    return status;
  }
}
