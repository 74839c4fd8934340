package org.kennisbank.server.http;

import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;

/**
 * What a personal session grants a request: its account, its role and the CSRF token that every
 * state-changing request of the session must carry ({@link Csrf}).
 */
public record SessionGrant(String account, Role role, String csrfToken) {

  public SessionGrant {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(csrfToken, "csrfToken");
  }

  /** Finds the session of a request from its cookie; the account package implements it. */
  @FunctionalInterface
  public interface Lookup {
    /** No sessions at all: only bearer tokens grant roles. */
    Lookup NONE = ctx -> Optional.empty();

    Optional<SessionGrant> find(Context ctx);
  }
}
