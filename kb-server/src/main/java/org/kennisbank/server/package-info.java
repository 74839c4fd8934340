/**
 * The HTTP server and the {@code ./kb} command line. {@link org.kennisbank.server.KbServer}
 * assembles the Javalin app from one room per channel, each a package with one {@code routes(...)}
 * method: {@code api} (public JSON API and health), {@code agent} (agent API), {@code website}
 * (pages), and {@code http} for what they share (roles and the access check, errors, parameters,
 * URLs, security headers). Editor, chat and feeds will be rooms beside them.
 */
package org.kennisbank.server;
