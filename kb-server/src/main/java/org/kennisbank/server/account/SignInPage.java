package org.kennisbank.server.account;

import java.util.Objects;
import java.util.Optional;

/**
 * What the sign-in template shows: the form's CSRF token, where to go after signing in, the name
 * typed before (never the password) and the message of a failed try.
 */
public record SignInPage(String csrfToken, String returnPath, String name, Optional<String> message) {

  public SignInPage {
    Objects.requireNonNull(csrfToken, "csrfToken");
    Objects.requireNonNull(returnPath, "returnPath");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(message, "message");
  }
}
