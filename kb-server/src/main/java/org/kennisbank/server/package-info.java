/**
 * The HTTP server and the {@code ./kb} command line. {@link org.kennisbank.server.KbServer}
 * builds the whole Javalin app in one place: the public JSON API, the agent channel behind a
 * bearer token, and the website pages. {@link org.kennisbank.server.Main} dispatches the
 * subcommands (serve, validate, search, eval, import, bench).
 */
package org.kennisbank.server;
