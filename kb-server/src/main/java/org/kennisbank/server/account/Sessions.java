package org.kennisbank.server.account;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.kennisbank.server.http.SessionGrant;

/**
 * Browser sessions, kept on the server: the cookie {@value #COOKIE} holds only a random 256-bit
 * id ({@code HttpOnly}, {@code SameSite=Lax}, {@code Secure} on https). A session ends after
 * {@link #IDLE} without requests, after {@link #ABSOLUTE} in any case, or on sign-out. Each has
 * its own CSRF token. A before-handler resolves the session of every request, so that pages and
 * the access check find it ({@link #current}); responses of a request with a session are never
 * cached. Thread-safe; at most {@link #MAX_SESSIONS} live at once (the least recently used goes).
 */
public final class Sessions implements SessionGrant.Lookup {

  public static final String COOKIE = "kb_session";
  public static final Duration IDLE = Duration.ofMinutes(30);
  /** A working day and a bit: an agent signs in once per shift. */
  public static final Duration ABSOLUTE = Duration.ofHours(10);
  static final int MAX_SESSIONS = 10_000;
  private static final String ATTRIBUTE = "kb.signedIn";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Clock clock;
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();

  private record Session(SignedIn signedIn, Instant started, Instant lastSeen) {}

  public Sessions(Clock clock) {
    this.clock = clock;
  }

  public void routes(RoutesConfig routes) {
    routes.before(this::resolve);
  }

  /** The signed-in person of this request, when it carries a live session. */
  public static Optional<SignedIn> current(Context ctx) {
    return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
  }

  @Override
  public Optional<SessionGrant> find(Context ctx) {
    return current(ctx).map(signedIn -> new SessionGrant(signedIn.account(), signedIn.role(), signedIn.csrfToken()));
  }

  private void resolve(Context ctx) {
    Optional.ofNullable(ctx.cookie(COOKIE)).flatMap(this::live).ifPresent(signedIn -> {
      ctx.attribute(ATTRIBUTE, signedIn);
      ctx.header("Cache-Control", "no-store");
    });
  }

  private Optional<SignedIn> live(String id) {
    Instant now = clock.instant();
    Session session = sessions.get(id);
    if (session == null) {
      return Optional.empty();
    }
    if (expired(session, now)) {
      sessions.remove(id, session);
      return Optional.empty();
    }
    sessions.replace(id, session, new Session(session.signedIn(), session.started(), now));
    return Optional.of(session.signedIn());
  }

  private static boolean expired(Session session, Instant now) {
    return !now.isBefore(session.lastSeen().plus(IDLE)) || !now.isBefore(session.started().plus(ABSOLUTE));
  }

  /** Starts a new session for the account (ending the request's old one: no fixation) and sets its cookie. */
  public SignedIn start(Context ctx, Account account) {
    end(ctx);
    Instant now = clock.instant();
    makeRoom(now);
    String id = randomToken();
    SignedIn signedIn = new SignedIn(account.name(), account.displayName(), account.role(), randomToken());
    sessions.put(id, new Session(signedIn, now, now));
    ctx.attribute(ATTRIBUTE, signedIn);
    Cookies.set(ctx, COOKIE, id, "/", "Lax");
    return signedIn;
  }

  /** Ends the request's session, if any, and clears its cookie. */
  public void end(Context ctx) {
    Optional.ofNullable(ctx.cookie(COOKIE)).ifPresent(id -> {
      sessions.remove(id);
      Cookies.clear(ctx, COOKIE, "/");
    });
  }

  /** How many sessions are live now. */
  public int size() {
    Instant now = clock.instant();
    return (int) sessions.values().stream().filter(session -> !expired(session, now)).count();
  }

  private void makeRoom(Instant now) {
    if (sessions.size() < MAX_SESSIONS) {
      return;
    }
    sessions.entrySet().removeIf(entry -> expired(entry.getValue(), now));
    while (sessions.size() >= MAX_SESSIONS) {
      sessions.entrySet().stream().min(Comparator.comparing(entry -> entry.getValue().lastSeen()))
          .ifPresent(oldest -> sessions.remove(oldest.getKey()));
    }
  }

  /** 256 random bits, URL-safe base64 without padding. */
  static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
