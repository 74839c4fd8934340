package org.kennisbank.server.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kennisbank.server.http.Role;

class AccountFileTest {

  private static final PasswordHasher CHEAP = new PasswordHasher(64, 1);
  @TempDir Path folder;

  @Test
  void a_bad_line_is_named_by_file_and_line() throws Exception {
    Path file = folder.resolve("users.tsv");
    Files.writeString(file, "# comment\n\nanna\tagent\tAnna\t" + CHEAP.hash("x") + "\nbob\tbaas\tBob\t" + CHEAP.hash("y") + "\n");

    assertThatThrownBy(() -> new AccountFile(file).read()).isInstanceOf(AccountFileException.class)
        .hasMessageContaining(file + ":4").hasMessageContaining("role");
  }

  @Test
  void a_plain_password_in_the_file_is_refused() throws Exception {
    Path file = folder.resolve("users.tsv");
    Files.writeString(file, "anna\tagent\tAnna\twachtwoord123\n");

    assertThatThrownBy(() -> new AccountFile(file).read()).hasMessageContaining(file + ":1").hasMessageContaining("Argon2id");
  }

  @Test
  void the_server_sees_an_account_added_while_it_runs() throws Exception {
    Path file = folder.resolve("users.tsv");
    AccountFile accounts = new AccountFile(file);
    Accounts live = new Accounts(Optional.of(accounts));
    assertThat(live.find("anna")).isEmpty();

    accounts.put(new Account("anna", "Anna", Role.AGENT, CHEAP.hash("x")));
    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(java.time.Instant.now().plus(Duration.ofSeconds(5))));

    assertThat(live.find("ANNA")).map(Account::displayName).hasValue("Anna");
  }

  @Test
  void hashes_are_salted_and_verify_only_their_password() {
    String first = CHEAP.hash("geheim");
    String second = CHEAP.hash("geheim");

    assertThat(first).startsWith("$argon2id$v=19$").isNotEqualTo(second);
    assertThat(CHEAP.matches("geheim", first)).isTrue();
    assertThat(CHEAP.matches("Geheim", first)).isFalse();
    assertThat(CHEAP.matches("geheim", "geheim")).isFalse();
  }
}
