package org.kennisbank.server.cli;

import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The command list of {@code ./kb help}: every command with its synopsis and description, read
 * from the commands themselves so that the text never disagrees with the parser. A command with
 * commands of its own ({@code import}) is listed by them.
 */
final class CommandTable {

  private static final String INDENT = "  ";

  private CommandTable() {}

  static void install(CommandLine root) {
    root.getSubcommands().get("help").getCommandSpec().usageMessage()
        .description("Show this text, or the options of one command.");
    root.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING, help -> "%nCommands:%n".formatted());
    root.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, CommandTable::render);
  }

  /** The synopsis of a command, one line per command of its own when it has them, without the leading {@code ./kb}. */
  static List<String> synopses(Help command) {
    if (command.subcommands().isEmpty() || command.commandSpec().parent() == null) {
      return List.of(command.synopsis(0).strip().replaceFirst("^\\./kb ", ""));
    }
    return command.subcommands().values().stream().flatMap(sub -> synopses(sub).stream()).toList();
  }

  private static String render(Help root) {
    StringBuilder text = new StringBuilder();
    for (Help command : root.subcommands().values()) {
      Stream<Help> listed = command.subcommands().isEmpty() ? Stream.of(command) : command.subcommands().values().stream();
      listed.forEach(help -> {
        text.append(INDENT).append(synopses(help).get(0)).append('\n');
        help.description().strip().lines().forEach(line -> text.append(INDENT.repeat(3)).append(line).append('\n'));
      });
    }
    return text.toString();
  }
}
