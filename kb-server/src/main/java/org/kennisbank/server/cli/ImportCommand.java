package org.kennisbank.server.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ./kb import KIND ...}: brings open data in as articles; each kind of data is a command of its own. */
@Command(name = "import", description = "Bring open data in as articles.", subcommands = RijksoverheidFaqImportCommand.class)
final class ImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "import needs the kind of data, for example: ./kb import "
        + RijksoverheidFaqImportCommand.NAME + " --from DIR --to CONTENT_DIR");
  }
}
