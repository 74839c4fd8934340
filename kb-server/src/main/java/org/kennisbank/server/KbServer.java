package org.kennisbank.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Ticker;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import org.kennisbank.core.KnowledgeBase;
import org.kennisbank.server.account.AccountFile;
import org.kennisbank.server.account.Accounts;
import org.kennisbank.server.account.PasswordHasher;
import org.kennisbank.server.account.Sessions;
import org.kennisbank.server.account.SignIn;
import org.kennisbank.server.account.SignInThrottle;
import org.kennisbank.server.agent.AgentApi;
import org.kennisbank.server.agent.AgentDeskApi;
import org.kennisbank.server.agent.EditorDeskApi;
import org.kennisbank.server.agent.desktop.Desktop;
import org.kennisbank.server.chat.ChatApi;
import org.kennisbank.server.chat.ChatLogApi;
import org.kennisbank.server.chat.ChatLogSink;
import org.kennisbank.server.chat.ChatService;
import org.kennisbank.server.api.PublicApi;
import org.kennisbank.server.http.AccessCheck;
import org.kennisbank.server.admin.AdminApi;
import org.kennisbank.server.http.BearerToken;
import org.kennisbank.server.http.Errors;
import org.kennisbank.server.http.ExpensiveSearches;
import org.kennisbank.server.http.RateLimiter;
import org.kennisbank.server.http.Searches;
import org.kennisbank.server.http.JettyErrors;
import org.kennisbank.server.http.PathEncoding;
import org.kennisbank.server.http.SecurityHeaders;
import org.kennisbank.server.storage.Storage;
import org.kennisbank.server.website.Templates;
import org.kennisbank.server.website.Website;

/**
 * The HTTP server of Kennisbank, assembled in one place from one room per channel, each with its
 * own routes: the public API ({@link PublicApi}), the agent API ({@link AgentApi}), the admin API
 * ({@link AdminApi}) and the website ({@link Website}). Routes declare their roles;
 * {@link AccessCheck} enforces them before every matched route, and {@link Errors} turns every exception into a JSON error or an HTML page.
 *
 * <p>A new channel (editor, chat, feeds) is a package beside these with one class whose
 * {@code routes(RoutesConfig)} declares its paths and roles, and one line here that calls it.
 */
public final class KbServer {

  private KbServer() {}

  /**
   * A configured server that is not started yet; call {@code start()} on it. It opens the
   * operational database now and closes it when the server stops.
   *
   * @throws org.kennisbank.server.storage.StorageException when the database cannot be opened
   */
  public static Javalin create(KnowledgeBase kb, ServerConfig config) {
    Clock clock = Clock.systemUTC();
    Storage storage = Storage.open(config.database());
    Templates templates = new Templates();
    Accounts accounts = new Accounts(config.usersFile().map(AccountFile::new));
    Sessions sessions = new Sessions(clock);
    AccessCheck access = new AccessCheck(
        BearerToken.agent(config.agentToken(), ServerConfig.AGENT_TOKEN_VARIABLE),
        BearerToken.admin(config.adminToken(), ServerConfig.ADMIN_TOKEN_VARIABLE), sessions);
    Errors errors = new Errors(templates::errorPage);
    Searches searches = new Searches(kb, new ExpensiveSearches(config.expensiveSearches()));
    ObjectMapper mapper = new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    return Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.jetty.host = config.host();
      cfg.jetty.port = config.port();
      cfg.jsonMapper(new JavalinJackson(mapper, false));
      cfg.http.defaultContentType = "application/json";
      cfg.http.prefer405over404 = true;
      cfg.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors(templates::errorPage)));
      cfg.events.serverStopped(storage::close);

      new SecurityHeaders().routes(cfg.routes);
      new PathEncoding().routes(cfg.routes);
      sessions.routes(cfg.routes);
      cfg.routes.beforeMatched(new RateLimiter(config.rateLimit(), System::nanoTime)::check);
      cfg.routes.beforeMatched(access::check);
      new PublicApi(kb, searches).routes(cfg.routes);
      new AgentApi(kb, searches).routes(cfg.routes);
      new AgentDeskApi(kb, storage, clock).routes(cfg.routes);
      new Desktop(templates).routes(cfg.routes);
      new EditorDeskApi(storage, clock).routes(cfg.routes);
      new SignIn(accounts, sessions, new SignInThrottle(clock), PasswordHasher.DEFAULT).routes(cfg.routes);
      new ChatApi(new ChatService(kb, config.chat(), new ChatLogSink(storage.chatLog()), Ticker.systemTicker(), clock),
          config.contact()).routes(cfg.routes);
      new ChatLogApi(storage.chatLog()).routes(cfg.routes);
      new AdminApi(kb).routes(cfg.routes);
      new Website(kb, templates, searches).routes(cfg.routes);
      errors.routes(cfg.routes);
    });
  }
}
