package org.kennisbank.server;

import io.javalin.Javalin;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.kennisbank.core.Channel;
import org.kennisbank.core.ContentProblem;
import org.kennisbank.core.KbException;
import org.kennisbank.core.KnowledgeBase;
import org.kennisbank.core.SearchFilters;
import org.kennisbank.core.SearchHit;
import org.kennisbank.core.SearchRequest;
import org.kennisbank.core.SearchResult;

/** The {@code ./kb} command line: one subcommand per task, each with its own options. */
public final class Main {

  static final String USAGE = """
      Kennisbank: knowledge base and search for municipal contact centres.

      Usage: ./kb <command> [options]

        serve [--content DIR] [--port N] [--host H]
            Start the server (default: bundled content, port 7070, all interfaces).
            The agent channel opens only when KB_AGENT_TOKEN is set.
        validate [DIR]
            Check every article (default: the bundled content); exits 1 on any problem.
        search "QUERY" [--content DIR] [--agent] [--size N]
            Search from the terminal for a quick look.
        eval --judgments FILE [--content DIR] [--baseline] [--json]
            Measure search quality on relevance judgments.
        import rijksoverheid-faq --from DIR --to CONTENT_DIR
            Write Rijksoverheid FAQ open-data records as faq articles.
        bench [--content DIR] [--judgments FILE]
            Print opening time, heap, and search-as-you-type and suggest latencies.
        help
            Show this text.
      """;

  private Main() {}

  public static void main(String[] args) {
    int code;
    try {
      code = run(args, System.out, System.err);
    } catch (UsageException e) {
      System.err.println("kb: " + e.getMessage());
      System.err.println("Run './kb help' for the commands and their options.");
      code = 2;
    } catch (KbException e) {
      System.err.println("kb: " + e.getMessage());
      code = 1;
    }
    if (code >= 0) {
      System.exit(code);
    }
  }

