package org.kennisbank.server.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code ./kb bench} in the command list. The bench itself lives in the module kb-bench (corpus
 * generator, plain Lucene yardstick, JMH, wrk load test), which the server does not depend on; the
 * launcher {@code ./kb} runs it directly, so this command is reached only when the server's main
 * class is started by hand, and then says where the bench is.
 */
@Command(name = "bench", customSynopsis = "./kb bench [--sizes LIST] [--json] [--http] [OPTION...]", description = {"Latency, build rate, start, heap and HTTP load figures per corpus size, beside plain",
    "Lucene BM25 on the same articles and queries (module kb-bench; ./kb bench --help for the options)."})
final class BenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Unmatched List<String> arguments;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("kb: the bench runs from the module kb-bench: use ./kb bench (see ./kb bench --help)");
    return Main.USAGE_ERROR;
  }
}
