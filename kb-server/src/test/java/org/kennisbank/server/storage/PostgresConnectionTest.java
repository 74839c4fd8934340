package org.kennisbank.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A configured PostgreSQL must be reachable: when {@code KB_TEST_POSTGRES_URL} is set and the
 * server is down, this fails instead of the PostgreSQL cases quietly not running. And an
 * unreachable database is a {@link StorageException} that names it, never a hang.
 */
class PostgresConnectionTest {

  @Test
  void the_configured_test_postgres_is_reachable() {
    Optional<DatabaseConfig> postgres = Databases.postgres();
    System.out.println(postgres.map(db -> "PostgreSQL cases run on " + db.describe())
        .orElse("PostgreSQL cases do not run: " + Databases.URL_VARIABLE + " is not set"));
    postgres.ifPresent(database -> {
      try (Storage storage = Storage.open(database)) {
        assertThat(storage.description()).startsWith("jdbc:postgresql:");
      }
    });
  }

  @Test
  void an_unreachable_database_is_refused_with_its_name() {
    DatabaseConfig nowhere = new DatabaseConfig("jdbc:postgresql://127.0.0.1:1/kennisbank?password=geheim",
        Optional.of("kb"), Optional.of("geheim"));

    assertThatThrownBy(() -> Storage.open(nowhere))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("jdbc:postgresql://127.0.0.1:1/kennisbank")
        .hasMessageNotContaining("geheim");
  }
}
