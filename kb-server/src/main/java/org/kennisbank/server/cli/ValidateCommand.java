package org.kennisbank.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kennisbank.core.ContentProblem;
import org.kennisbank.core.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./kb validate [DIR]}: lists every content problem with file, line and field. */
@Command(name = "validate", sortOptions = false, sortSynopsis = false,
    description = {"Check every article (default: the bundled content); exits 1 on any problem.",
        "DIR (or --content DIR) must be an existing folder; otherwise exits 2."})
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Mixin ContentOption content;

  @Parameters(paramLabel = "DIR", arity = "0..1", description = "the content folder to check")
  Path directory;

  @Override
  public Integer call() {
    Optional<Path> folder = Optional.ofNullable(directory).map(dir -> ContentOption.existingFolder(spec, "DIR", dir));
    if (folder.isPresent() && content.directory().isPresent()) {
      throw new ParameterException(spec.commandLine(), "validate takes DIR or --content DIR, not both");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (KnowledgeBase kb = ContentOption.open(folder.or(content::directory))) {
      List<ContentProblem> problems = kb.problems();
      problems.forEach(out::println);
      long errors = problems.stream().filter(p -> p.severity() == ContentProblem.Severity.ERROR).count();
      out.println(kb.size() + " articles loaded from " + kb.origin() + "; " + errors + " error(s), "
          + (problems.size() - errors) + " warning(s)");
      return problems.isEmpty() ? 0 : Main.FAILURE;
    }
  }
}
