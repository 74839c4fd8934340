package org.kennisbank.server.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The databases the repository tests run on: SQLite always, PostgreSQL when
 * {@code KB_TEST_POSTGRES_URL} (with {@code KB_TEST_POSTGRES_USER} and
 * {@code KB_TEST_POSTGRES_PASSWORD}) is set. A PostgreSQL that is configured but unreachable
 * fails the tests; it is never skipped.
 */
final class Databases {

  static final String URL_VARIABLE = "KB_TEST_POSTGRES_URL";

  private Databases() {}

  static Optional<DatabaseConfig> postgres() {
    return Optional.ofNullable(System.getenv(URL_VARIABLE)).filter(url -> !url.isBlank())
        .map(url -> new DatabaseConfig(url, Optional.ofNullable(System.getenv("KB_TEST_POSTGRES_USER")),
            Optional.ofNullable(System.getenv("KB_TEST_POSTGRES_PASSWORD"))));
  }

  /** A fresh SQLite file, and PostgreSQL when configured (shared between tests: they use their own ids). */
  static List<DatabaseConfig> all() throws Exception {
    List<DatabaseConfig> databases = new ArrayList<>();
    Path folder = Files.createTempDirectory("kb-storage-test-");
    folder.toFile().deleteOnExit();
    databases.add(DatabaseConfig.sqlite(folder.resolve("kennisbank.db")));
    postgres().ifPresent(databases::add);
    return databases;
  }
}
