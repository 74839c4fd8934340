/**
 * The HTTP server. {@link org.kennisbank.server.KbServer} assembles the Javalin app from one room
 * per channel, each a package with one {@code routes(...)} method: {@code api} (public JSON API and
 * health), {@code agent} (agent API), {@code admin} (health details for operators), {@code website} (pages), and {@code http} for what they share
 * (roles and the access check, errors, parameters, URLs, security headers). {@code account} signs
 * people in (accounts, sessions, {@code /inloggen}); {@code storage} keeps the operational data
 * (links, feedback, messages) in SQLite or PostgreSQL. Editor, chat and feeds
 * will be rooms beside them.
 *
 * <p>The {@code ./kb} command line lives in {@code org.kennisbank.server.cli} and the content
 * tooling in {@code org.kennisbank.server.tooling}; no HTTP package uses either.
 */
package org.kennisbank.server;
