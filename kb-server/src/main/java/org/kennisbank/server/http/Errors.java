package org.kennisbank.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.router.EndpointNotFound;
import org.kennisbank.core.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every exception to a response, once for the whole server. Handlers throw Javalin's
 * {@link HttpResponseException} family ({@code BadRequestResponse}, {@code NotFoundResponse}, ...);
 * the error's shape follows the route group: JSON {@link ErrorView} for the API and
 * {@code /health}, an HTML page for the website. Unexpected exceptions are logged and answered
 * with a 500 that shows no internals.
 */
public final class Errors {

  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

  private final ErrorPage page;

  public Errors(ErrorPage page) {
    this.page = page;
  }

  public void routes(RoutesConfig routes) {
    routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), message(e, ctx)));
    routes.exception(InvalidRequestException.class, (e, ctx) -> respond(ctx, 400, e.getMessage()));
    routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
      respond(ctx, 500, Urls.isApi(ctx.path())
          ? "something went wrong on our side; the error is logged"
          : "Er ging iets mis aan onze kant. Probeer het later opnieuw.");
    });
  }

  /** Javalin's own messages for unknown routes and wrong methods, in the server's words. */
  private static String message(HttpResponseException e, Context ctx) {
    boolean api = Urls.isApi(ctx.path());
    if (e instanceof EndpointNotFound) {
      return api ? "no such endpoint: " + ctx.method() + " " + ctx.path() : "Deze pagina bestaat niet (meer).";
    }
    if (e instanceof MethodNotAllowedResponse) {
      return api ? "method " + ctx.method() + " is not allowed on " + ctx.path() + "; use GET"
          : "Deze pagina kunt u alleen opvragen, niet versturen.";
    }
    return e.getMessage();
  }

  private void respond(Context ctx, int status, String message) {
    if (Urls.isApi(ctx.path())) {
      ctx.status(status).json(new ErrorView(status, message));
    } else {
      ctx.status(status).html(page.render(status, message));
    }
  }
}
