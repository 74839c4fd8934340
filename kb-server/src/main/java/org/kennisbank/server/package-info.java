/**
 * The HTTP server. {@link org.kennisbank.server.KbServer}
 * builds the whole Javalin app in one place: the public JSON API, the agent channel behind a
 * bearer token, and the website pages. The {@code ./kb} command line lives in
 * {@code org.kennisbank.server.cli} and the content tooling in {@code org.kennisbank.server.tooling};
 * no HTTP package uses either.
 */
package org.kennisbank.server;
