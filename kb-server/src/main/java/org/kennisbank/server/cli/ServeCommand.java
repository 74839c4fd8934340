package org.kennisbank.server.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.kennisbank.core.ContentProblem;
import org.kennisbank.core.KnowledgeBase;
import org.kennisbank.server.KbServer;
import org.kennisbank.server.ServerConfig;
import org.kennisbank.server.chat.ContactCentre;
import org.kennisbank.server.http.ExpensiveSearches;
import org.kennisbank.server.http.RateLimiter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ./kb serve}: runs the server until the process is stopped. */
@Command(name = "serve", sortOptions = false, sortSynopsis = false,
    description = {"Start the server (default: bundled content, port " + ServerConfig.DEFAULT_PORT + ", "
        + ServerConfig.DEFAULT_HOST + " only; --host 0.0.0.0 for all interfaces).",
        "The agent channel opens only when " + ServerConfig.AGENT_TOKEN_VARIABLE + " is set, the admin API ("
        + "health details) only when " + ServerConfig.ADMIN_TOKEN_VARIABLE + " is set."})
final class ServeCommand implements Callable<Integer> {

  private static final int SHOWN_PROBLEMS = 20;

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Mixin ContentOption content;

  @Mixin StorageOptions storage;

  @Option(names = "--port", paramLabel = "N", order = 2, description = "the port (default: " + ServerConfig.DEFAULT_PORT + ")")
  int port = ServerConfig.DEFAULT_PORT;

  @Option(names = "--host", paramLabel = "H", order = 3, description = "the address to listen on (default: " + ServerConfig.DEFAULT_HOST
      + ", this machine only; 0.0.0.0 for all interfaces)")
  String host = ServerConfig.DEFAULT_HOST;

  @Option(names = "--rate-limit", paramLabel = "N", order = 4,
      description = "requests per second per client address on public routes, 0 for none (default: 20, burst 100)")
  double rateLimit = RateLimiter.Rate.DEFAULT.perSecond();

  @Option(names = "--rate-burst", paramLabel = "N", order = 5, description = "requests a client may send at once (default: 100)")
  int rateBurst = RateLimiter.Rate.DEFAULT.burst();

  @Option(names = "--expensive-searches", paramLabel = "N", order = 6,
      description = "expensive searches (many words with typo tolerance) that may run at once (default: one per two cores)")
  int expensiveSearches = ExpensiveSearches.Limit.DEFAULT.permits();

  @Override
  public Integer call() {
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535; got " + port);
    }
    PrintWriter out = spec.commandLine().getOut();
    KnowledgeBase kb = content.open();
    ServerConfig config;
    try {
      ExpensiveSearches.Limit defaults = ExpensiveSearches.Limit.DEFAULT;
      config = new ServerConfig(host, port, environment(ServerConfig.AGENT_TOKEN_VARIABLE), environment(ServerConfig.ADMIN_TOKEN_VARIABLE),
          rateLimit == 0 ? RateLimiter.Rate.OFF : new RateLimiter.Rate(rateLimit, rateBurst),
          new ExpensiveSearches.Limit(expensiveSearches, defaults.expensiveFrom(), defaults.maxWait()),
          storage.database(content.directory()), Optional.of(storage.usersFile(content.directory())))
          .withContact(ContactCentre.fromEnvironment(System.getenv()));
    } catch (IllegalArgumentException e) {
      kb.close();
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    reportProblems(kb, out);
    Javalin app = KbServer.create(kb, config).start();
    out.println("Kennisbank is listening on http://" + (host.equals("0.0.0.0") ? "localhost" : host) + ":" + app.port()
        + " (" + kb.size() + " articles from " + kb.origin() + "; agent channel "
        + (config.agentToken().isPresent() ? "open with token" : "closed") + ")");
    out.println("Sign-in at /inloggen with the accounts in " + config.usersFile().map(Object::toString).orElse("(none)")
        + " (./kb user add NAME --role agent); desktop data in " + config.database().describe());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      kb.close();
      stopped.countDown();
    }, "kb-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  private static Optional<String> environment(String variable) {
    return Optional.ofNullable(System.getenv(variable));
  }

  private static void reportProblems(KnowledgeBase kb, PrintWriter out) {
    List<ContentProblem> problems = kb.problems();
    if (!problems.isEmpty()) {
      out.println(problems.size() + " content problem(s); see /api/admin/health or run ./kb validate:");
      problems.stream().limit(SHOWN_PROBLEMS).forEach(problem -> out.println("  " + problem));
    }
  }
}
