package org.kennisbank.server.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.kennisbank.server.ServerConfig;
import org.kennisbank.server.storage.DatabaseConfig;
import picocli.CommandLine.Option;

/**
 * Where the operational database and the accounts file are: an option, else an environment
 * variable, else a file beside the content folder ({@code DIR/../kennisbank.db},
 * {@code DIR/../users.tsv}), or in the working folder for the bundled content.
 */
final class StorageOptions {

  static final String DATABASE_FILE = "kennisbank.db";
  static final String USERS_FILE = "users.tsv";

  @Option(names = "--database", paramLabel = "URL", order = 7,
      description = "the operational database: a SQLite file or a JDBC URL (default: " + ServerConfig.DATABASE_URL_VARIABLE
          + ", else " + DATABASE_FILE + " beside the content folder)")
  String database;

  @Option(names = "--users", paramLabel = "FILE", order = 8,
      description = "the accounts file (default: " + ServerConfig.USERS_FILE_VARIABLE + ", else " + USERS_FILE
          + " beside the content folder)")
  Path users;

  Map<String, String> environment = System.getenv();

  DatabaseConfig database(Optional<Path> content) {
    Optional<String> given = Optional.ofNullable(database).or(() -> variable(ServerConfig.DATABASE_URL_VARIABLE));
    if (given.isEmpty()) {
      return DatabaseConfig.sqlite(beside(content, DATABASE_FILE));
    }
    String url = given.get().startsWith("jdbc:") ? given.get() : "jdbc:sqlite:" + Path.of(given.get()).toAbsolutePath();
    return new DatabaseConfig(url, variable(ServerConfig.DATABASE_USER_VARIABLE), variable(ServerConfig.DATABASE_PASSWORD_VARIABLE));
  }

  Path usersFile(Optional<Path> content) {
    return usersFile(Optional.ofNullable(users), environment, content);
  }

  /** The accounts file: the option, else {@code KB_USERS_FILE}, else beside the content. */
  static Path usersFile(Optional<Path> option, Map<String, String> environment, Optional<Path> content) {
    return option.or(() -> variable(environment, ServerConfig.USERS_FILE_VARIABLE).map(Path::of))
        .orElseGet(() -> beside(content, USERS_FILE));
  }

  private Optional<String> variable(String name) {
    return variable(environment, name);
  }

  private static Optional<String> variable(Map<String, String> environment, String name) {
    return Optional.ofNullable(environment.get(name)).filter(value -> !value.isBlank());
  }

  private static Path beside(Optional<Path> content, String name) {
    return content.map(dir -> dir.toAbsolutePath().normalize().resolveSibling(name)).orElseGet(() -> Path.of(name).toAbsolutePath());
  }
}
