package org.kennisbank.server.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Argon2id password hashes in the PHC string form ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash})
 * through password4j, with a random 16-byte salt per hash. The parameters travel in each hash,
 * so stronger defaults later still verify old hashes. Thread-safe.
 */
public final class PasswordHasher {

  /** OWASP's first Argon2id choice: 19 MiB of memory, 2 passes, 1 lane. */
  public static final PasswordHasher DEFAULT = new PasswordHasher(19 * 1024, 2);

  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final String PREFIX = "$argon2id$";

  private final Argon2Function function;
  /** Verified against when no account has the name, so that an unknown name costs as long as a wrong password. */
  private final String decoy;

  /**
   * @param memoryKiB memory per hash in KiB
   * @param iterations passes over that memory
   */
  public PasswordHasher(int memoryKiB, int iterations) {
    if (memoryKiB < 8 || iterations < 1) {
      throw new IllegalArgumentException("Argon2id needs at least 8 KiB and 1 pass; got " + memoryKiB + " KiB, " + iterations);
    }
    this.function = Argon2Function.getInstance(memoryKiB, iterations, 1, HASH_BYTES, Argon2.ID, Argon2Function.ARGON2_VERSION_13);
    this.decoy = hash("decoy password that no account has");
  }

  public String hash(CharSequence password) {
    return Password.hash(password).addRandomSalt(SALT_BYTES).with(function).getResult();
  }

  /** Whether {@code password} is the one {@code hash} was made from; false for any hash that is not Argon2id. */
  public boolean matches(CharSequence password, String hash) {
    if (!isHash(hash)) {
      return false;
    }
    return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
  }

  /** Spends the time of one verification, for a name no account has. */
  public void verifyDecoy(CharSequence password) {
    matches(password, decoy);
  }

  /** Whether {@code text} looks like a hash this class made (and never like a plain password someone typed in). */
  public static boolean isHash(String text) {
    return text.startsWith(PREFIX) && text.split("\\$").length == 6;
  }
}
