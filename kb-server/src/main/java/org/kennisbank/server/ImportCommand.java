package org.kennisbank.server;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.kennisbank.server.imports.FaqImporter;
import org.kennisbank.server.imports.ImportReport;

/**
 * {@code ./kb import rijksoverheid-faq --from DIR --to CONTENT_DIR}: bring open data in as
 * articles. Prints every skipped record with its reason, then a summary line; exits 1 when a
 * record was skipped.
 */
final class ImportCommand {

  static final String RIJKSOVERHEID_FAQ = "rijksoverheid-faq";
  private static final String USAGE = "./kb import " + RIJKSOVERHEID_FAQ + " --from DIR --to CONTENT_DIR";

  private ImportCommand() {}

  static int run(Main.Options options, PrintStream out) {
    List<String> sources = options.positionals();
    if (sources.isEmpty()) {
      throw new Main.UsageException("import needs the kind of data, for example: " + USAGE);
    }
    if (sources.size() > 1 || !sources.get(0).equals(RIJKSOVERHEID_FAQ)) {
      throw new Main.UsageException("import knows one kind of data, '" + RIJKSOVERHEID_FAQ + "'; got "
          + String.join(" ", sources) + " (usage: " + USAGE + ")");
    }
    Path from = Path.of(options.required("from"));
    Path to = Path.of(options.required("to"));
    if (!Files.isDirectory(from)) {
      throw new Main.UsageException("--from must be a folder of JSON records; not a folder: " + from);
    }
    if (Files.exists(to) && !Files.isDirectory(to)) {
      throw new Main.UsageException("--to must be a content directory; not a folder: " + to);
    }
    ImportReport report = new FaqImporter().importFolder(from, to);
    report.skipped().forEach(out::println);
    out.println(report.summary() + " (articles in " + to.resolve(FaqImporter.TARGET_FOLDER) + ")");
    return report.skipped().isEmpty() ? 0 : 1;
  }
}
