package org.kennisbank.server.cli;

import picocli.CommandLine.Option;

/** {@code -h} and {@code --help} on every command: its usage text. Left out of the synopsis, which stays short. */
final class HelpOption {

  @Option(names = {"-h", "--help"}, usageHelp = true, hidden = true)
  boolean requested;
}
