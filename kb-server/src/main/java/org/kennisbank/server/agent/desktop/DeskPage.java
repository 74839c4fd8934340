package org.kennisbank.server.agent.desktop;

import java.util.Objects;
import org.kennisbank.server.http.Urls;

/**
 * What the desktop page itself carries: who is signed in and the session's CSRF token, which the
 * scripts send with every write. Everything else (articles, messages, reports) the scripts fetch
 * from the agent API.
 *
 * @param agentName the signed-in account, empty for a machine client with the bearer token
 * @param csrfToken the session's token, empty when there is no session
 */
public record DeskPage(String agentName, String csrfToken) {

  public DeskPage {
    Objects.requireNonNull(agentName, "agentName");
    Objects.requireNonNull(csrfToken, "csrfToken");
  }

  public boolean signedIn() {
    return !agentName.isEmpty();
  }

  public String asset(String name) {
    return Urls.AGENT_DESK_ASSETS + name;
  }
}
