package org.kennisbank.server.storage;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the operational data lives: a JDBC URL ({@code jdbc:sqlite:FILE} or
 * {@code jdbc:postgresql://HOST/DB}) with an optional user and password. {@link #temporary()} is
 * a fresh SQLite file that is deleted when the storage closes, for tests and embedders that keep
 * nothing.
 */
public record DatabaseConfig(String url, Optional<String> user, Optional<String> password) {

  private static final String SQLITE = "jdbc:sqlite:";
  private static final String POSTGRESQL = "jdbc:postgresql:";
  /** The URL of {@link #temporary()}: resolved to a new file when the storage opens. */
  static final String TEMPORARY_URL = SQLITE + "<temporary>";

  public DatabaseConfig {
    Objects.requireNonNull(url, "url");
    if (!url.startsWith(SQLITE) && !url.startsWith(POSTGRESQL)) {
      throw new IllegalArgumentException("database URL must start with " + SQLITE + " or " + POSTGRESQL + "; got: " + url);
    }
    if (url.equals(SQLITE)) {
      throw new IllegalArgumentException("database URL names no file: " + url);
    }
    user = user.filter(value -> !value.isBlank());
    password = password.filter(value -> !value.isEmpty());
  }

  /** A SQLite database in {@code file}, created on first use. */
  public static DatabaseConfig sqlite(Path file) {
    return new DatabaseConfig(SQLITE + file.toAbsolutePath(), Optional.empty(), Optional.empty());
  }

  /** A new SQLite file in the temporary folder, removed on close. */
  public static DatabaseConfig temporary() {
    return new DatabaseConfig(TEMPORARY_URL, Optional.empty(), Optional.empty());
  }

  public boolean isSqlite() {
    return url.startsWith(SQLITE);
  }

  boolean isTemporary() {
    return url.equals(TEMPORARY_URL);
  }

  /** The SQLite file; only for {@link #isSqlite()} configurations that are not temporary. */
  Path sqliteFile() {
    return Path.of(url.substring(SQLITE.length()));
  }

  /** The URL without anything after {@code ?}, for messages: a query may hold a password. */
  public String describe() {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  @Override
  public String toString() {
    return "DatabaseConfig[" + describe() + (user.isPresent() ? ", user " + user.get() : "") + "]";
  }
}
