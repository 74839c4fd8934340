package org.kennisbank.server.http;

import io.javalin.security.RouteRole;

/**
 * Who may call a route, declared on the route itself ({@code routes.get(path, handler, Role.AGENT)})
 * and enforced by {@link AccessCheck} alone. A route names every role that may call it.
 *
 * <p>Today the agent and admin roles are granted by shared bearer tokens ({@link BearerToken}). Personal sessions (agents,
 * editors, admins with their own login) will grant the same roles, so routes need not change.
 */
public enum Role implements RouteRole {
  /** Anyone: the website, the public API, the chatbot. */
  PUBLIC,
  /** Contact-centre agents: sees internal notes. */
  AGENT,
  /** Operators: health details with content problems and file paths; sees no internal notes. */
  ADMIN
}
