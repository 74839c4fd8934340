package org.kennisbank.server.storage;

/**
 * Where the schema migrations are: Flyway applies every {@code V<n>__<what>.sql} under
 * {@code kb-server/src/main/resources/db/migration} that the database lacks, in order of
 * {@code n}, when the storage opens.
 */
final class Migrations {

  static final String LOCATION = "classpath:db/migration";

  private Migrations() {}
}
