package org.kennisbank.server.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kennisbank.server.http.Role;

/**
 * The accounts file: one account per line, tab-separated {@code name, role, display name,
 * password hash}; blank lines and lines starting with {@code #} are ignored. Written by
 * {@code ./kb user add} (to a temporary file, then moved over the old one, so a reader never
 * sees half a file) and read by the server.
 */
public final class AccountFile {

  private static final String HEADER = "# Kennisbank accounts: name<TAB>role<TAB>display name<TAB>Argon2id hash."
      + " Edit with ./kb user add; never put a password here.";

  private final Path file;

  public AccountFile(Path file) {
    this.file = file;
  }

  public Path path() {
    return file;
  }

  /** The accounts by name; none when the file does not exist. */
  public Map<String, Account> read() {
    if (!Files.exists(file)) {
      return Map.of();
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AccountFileException("cannot read the accounts file " + file + ": " + e.getMessage(), e);
    }
    Map<String, Account> accounts = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Account account = parse(line, i + 1);
      if (accounts.putIfAbsent(account.name(), account) != null) {
        throw new AccountFileException(file + ":" + (i + 1) + ": account '" + account.name() + "' is listed twice");
      }
    }
    return accounts;
  }

  private Account parse(String line, int number) {
    String[] fields = line.split("\t", -1);
    if (fields.length != 4) {
      throw new AccountFileException(file + ":" + number + ": expected 4 tab-separated fields (name, role, display name, "
          + "hash); got " + fields.length);
    }
    Role role = role(fields[1]).orElseThrow(() -> new AccountFileException(file + ":" + number
        + ": role must be agent, editor or admin; got '" + fields[1] + "'"));
    try {
      return new Account(fields[0], fields[2], role, fields[3]);
    } catch (IllegalArgumentException e) {
      throw new AccountFileException(file + ":" + number + ": " + e.getMessage(), e);
    }
  }

  /** The account role named {@code text} ({@code agent}, {@code editor}, {@code admin}). */
  public static Optional<Role> role(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "agent" -> Optional.of(Role.AGENT);
      case "editor" -> Optional.of(Role.EDITOR);
      case "admin" -> Optional.of(Role.ADMIN);
      default -> Optional.empty();
    };
  }

  /** Adds the account, or replaces the one with its name (a new password or role); returns whether it replaced one. */
  public boolean put(Account account) {
    Map<String, Account> accounts = new LinkedHashMap<>(read());
    boolean replaced = accounts.put(account.name(), account) != null;
    write(accounts.values());
    return replaced;
  }

  private void write(Iterable<Account> accounts) {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    for (Account account : accounts) {
      lines.add(String.join("\t", account.name(), account.role().name().toLowerCase(Locale.ROOT),
          account.displayName(), account.passwordHash()));
    }
    try {
      Path folder = file.toAbsolutePath().getParent();
      Files.createDirectories(folder);
      Path temporary = Files.createTempFile(folder, ".users-", ".tmp");
      Files.write(temporary, lines, StandardCharsets.UTF_8);
      try {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new AccountFileException("cannot write the accounts file " + file + ": " + e.getMessage(), e);
    }
  }
}
