/**
 * The agent desktop ({@code /agent}): the page contact-centre agents work in all day. The page is
 * a JTE template ({@code jte/agent/desk.jte}) with the session's CSRF token in a meta tag; plain
 * ES modules under {@code resources/.../desktop/assets} do the rest through the agent API:
 * search-as-you-type ({@code search.js}), the article view ({@code article.js}), links, feedback
 * and missing-article reports ({@code reports.js}), work instructions and news
 * ({@code messages.js}). The Content-Security-Policy forbids inline script, so every handler is
 * bound in those files.
 */
package org.kennisbank.server.agent.desktop;
