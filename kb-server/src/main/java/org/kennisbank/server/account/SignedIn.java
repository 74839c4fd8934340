package org.kennisbank.server.account;

import java.util.Objects;
import org.kennisbank.server.http.Role;

/**
 * The person behind a request with a live session, for pages: {@code account()} to show who is
 * signed in, {@code csrfToken()} for {@code <meta name="csrf-token">} and every form's
 * {@code _csrf} field. Get it with {@link Sessions#current}.
 */
public record SignedIn(String account, String displayName, Role role, String csrfToken) {

  public SignedIn {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(csrfToken, "csrfToken");
  }
}
