package org.kennisbank.server.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kennisbank.core.KbException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code ./kb} command line. The table of commands is the {@code subcommands} list below;
 * parsing, the usage text and {@code ./kb help} are generated from it by picocli. Unknown
 * options, missing values and wrong arguments are refused with the usage line and exit code 2.
 */
@Command(name = "./kb", customSynopsis = "./kb <command> [options]", synopsisHeading = "%nUsage: ",
    header = "Kennisbank: knowledge base and search for municipal contact centres.",
    subcommands = {ServeCommand.class, ValidateCommand.class, SearchCommand.class, EvalCommand.class, EvalChatCommand.class,
        ImportCommand.class, BenchCommand.class, UserCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Every command also takes --help, and --verbose (or KB_VERBOSE=1) to show the log messages of",
        "the JVM and the libraries, which are hidden otherwise.",
        "Exit codes: 0 done; 1 problems found (validate, import) or a failure; 2 wrong usage (unknown",
        "option or command, missing value, a DIR or FILE that does not exist)."})
public final class Main implements Callable<Integer> {

  /** Exit code for a mistake in how a command was called. */
  static final int USAGE_ERROR = 2;
  /** Exit code for a failure while running a command, such as unreadable content. */
  static final int FAILURE = 1;
  static final String VERBOSE_VARIABLE = "KB_VERBOSE";

  @Spec CommandSpec spec;

  @Option(names = "--verbose", scope = ScopeType.INHERIT, hidden = true)
  boolean verbose;

  @Mixin HelpOption help;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, System.getenv()));
  }

  /** Runs a command and returns its exit code; {@code serve} returns when the server stops. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, System.getenv());
  }

  static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
    PrintWriter outWriter = new PrintWriter(out, true, out.charset());
    PrintWriter errWriter = new PrintWriter(err, true, err.charset());
    CommandLine cli = new CommandLine(new Main())
        .setOut(outWriter)
        .setErr(errWriter)
        .setSeparator(" ")
        .setUsageHelpWidth(100)
        .setParameterExceptionHandler(Main::refuse)
        .setExecutionExceptionHandler(Main::fail)
        .setExecutionStrategy(parsed -> {
          Logging.configure(verbose(parsed, environment));
          return new CommandLine.RunLast().execute(parsed);
        });
    CommandTable.install(cli);
    try {
      return cli.execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  /** Without a command: the usage text, and exit code 2 as for any other incomplete call. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return USAGE_ERROR;
  }

  static boolean verbose(ParseResult parsed, Map<String, String> environment) {
    return "1".equals(environment.get(VERBOSE_VARIABLE))
        || parsed.asCommandLineList().stream().anyMatch(cli -> cli.getParseResult().hasMatchedOption("--verbose"));
  }

  private static int refuse(ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    PrintWriter err = cli.getErr();
    err.println("kb: " + message(e));
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    CommandTable.synopses(cli.getHelp()).forEach(synopsis -> err.println("Usage: ./kb " + synopsis));
    err.println("Run './kb help" + (cli.getParent() == null ? "" : " " + cli.getCommandName()) + "' for the options.");
    return USAGE_ERROR;
  }

  /** Picocli's message, except that a word where a command was expected is called an unknown command. */
  private static String message(ParameterException e) {
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.isUnknownOption()
        && !e.getCommandLine().getSubcommands().isEmpty() && !unmatched.getUnmatched().isEmpty()) {
      return "unknown command '" + unmatched.getUnmatched().get(0) + "'";
    }
    return e.getMessage();
  }

  private static int fail(Exception e, CommandLine cli, ParseResult parsed) throws Exception {
    if (!(e instanceof KbException)) {
      throw e;
    }
    cli.getErr().println("kb: " + e.getMessage());
    return FAILURE;
  }
}
