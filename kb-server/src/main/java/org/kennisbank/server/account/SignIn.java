package org.kennisbank.server.account;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.kennisbank.server.http.Csrf;
import org.kennisbank.server.http.Params;
import org.kennisbank.server.http.Role;
import org.kennisbank.server.http.Routes;
import org.kennisbank.server.http.Urls;

/**
 * Signing in and out: {@code GET /inloggen} shows the form, {@code POST /inloggen} checks name and
 * password, {@code POST /uitloggen} ends the session. A wrong name and a wrong password get the same
 * message and cost the same time (an unknown name is checked against a decoy hash); repeated
 * failures are refused for a while ({@link SignInThrottle}). The form carries its own CSRF token,
 * bound to a short cookie, since there is no session yet. After signing in the browser goes to
 * {@code terug} when that is a local path, else to the agent desktop.
 */
public final class SignIn {

  public static final String WRONG = "Gebruikersnaam of wachtwoord klopt niet.";
  static final String FORM_COOKIE = "kb_signin";
  static final String NAME_FIELD = "gebruikersnaam";
  static final String PASSWORD_FIELD = "wachtwoord";
  static final String RETURN_FIELD = "terug";
  private static final int MAX_NAME = 100;
  private static final int MAX_PASSWORD = 1000;

  private final Accounts accounts;
  private final Sessions sessions;
  private final SignInThrottle throttle;
  private final PasswordHasher hasher;
  private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

  public SignIn(Accounts accounts, Sessions sessions, SignInThrottle throttle, PasswordHasher hasher) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.throttle = throttle;
    this.hasher = hasher;
  }

  public void routes(RoutesConfig routes) {
    Routes.get(routes, Urls.SIGN_IN, this::form, Role.PUBLIC);
    routes.post(Urls.SIGN_IN, this::signIn, Role.PUBLIC);
    routes.post(Urls.SIGN_OUT, this::signOut, Role.PUBLIC);
    Routes.get(routes, Urls.SESSION, this::session, Role.AGENT);
  }

  /** Who is signed in, with the CSRF token, for scripts; only the same origin can read it. A bearer client gets 404. */
  private void session(Context ctx) {
    SignedIn signedIn = Sessions.current(ctx).orElseThrow(() -> new NotFoundResponse("no session: this request used a bearer token"));
    ctx.json(new SessionView(signedIn.account(), signedIn.displayName(), signedIn.role().name().toLowerCase(Locale.ROOT),
        signedIn.csrfToken()));
  }

  record SessionView(String account, String displayName, String role, String csrfToken) {}

  private void form(Context ctx) {
    String returnPath = returnPath(Params.single(ctx, RETURN_FIELD));
    show(ctx, HttpStatus.OK, returnPath, "", Optional.empty());
  }

  private void signIn(Context ctx) {
    String returnPath = returnPath(Optional.ofNullable(ctx.formParam(RETURN_FIELD)));
    String name = field(ctx, NAME_FIELD, MAX_NAME);
    String password = Optional.ofNullable(ctx.formParam(PASSWORD_FIELD)).orElse("");
    if (!Csrf.matches(Optional.ofNullable(ctx.formParam(Csrf.FIELD)), Optional.ofNullable(ctx.cookie(FORM_COOKIE)).orElse("-"))) {
      show(ctx, HttpStatus.FORBIDDEN, returnPath, name, Optional.of("Het formulier was verlopen. Probeer het nog eens."));
      return;
    }
    Optional<Duration> wait = throttle.wait(name, ctx.ip());
    if (wait.isPresent()) {
      long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toMillisPart() > 0 ? 1 : 0));
      ctx.header("Retry-After", Long.toString(seconds));
      show(ctx, HttpStatus.TOO_MANY_REQUESTS, returnPath, name, Optional.of("Te veel mislukte pogingen. Probeer het over "
          + (seconds < 120 ? seconds + " seconden" : (seconds + 59) / 60 + " minuten") + " opnieuw."));
      return;
    }
    Optional<Account> account = password.length() > MAX_PASSWORD ? Optional.empty() : accounts.find(name);
    boolean correct = account.isPresent() && hasher.matches(password, account.get().passwordHash());
    if (account.isEmpty()) {
      hasher.verifyDecoy(password);
    }
    if (!correct) {
      throttle.failed(name, ctx.ip());
      show(ctx, HttpStatus.UNAUTHORIZED, returnPath, name, Optional.of(WRONG));
      return;
    }
    throttle.succeeded(name);
    sessions.start(ctx, account.get());
    Cookies.clear(ctx, FORM_COOKIE, Urls.SIGN_IN);
    ctx.redirect(returnPath, HttpStatus.SEE_OTHER);
  }

  private void signOut(Context ctx) {
    Optional<SignedIn> signedIn = Sessions.current(ctx);
    if (signedIn.isPresent()) {
      Csrf.require(ctx, signedIn.get().csrfToken());
      sessions.end(ctx);
    }
    ctx.redirect(Urls.SIGN_IN, HttpStatus.SEE_OTHER);
  }

  private void show(Context ctx, HttpStatus status, String returnPath, String name, Optional<String> message) {
    String token = Sessions.randomToken();
    Cookies.set(ctx, FORM_COOKIE, token, Urls.SIGN_IN, "Strict");
    ctx.header("Cache-Control", "no-store");
    StringOutput output = new StringOutput();
    templates.render("signin.jte", new SignInPage(token, returnPath, name, message), output);
    ctx.status(status).html(output.toString());
  }

  private static String field(Context ctx, String name, int max) {
    String value = Optional.ofNullable(ctx.formParam(name)).orElse("").strip();
    return value.length() > max ? value.substring(0, max) : value;
  }

  /** A local path only; anything else (absent, {@code https://...}, {@code //host}) becomes the agent desktop. */
  static String returnPath(Optional<String> given) {
    return given.flatMap(Urls::localPath).orElse(Urls.AGENT_DESK);
  }
}
