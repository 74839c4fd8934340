package org.kennisbank.server.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kennisbank.server.ServerConfig;
import org.kennisbank.server.account.Account;
import org.kennisbank.server.account.AccountFile;
import org.kennisbank.server.account.PasswordHasher;
import org.kennisbank.server.http.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ./kb user add|list}: personal accounts for the agent desktop and the editors, in the accounts file. */
@Command(name = "user", subcommands = {UserCommand.Add.class, UserCommand.List.class},
    description = "Personal accounts (agent, editor, admin) in the accounts file.")
final class UserCommand {

  /** The same accounts file as {@code ./kb serve} finds: --users, KB_USERS_FILE, or beside the content. */
  static final class FileOptions {
    @Mixin ContentOption content;

    @Option(names = "--users", paramLabel = "FILE", description = "the accounts file (default: "
        + ServerConfig.USERS_FILE_VARIABLE + ", else " + StorageOptions.USERS_FILE + " beside the content folder)")
    Path users;

    AccountFile file() {
      return new AccountFile(StorageOptions.usersFile(Optional.ofNullable(users), System.getenv(), content.directory()));
    }
  }

  @Command(name = "add", sortOptions = false, description = {"Add an account, or give an existing one a new password, role or name.",
      "Asks for the password twice (at least 12 characters); --password-stdin reads one line instead."})
  static final class Add implements Callable<Integer> {

    static final int MIN_PASSWORD = 12;

    @Spec CommandSpec spec;
    @Mixin HelpOption help;
    @Mixin FileOptions files;

    @Parameters(index = "0", paramLabel = "NAME", description = "the name to sign in with (lower case)")
    String name;

    @Option(names = "--role", paramLabel = "ROLE", required = true, description = "agent, editor or admin")
    String role;

    @Option(names = "--name", paramLabel = "TEXT", description = "the name shown on the desktop (default: NAME)")
    String displayName;

    @Option(names = "--password-stdin", description = "read the password from the first line of standard input (for scripts)")
    boolean passwordStdin;

    /** Where the password is read from; the console, or standard input for --password-stdin and in tests. */
    BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));

    @Override
    public Integer call() {
      Role accountRole = AccountFile.role(role).orElseThrow(() -> new ParameterException(spec.commandLine(),
          "--role must be agent, editor or admin; got '" + role + "'"));
      String accountName = name.strip().toLowerCase(Locale.ROOT);
      if (!Account.NAME.matcher(accountName).matches()) {
        throw new ParameterException(spec.commandLine(), "NAME must be 1 to 64 lower-case letters, digits or . _ @ - ; got '" + name + "'");
      }
      char[] password = password();
      try {
        if (password.length < MIN_PASSWORD) {
          throw new ParameterException(spec.commandLine(), "the password must be at least " + MIN_PASSWORD + " characters");
        }
        Account account;
        try {
          account = new Account(accountName, Optional.ofNullable(displayName).orElse(accountName), accountRole,
              PasswordHasher.DEFAULT.hash(java.nio.CharBuffer.wrap(password)));
        } catch (IllegalArgumentException e) {
          throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        AccountFile file = files.file();
        boolean replaced = file.put(account);
        spec.commandLine().getOut().println((replaced ? "Changed" : "Added") + " account '" + accountName + "' ("
            + accountRole.name().toLowerCase(Locale.ROOT) + ") in " + file.path());
        return 0;
      } finally {
        Arrays.fill(password, '\0');
      }
    }

    private char[] password() {
      Console console = System.console();
      if (!passwordStdin && console != null) {
        char[] first = console.readPassword("Wachtwoord voor %s: ", name);
        char[] second = console.readPassword("Nog een keer: ");
        if (first == null || second == null || !Arrays.equals(first, second)) {
          throw new ParameterException(spec.commandLine(), "the two passwords differ; nothing was changed");
        }
        Arrays.fill(second, '\0');
        return first;
      }
      if (!passwordStdin) {
        throw new ParameterException(spec.commandLine(), "no console to ask for the password; use --password-stdin");
      }
      try {
        String line = stdin.readLine();
        if (line == null) {
          throw new ParameterException(spec.commandLine(), "--password-stdin: standard input was empty");
        }
        return line.toCharArray();
      } catch (IOException e) {
        throw new ParameterException(spec.commandLine(), "--password-stdin: cannot read standard input: " + e.getMessage());
      }
    }
  }

  @Command(name = "list", description = "List the accounts: name, role, display name (never a hash).")
  static final class List implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin HelpOption help;
    @Mixin FileOptions files;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      AccountFile file = files.file();
      var accounts = file.read();
      out.println(accounts.size() + " account(s) in " + file.path());
      accounts.values().forEach(account -> out.println("  " + account.name() + "\t"
          + account.role().name().toLowerCase(Locale.ROOT) + "\t" + account.displayName()));
      return 0;
    }
  }

  private UserCommand() {}
}
