/**
 * People and sign-in. {@link org.kennisbank.server.account.Account personal accounts} with the
 * roles agent, editor and admin live in a tab-separated {@link org.kennisbank.server.account.AccountFile
 * accounts file} with Argon2id hashes ({@link org.kennisbank.server.account.PasswordHasher},
 * password4j), written by {@code ./kb user add} and read again by the server when it changes
 * ({@link org.kennisbank.server.account.Accounts}). {@link org.kennisbank.server.account.SignIn}
 * serves {@code /inloggen} and {@code /uitloggen}; {@link org.kennisbank.server.account.SignInThrottle}
 * locks out repeated failures per name and per address; {@link org.kennisbank.server.account.Sessions}
 * keeps browser sessions on the server (random 256-bit id in an HttpOnly, SameSite cookie, idle
 * and absolute timeouts, a CSRF token each) and gives them to the access check in {@code http}
 * as {@link org.kennisbank.server.http.SessionGrant}s.
 *
 * <p>Pages get the signed-in person with {@code Sessions.current(ctx)}: {@code account()},
 * {@code displayName()}, {@code role()} and {@code csrfToken()}, which goes into
 * {@code <meta name="csrf-token">} for scripts (header {@code X-CSRF-Token}) and into every
 * form as {@code _csrf}.
 */
package org.kennisbank.server.account;
