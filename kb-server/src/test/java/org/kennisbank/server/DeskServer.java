package org.kennisbank.server;

import java.nio.file.Files;
import java.nio.file.Path;
import org.kennisbank.core.KnowledgeBase;
import org.kennisbank.server.account.Account;
import org.kennisbank.server.account.AccountFile;
import org.kennisbank.server.account.PasswordHasher;
import org.kennisbank.server.http.Role;
import org.kennisbank.server.storage.DatabaseConfig;

/**
 * A server over the bundled content with three personal accounts (agent, editor, admin), the
 * agent token and a database of the test's choice; password hashes made cheap for speed (the
 * parameters travel in each hash, so the server checks them as any other).
 */
final class DeskServer {

  static final String AGENT = "anna";
  static final String EDITOR = "eva";
  static final String ADMIN = "adam";
  static final String PASSWORD = "correct horse battery";
  static final PasswordHasher CHEAP = new PasswordHasher(64, 1);

  private DeskServer() {}

  static Path usersFile(Path folder) throws Exception {
    Path file = folder.resolve("users.tsv");
    if (!Files.exists(file)) {
      AccountFile accounts = new AccountFile(file);
      accounts.put(new Account(AGENT, "Anna de Vries", Role.AGENT, CHEAP.hash(PASSWORD)));
      accounts.put(new Account(EDITOR, "Eva Redacteur", Role.EDITOR, CHEAP.hash(PASSWORD)));
      accounts.put(new Account(ADMIN, "Adam Beheer", Role.ADMIN, CHEAP.hash(PASSWORD)));
    }
    return file;
  }

  static KnowledgeBase kb() {
    return TestServer.bundled().kb();
  }

  static TestServer start(Path folder) throws Exception {
    return start(folder, DatabaseConfig.temporary());
  }

  static TestServer start(Path folder, DatabaseConfig database) throws Exception {
    return new TestServer(ServerConfig.forTest(TestServer.TOKEN).withAdminToken(TestServer.ADMIN_TOKEN)
        .withUsersFile(usersFile(folder)).withDatabase(database), kb());
  }
}
