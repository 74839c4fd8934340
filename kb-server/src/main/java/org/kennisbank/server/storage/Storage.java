package org.kennisbank.server.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The operational database (contact links, feedback, messages, the chat log), opened and migrated to the
 * newest schema in one call, with one repository per kind of data. Thread-safe; close it once
 * when the server stops.
 *
 * <pre>{@code
 * try (Storage storage = Storage.open(DatabaseConfig.sqlite(Path.of("kennisbank.db")))) {
 *   storage.links().add(link);   // returns after the row is committed
 * }
 * }</pre>
 */
public final class Storage implements AutoCloseable {

  /** SQLite waits this long for another writer before it gives up with "database is locked". */
  private static final int BUSY_TIMEOUT_MS = 10_000;
  private static final int POSTGRES_CONNECT_TIMEOUT_S = 10;
  /** Connections kept open to PostgreSQL: opening one (TCP and SCRAM) costs more than a desk write. */
  private static final int POSTGRES_POOL = 8;

  private final String description;
  private final Optional<Path> temporaryFile;
  private final DataSource dataSource;
  private final ContactLinks links;
  private final FeedbackQueue feedback;
  private final Messages messages;
  private final ChatLog chatLog;

  private Storage(String description, DataSource dataSource, Optional<Path> temporaryFile) {
    this.description = description;
    this.temporaryFile = temporaryFile;
    this.dataSource = dataSource;
    Jdbi jdbi = Jdbi.create(dataSource);
    this.links = new JdbiContactLinks(jdbi);
    this.feedback = new JdbiFeedbackQueue(jdbi);
    this.messages = new JdbiMessages(jdbi);
    this.chatLog = new JdbiChatLog(jdbi);
  }

  /**
   * Opens the database and applies the migrations it lacks.
   *
   * @throws StorageException when it cannot be reached, opened or migrated; the message names it
   */
  public static Storage open(DatabaseConfig config) {
    Optional<Path> temporary = Optional.empty();
    DatabaseConfig effective = config;
    DataSource dataSource = null;
    try {
      if (config.isTemporary()) {
        temporary = Optional.of(Files.createTempFile("kennisbank-", ".db"));
        effective = DatabaseConfig.sqlite(temporary.get());
      }
      dataSource = effective.isSqlite() ? sqlite(effective) : postgres(effective);
      Flyway.configure()
          .dataSource(dataSource)
          .locations(Migrations.LOCATION)
          .failOnMissingLocations(true)
          .load()
          .migrate();
      return new Storage(effective.describe(), dataSource, temporary);
    } catch (IOException | RuntimeException e) {
      closePool(dataSource);
      temporary.ifPresent(Storage::deleteQuietly);
      throw new StorageException("cannot open the database " + effective.describe() + ": " + rootMessage(e), e);
    }
  }

  private static DataSource sqlite(DatabaseConfig config) throws IOException {
    Path parent = config.sqliteFile().toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    SQLiteConfig pragmas = new SQLiteConfig();
    // WAL lets readers go on while one writer commits; FULL syncs the WAL on every commit, so an
    // acknowledged write survives a crash or a power cut, not only a killed process.
    pragmas.setJournalMode(SQLiteConfig.JournalMode.WAL);
    pragmas.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    pragmas.setBusyTimeout(BUSY_TIMEOUT_MS);
    pragmas.enforceForeignKeys(true);
    SQLiteDataSource dataSource = new SQLiteDataSource(pragmas);
    dataSource.setUrl(config.url());
    return dataSource;
  }

  private static DataSource postgres(DatabaseConfig config) {
    PGSimpleDataSource driver = new PGSimpleDataSource();
    driver.setURL(config.url());
    config.user().ifPresent(driver::setUser);
    config.password().ifPresent(driver::setPassword);
    driver.setConnectTimeout(POSTGRES_CONNECT_TIMEOUT_S);
    HikariConfig pool = new HikariConfig();
    pool.setDataSource(driver);
    pool.setPoolName("kennisbank-postgres");
    pool.setMaximumPoolSize(POSTGRES_POOL);
    pool.setMinimumIdle(1);
    pool.setConnectionTimeout(POSTGRES_CONNECT_TIMEOUT_S * 1000L);
    return new HikariDataSource(pool);
  }

  private static void closePool(DataSource dataSource) {
    if (dataSource instanceof HikariDataSource pool) {
      pool.close();
    }
  }

  public ContactLinks links() {
    return links;
  }

  public FeedbackQueue feedback() {
    return feedback;
  }

  public Messages messages() {
    return messages;
  }

  /** The chatbot's questions (personal data removed) and outcomes. */
  public ChatLog chatLog() {
    return chatLog;
  }

  /** The database's URL without its query, for messages and health. */
  public String description() {
    return description;
  }

  /** Closes the connections to a server database and removes a temporary one; a file or server database stays as it is. */
  @Override
  public void close() {
    closePool(dataSource);
    temporaryFile.ifPresent(Storage::deleteQuietly);
  }

  private static void deleteQuietly(Path file) {
    for (String suffix : List.of("", "-wal", "-shm")) {
      try {
        Files.deleteIfExists(Path.of(file + suffix));
      } catch (IOException e) {
        // A temporary file left behind is harmless; the temporary folder is cleaned by the system.
      }
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root.getMessage() + ")";
  }
}
