package org.kennisbank.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kennisbank.server.account.Account;
import org.kennisbank.server.account.AccountFile;
import org.kennisbank.server.account.PasswordHasher;
import org.kennisbank.server.http.Role;

/** {@code ./kb user add} and {@code ./kb user list}: accounts with hashes, never passwords, in the file. */
class UserCommandTest {

  @TempDir Path folder;

  private int withStdin(String input, Terminal terminal, String... args) {
    InputStream before = System.in;
    System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    try {
      return terminal.run(args);
    } finally {
      System.setIn(before);
    }
  }

  @Test
  void add_writes_an_argon2id_hash_and_list_shows_no_hash() throws Exception {
    Path users = folder.resolve("users.tsv");
    Terminal terminal = new Terminal();

    int code = withStdin("een lang wachtwoord\n", terminal, "user", "add", "Anna", "--role", "editor", "--name", "Anna de Vries",
        "--password-stdin", "--users", users.toString());

    assertThat(code).as(terminal.complaints()).isZero();
    assertThat(terminal.printed()).contains("Added account 'anna' (editor)");
    String file = Files.readString(users);
    assertThat(file).contains("anna\teditor\tAnna de Vries\t$argon2id$").doesNotContain("een lang wachtwoord");
    Account anna = new AccountFile(users).read().get("anna");
    assertThat(anna.role()).isEqualTo(Role.EDITOR);
    assertThat(PasswordHasher.DEFAULT.matches("een lang wachtwoord", anna.passwordHash())).isTrue();

    terminal.clear();
    assertThat(terminal.run("user", "list", "--users", users.toString())).isZero();
    assertThat(terminal.printed()).contains("1 account(s)", "anna\teditor\tAnna de Vries").doesNotContain("argon2");
  }

  @Test
  void add_again_replaces_the_password() throws Exception {
    Path users = folder.resolve("users.tsv");
    withStdin("eerste wachtwoord\n", new Terminal(), "user", "add", "bob", "--role", "agent", "--password-stdin", "--users", users.toString());
    Terminal terminal = new Terminal();
    withStdin("tweede wachtwoord\n", terminal, "user", "add", "bob", "--role", "agent", "--password-stdin", "--users", users.toString());

    assertThat(terminal.printed()).contains("Changed account 'bob'");
    Account bob = new AccountFile(users).read().get("bob");
    assertThat(PasswordHasher.DEFAULT.matches("tweede wachtwoord", bob.passwordHash())).isTrue();
    assertThat(PasswordHasher.DEFAULT.matches("eerste wachtwoord", bob.passwordHash())).isFalse();
  }

  @Test
  void a_short_password_an_unknown_role_and_a_bad_name_are_usage_errors() {
    Path users = folder.resolve("users.tsv");
    Terminal terminal = new Terminal();
    assertThat(withStdin("kort\n", terminal, "user", "add", "bob", "--role", "agent", "--password-stdin", "--users", users.toString()))
        .isEqualTo(2);
    assertThat(terminal.complaints()).contains("at least 12 characters");
    assertThat(withStdin("lang genoeg wachtwoord\n", terminal, "user", "add", "bob", "--role", "baas", "--password-stdin",
        "--users", users.toString())).isEqualTo(2);
    assertThat(terminal.complaints()).contains("--role must be agent, editor or admin");
    assertThat(withStdin("lang genoeg wachtwoord\n", terminal, "user", "add", "bob smit", "--role", "agent", "--password-stdin",
        "--users", users.toString())).isEqualTo(2);
    assertThat(Files.exists(users)).isFalse();
  }

  @Test
  void without_a_console_the_password_must_come_from_stdin() {
    Terminal terminal = new Terminal();
    assertThat(withStdin("", terminal, "user", "add", "bob", "--role", "agent", "--users", folder.resolve("u.tsv").toString()))
        .isEqualTo(2);
    assertThat(terminal.complaints()).contains("--password-stdin");
  }
}