  /** Runs a command; returns the exit code, or -1 when the command keeps running (serve). */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      out.print(USAGE);
      return 2;
    }
    Options options = Options.parse(args);
    return switch (args[0]) {
      case "serve" -> serve(options, out);
      case "validate" -> validate(options, out);
      case "search" -> search(options, out);
      case "eval" -> EvalCommand.run(options, out);
      case "import" -> ImportCommand.run(options, out);
      case "bench" -> BenchCommand.run(options, out);
      case "help", "--help", "-h" -> {
        out.print(USAGE);
        yield 0;
      }
      default -> throw new UsageException("unknown command '" + args[0] + "'");
    };
  }

  static KnowledgeBase open(Optional<String> content) {
    return content.map(dir -> KnowledgeBase.open(Path.of(dir))).orElseGet(KnowledgeBase::openBundled);
  }

  private static int serve(Options options, PrintStream out) {
    options.expectPositionals(0);
    int port = options.intValue("port", ServerConfig.DEFAULT_PORT);
    String host = options.value("host").orElse("0.0.0.0");
    Optional<String> token = Optional.ofNullable(System.getenv(ServerConfig.AGENT_TOKEN_VARIABLE));
    KnowledgeBase kb = open(options.value("content"));
    report(kb, out);
    Javalin app = KbServer.create(kb, new ServerConfig(host, port, token)).start();
    out.println("Kennisbank is listening on http://" + (host.equals("0.0.0.0") ? "localhost" : host) + ":" + app.port()
        + " (" + kb.size() + " articles from " + kb.origin() + "; agent channel "
        + (token.filter(t -> !t.isBlank()).isPresent() ? "open with token" : "closed") + ")");
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

  private static void report(KnowledgeBase kb, PrintStream out) {
    List<ContentProblem> problems = kb.problems();
    if (!problems.isEmpty()) {
      out.println(problems.size() + " content problem(s); see /health or run ./kb validate:");
      problems.stream().limit(20).forEach(problem -> out.println("  " + problem));
    }
  }

  private static int validate(Options options, PrintStream out) {
    List<String> dirs = options.positionals();
    if (dirs.size() > 1) {
      throw new UsageException("validate takes one directory; got " + dirs.size());
    }
    try (KnowledgeBase kb = open(dirs.stream().findFirst())) {
      List<ContentProblem> problems = kb.problems();
      problems.forEach(out::println);
      long errors = problems.stream().filter(p -> p.severity() == ContentProblem.Severity.ERROR).count();
      out.println(kb.size() + " articles loaded from " + kb.origin() + "; " + errors + " error(s), "
          + (problems.size() - errors) + " warning(s)");
      return problems.isEmpty() ? 0 : 1;
    }
  }

  private static int search(Options options, PrintStream out) {
    List<String> words = options.positionals();
    if (words.isEmpty()) {
      throw new UsageException("search needs a query, for example: ./kb search \"paspoort verlengen\"");
    }
    int size = options.intValue("size", 5);
    Channel channel = options.flag("agent") ? Channel.AGENT : Channel.PUBLIC;
    try (KnowledgeBase kb = open(options.value("content"))) {
      String query = String.join(" ", words);
      long start = System.nanoTime();
      SearchResult result = kb.search(new SearchRequest(query, SearchFilters.NONE, channel, 1, size, false));
      long micros = (System.nanoTime() - start) / 1000;
      out.println(result.total() + " result(s) for '" + query + "' in " + micros / 1000.0 + " ms"
          + (result.relaxed() ? " (relaxed: not all words matched)" : ""));
      result.didYouMean().ifPresent(suggestion -> out.println("Did you mean: " + suggestion));
      int rank = 1;
      for (SearchHit hit : result.hits()) {
        out.printf("%2d. %s  [%s, %s]%s%n", rank++, hit.title(), hit.id(), hit.type().id(), hit.bestBet() ? " (best bet)" : "");
        out.println("    " + hit.summary());
        if (!hit.internalSnippet().isEmpty()) {
          out.println("    intern: " + hit.internalSnippet().replace("<mark>", "*").replace("</mark>", "*"));
        }
      }
      return 0;
    }
  }

  /** A mistake in how the command was called. */
  static final class UsageException extends KbException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** The arguments after the command: {@code --name value}, {@code --flag}, and the rest in order. */
  record Options(String command, List<String> positionals, java.util.Map<String, String> named) {

    private static final java.util.Set<String> FLAGS = java.util.Set.of("agent", "baseline", "json");

    static Options parse(String[] args) {
      List<String> positionals = new ArrayList<>();
      java.util.Map<String, String> named = new java.util.LinkedHashMap<>();
      for (int i = 1; i < args.length; i++) {
        String arg = args[i];
        if (arg.startsWith("--")) {
          String name = arg.substring(2);
          int equals = name.indexOf('=');
          if (equals > 0) {
            named.put(name.substring(0, equals), name.substring(equals + 1));
          } else if (FLAGS.contains(name)) {
            named.put(name, "true");
          } else if (i + 1 < args.length) {
            named.put(name, args[++i]);
          } else {
            throw new UsageException("option --" + name + " needs a value");
          }
        } else {
          positionals.add(arg);
        }
      }
      return new Options(args[0], positionals, named);
    }

    Optional<String> value(String name) {
      return Optional.ofNullable(named.get(name));
    }

    String required(String name) {
      return value(name).orElseThrow(() -> new UsageException(command + " needs --" + name));
    }

    boolean flag(String name) {
      return named.containsKey(name);
    }

    int intValue(String name, int fallback) {
      String text = named.get(name);
      if (text == null) {
        return fallback;
      }
      try {
        return Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw new UsageException("--" + name + " must be a whole number; got '" + text + "'");
      }
    }

    void expectPositionals(int count) {
      if (positionals.size() != count) {
        throw new UsageException(command + " takes no arguments besides options; got " + positionals);
      }
    }
  }
}
