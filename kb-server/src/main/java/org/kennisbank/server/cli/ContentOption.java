package org.kennisbank.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.kennisbank.core.KnowledgeBase;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --content DIR} option of the commands that open a knowledge base. */
final class ContentOption {

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  private Optional<Path> directory = Optional.empty();

  @Option(names = "--content", paramLabel = "DIR", order = 1,
      description = "a content folder with articles/, synonyms.txt and best-bets.tsv (default: the bundled content)")
  void directory(Path directory) {
    this.directory = Optional.of(existingFolder(spec, "--content", directory));
  }

  Optional<Path> directory() {
    return directory;
  }

  /** Opens the chosen content, or the bundled content when none was chosen. */
  KnowledgeBase open() {
    return open(directory);
  }

  static KnowledgeBase open(Optional<Path> directory) {
    return directory.map(KnowledgeBase::open).orElseGet(KnowledgeBase::openBundled);
  }

  /** The folder, or a usage error naming the option when it does not exist. */
  static Path existingFolder(CommandSpec spec, String option, Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new ParameterException(spec.commandLine(), option + " must be an existing folder; "
          + (Files.exists(folder) ? "not a folder: " : "not found: ") + folder);
    }
    return folder;
  }

  /** The file, or a usage error naming the option when it does not exist. */
  static Path existingFile(CommandSpec spec, String option, Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(spec.commandLine(), option + " must be an existing file; not found: " + file);
    }
    return file;
  }
}
