package org.kennisbank.server.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kennisbank.server.tooling.faq.FaqImporter;
import org.kennisbank.server.tooling.faq.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ./kb import rijksoverheid-faq --from DIR --to CONTENT_DIR}. Prints every skipped record
 * with its reason, then a summary line; exits 1 when a record was skipped.
 */
@Command(name = RijksoverheidFaqImportCommand.NAME, sortOptions = false, sortSynopsis = false,
    description = "Write Rijksoverheid FAQ open-data records as faq articles; re-running updates in place.")
final class RijksoverheidFaqImportCommand implements Callable<Integer> {

  static final String NAME = "rijksoverheid-faq";

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Option(names = "--from", paramLabel = "DIR", required = true, order = 1, description = "a folder of JSON records, one per file")
  Path from;

  @Option(names = "--to", paramLabel = "CONTENT_DIR", required = true, order = 2,
      description = "the content directory; articles go to its articles/faq/ (created when missing)")
  Path to;

  @Override
  public Integer call() {
    ContentOption.existingFolder(spec, "--from", from);
    if (Files.exists(to) && !Files.isDirectory(to)) {
      throw new ParameterException(spec.commandLine(), "--to must be a content directory; not a folder: " + to);
    }
    PrintWriter out = spec.commandLine().getOut();
    ImportReport report = new FaqImporter().importFolder(from, to);
    report.skipped().forEach(out::println);
    out.println(report.summary() + " (articles in " + to.resolve(FaqImporter.TARGET_FOLDER) + ")");
    return report.skipped().isEmpty() ? 0 : Main.FAILURE;
  }
}
