package org.kennisbank.server.account;

import java.util.Objects;
import java.util.regex.Pattern;
import org.kennisbank.server.http.Role;

/**
 * A personal account: a lower-case name to sign in with, the name shown on the desktop, a role
 * and an Argon2id password hash (never the password).
 */
public record Account(String name, String displayName, Role role, String passwordHash) {

  /** Letters, digits, dot, dash, underscore and @, so that a name fits in a file column and a log line. */
  public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,63}");

  public Account {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("account name must be 1 to 64 lower-case letters, digits or . _ @ - "
          + "(starting with a letter or digit); got: '" + name + "'");
    }
    Objects.requireNonNull(displayName, "displayName");
    if (displayName.isBlank() || displayName.length() > 100 || displayName.chars().anyMatch(c -> c < 0x20)) {
      throw new IllegalArgumentException("display name must be 1 to 100 characters on one line; got: '" + displayName + "'");
    }
    Objects.requireNonNull(role, "role");
    if (role == Role.PUBLIC) {
      throw new IllegalArgumentException("an account has the role agent, editor or admin; got: public");
    }
    Objects.requireNonNull(passwordHash, "passwordHash");
    if (!PasswordHasher.isHash(passwordHash)) {
      throw new IllegalArgumentException("account '" + name + "' has no Argon2id password hash");
    }
  }
}
