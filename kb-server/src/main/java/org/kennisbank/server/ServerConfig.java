package org.kennisbank.server;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.kennisbank.server.chat.ChatConfig;
import org.kennisbank.server.chat.ContactCentre;
import org.kennisbank.server.http.ExpensiveSearches;
import org.kennisbank.server.http.RateLimiter;
import org.kennisbank.server.storage.DatabaseConfig;

/**
 * How the server runs: the address it binds, the bearer tokens that open the agent channel and the
 * admin API, the rate limit per client on public routes, how many expensive searches run at
 * once, the operational database, the accounts file of personal sign-in, and the contact centre
 * the chat widget points to on a handover. Without its token a
 * channel is closed to machine clients; without an accounts file no one can sign in.
 */
public record ServerConfig(String host, int port, Optional<String> agentToken, Optional<String> adminToken,
    RateLimiter.Rate rateLimit, ExpensiveSearches.Limit expensiveSearches, DatabaseConfig database,
    Optional<Path> usersFile, ContactCentre contact) {

  public static final int DEFAULT_PORT = 7070;
  /** Loopback: the server is reachable from this machine only unless an operator says otherwise. */
  public static final String DEFAULT_HOST = "127.0.0.1";
  /** The environment variable that holds the agent token. */
  public static final String AGENT_TOKEN_VARIABLE = "KB_AGENT_TOKEN";
  /** The environment variable that holds the admin token (health details). */
  public static final String ADMIN_TOKEN_VARIABLE = "KB_ADMIN_TOKEN";
  /** The environment variable with a JDBC URL of the operational database ({@code jdbc:postgresql://...}). */
  public static final String DATABASE_URL_VARIABLE = "KB_DATABASE_URL";
  public static final String DATABASE_USER_VARIABLE = "KB_DATABASE_USER";
  public static final String DATABASE_PASSWORD_VARIABLE = "KB_DATABASE_PASSWORD";
  /** The environment variable with the path of the accounts file. */
  public static final String USERS_FILE_VARIABLE = "KB_USERS_FILE";

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535; got: " + port);
    }
    agentToken = agentToken.filter(token -> !token.isBlank());
    adminToken = adminToken.filter(token -> !token.isBlank());
    Objects.requireNonNull(rateLimit, "rateLimit");
    Objects.requireNonNull(expensiveSearches, "expensiveSearches");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(usersFile, "usersFile");
    Objects.requireNonNull(contact, "contact");
  }

  /** With the default contact centre ({@link ContactCentre#DEFAULT}). */
  public ServerConfig(String host, int port, Optional<String> agentToken, Optional<String> adminToken,
      RateLimiter.Rate rateLimit, ExpensiveSearches.Limit expensiveSearches, DatabaseConfig database,
      Optional<Path> usersFile) {
    this(host, port, agentToken, adminToken, rateLimit, expensiveSearches, database, usersFile, ContactCentre.DEFAULT);
  }

  /** No admin token, the default rate limit and limit on expensive searches, a temporary database, no accounts. */
  public ServerConfig(String host, int port, Optional<String> agentToken) {
    this(host, port, agentToken, Optional.empty(), RateLimiter.Rate.DEFAULT, ExpensiveSearches.Limit.DEFAULT,
        DatabaseConfig.temporary(), Optional.empty());
  }

  /**
   * For tests: loopback, a free port, the given token, and no rate limit, since the suite sends
   * thousands of requests from one address; tests of the limits set their own with the setters.
   * A temporary database (deleted when the server stops) and no accounts.
   */
  public static ServerConfig forTest(String agentToken) {
    return new ServerConfig("127.0.0.1", 0, Optional.ofNullable(agentToken), Optional.empty(), RateLimiter.Rate.OFF,
        ExpensiveSearches.Limit.DEFAULT, DatabaseConfig.temporary(), Optional.empty());
  }

  /** The same with the given admin token. */
  public ServerConfig withAdminToken(String token) {
    return new ServerConfig(host, port, agentToken, Optional.ofNullable(token), rateLimit, expensiveSearches, database, usersFile, contact);
  }

  public ServerConfig withRateLimit(RateLimiter.Rate newRateLimit) {
    return new ServerConfig(host, port, agentToken, adminToken, newRateLimit, expensiveSearches, database, usersFile, contact);
  }

  /** The chatbot's settings; the default threshold is the one calibrated in docs/chat.md. */
  public ChatConfig chat() {
    return ChatConfig.DEFAULT;
  }

  public ServerConfig withExpensiveSearches(ExpensiveSearches.Limit newLimit) {
    return new ServerConfig(host, port, agentToken, adminToken, rateLimit, newLimit, database, usersFile, contact);
  }

  public ServerConfig withDatabase(DatabaseConfig newDatabase) {
    return new ServerConfig(host, port, agentToken, adminToken, rateLimit, expensiveSearches, newDatabase, usersFile, contact);
  }

  /** The contact centre the chat widget shows on a handover. */
  public ServerConfig withContact(ContactCentre newContact) {
    return new ServerConfig(host, port, agentToken, adminToken, rateLimit, expensiveSearches, database, usersFile, newContact);
  }

  public ServerConfig withUsersFile(Path file) {
    return new ServerConfig(host, port, agentToken, adminToken, rateLimit, expensiveSearches, database, Optional.of(file), contact);
  }
}
