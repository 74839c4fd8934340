package org.kennisbank.server.account;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The accounts of the server, read from the {@link AccountFile} and read again when the file
 * changes, so that {@code ./kb user add} takes effect without a restart. A file that became
 * unreadable keeps the accounts last read (and logs why). Thread-safe.
 */
public final class Accounts {

  private static final Logger LOG = LoggerFactory.getLogger(Accounts.class);

  private final Optional<AccountFile> file;
  private volatile Snapshot snapshot;

  private record Snapshot(Optional<FileTime> modified, long size, Map<String, Account> accounts) {}

  /** @throws AccountFileException when the file exists but cannot be read */
  public Accounts(Optional<AccountFile> file) {
    this.file = file;
    this.snapshot = load();
  }

  /** No accounts at all: no one can sign in. */
  public static Accounts none() {
    return new Accounts(Optional.empty());
  }

  /** The account with this name, ignoring case. */
  public Optional<Account> find(String name) {
    refresh();
    return Optional.ofNullable(snapshot.accounts().get(name.strip().toLowerCase(Locale.ROOT)));
  }

  public int size() {
    refresh();
    return snapshot.accounts().size();
  }

  private void refresh() {
    if (file.isEmpty() || !changed()) {
      return;
    }
    synchronized (this) {
      if (changed()) {
        try {
          snapshot = load();
        } catch (AccountFileException e) {
          LOG.error("keeping the accounts read before: {}", e.getMessage());
        }
      }
    }
  }

  private boolean changed() {
    Snapshot now = stamp(Map.of());
    return !now.modified().equals(snapshot.modified()) || now.size() != snapshot.size();
  }

  private Snapshot load() {
    Snapshot stamp = stamp(Map.of());
    return new Snapshot(stamp.modified(), stamp.size(), file.map(AccountFile::read).orElse(Map.of()));
  }

  private Snapshot stamp(Map<String, Account> accounts) {
    if (file.isEmpty() || !Files.exists(file.get().path())) {
      return new Snapshot(Optional.empty(), -1, accounts);
    }
    try {
      return new Snapshot(Optional.of(Files.getLastModifiedTime(file.get().path())), Files.size(file.get().path()), accounts);
    } catch (IOException e) {
      return new Snapshot(Optional.empty(), -1, accounts);
    }
  }
}
