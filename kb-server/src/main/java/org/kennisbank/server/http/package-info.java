/**
 * What the rooms of the server share: {@link org.kennisbank.server.http.Role roles} declared on
 * routes and the one {@link org.kennisbank.server.http.AccessCheck access check} that enforces
 * them (each role but the public one granted by its own {@link org.kennisbank.server.http.BearerToken
 * service token}, or by a personal session found through {@link org.kennisbank.server.http.SessionGrant.Lookup}
 * with the role hierarchy and {@link org.kennisbank.server.http.Csrf CSRF tokens} on its writes;
 * handlers read who it let through from {@link org.kennisbank.server.http.Caller}), the {@link org.kennisbank.server.http.Errors error mapping} (JSON for the API, a page for
 * the website), {@link org.kennisbank.server.http.Params request parameters} and
 * {@link org.kennisbank.server.http.JsonBody JSON bodies} read at the edge with 400s that name the
 * parameter or field (a path with an invalid percent escape refused before routing
 * by {@link org.kennisbank.server.http.PathEncoding}), {@link org.kennisbank.server.http.Urls every path}, and the
 * {@link org.kennisbank.server.http.SecurityHeaders security headers}. Two limits keep one client
 * or one kind of query from taking the server: {@link org.kennisbank.server.http.RateLimiter} (a
 * token bucket per remote address on public routes, 429 with {@code Retry-After}) and {@link
 * org.kennisbank.server.http.ExpensiveSearches} (how many expensive searches run at once, 503 with
 * {@code Retry-After}); the rooms search through {@link org.kennisbank.server.http.Searches}.
 *
 * <p>Handlers throw Javalin's {@code HttpResponseException} family ({@code BadRequestResponse},
 * {@code NotFoundResponse}, ...) and never catch; this package turns them into responses. It
 * depends on no room, and no room depends on the command line or the importer.
 */
package org.kennisbank.server.http;
