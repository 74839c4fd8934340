package org.kennisbank.server.http;

import io.javalin.security.RouteRole;

/**
 * Who may call a route, declared on the route itself ({@code routes.get(path, handler, Role.AGENT)})
 * and enforced by {@link AccessCheck} alone. A route names every role that may call it.
 *
 * <p>A personal session grants its account's role and the roles below it ({@link #grants}):
 * an admin may do what an editor may, an editor what an agent may. A shared bearer token
 * ({@link BearerToken}) grants exactly its own role, as before sessions existed.
 */
public enum Role implements RouteRole {
  /** Anyone: the website, the public API, the chatbot. */
  PUBLIC,
  /** Contact-centre agents: sees internal notes. */
  AGENT,
  /** Editors: the feedback queue, work instructions and news, and everything an agent may do. */
  EDITOR,
  /**
   * Operators: health details with content problems and file paths. The admin token sees no
   * internal notes; an admin's personal session may do what an editor may.
   */
  ADMIN;

  /** Whether a session with this role may call a route that declares {@code required}. */
  public boolean grants(Role required) {
    if (required == PUBLIC) {
      return true;
    }
    return this != PUBLIC && ordinal() >= required.ordinal();
  }
}
