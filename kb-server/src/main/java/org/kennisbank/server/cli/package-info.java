/**
 * The {@code ./kb} command line, built with picocli.
 *
 * <p>{@link org.kennisbank.server.cli.Main} holds the table of commands; each command is one
 * class ({@code ServeCommand}, {@code ValidateCommand}, {@code SearchCommand}, {@code EvalCommand},
 * {@code ImportCommand} with one command per kind of data; {@code BenchCommand} only lists the
 * bench, which the launcher runs from the module kb-bench) whose annotations
 * declare its options once: the parser, the usage line of an error and {@code ./kb help} are all
 * generated from them ({@code CommandTable} lays out the command list). Options shared by
 * several commands are mixins ({@code ContentOption}).
 *
 * <p>Exit codes: 0 done, 1 problems found or a failure ({@code KbException}), 2 wrong usage
 * (unknown option or command, missing value, a folder or file that does not exist). Library log
 * messages stay off the terminal unless {@code --verbose} or {@code KB_VERBOSE=1} is given
 * ({@code Logging}); the {@code ./kb} script adds the JVM's vector module, which makes the JVM
 * print an incubator warning, only for {@code serve} and {@code bench}.
 *
 * <p>This package may use every other package of kb-server; no HTTP package uses it.
 */
package org.kennisbank.server.cli;
