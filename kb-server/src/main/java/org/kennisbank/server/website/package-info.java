/**
 * The public website: home, search, article and theme pages, and its static files (stylesheet,
 * favicon, robots.txt under {@code resources/.../website/assets}).
 *
 * <p>Pages are JTE templates in {@code kb-server/src/main/jte}, compiled to Java at build time by
 * the jte-maven-plugin, so a broken template fails the build; every {@code ${...}} is escaped for
 * where it stands. A handler builds a page model ({@link org.kennisbank.server.website.SearchPage},
 * {@link org.kennisbank.server.website.ArticlePage}, ...) and hands it to {@link
 * org.kennisbank.server.website.Templates}. The only unescaped output is library-made HTML wrapped
 * in {@link org.kennisbank.server.website.TrustedHtml}, printed in {@code trusted.jte} alone.
 *
 * <p>Every page carries the chatbot widget ({@code layout.jte}; the ES modules {@code chat.js} and
 * {@code chat-reply.js} with {@code chat.css}, served by {@link org.kennisbank.server.website.AssetFolder},
 * which serves the agent desktop's modules too). It talks to {@code POST /api/chat/answer} and shows
 * reply text with {@code textContent} only; see docs/chat.md, "Widget".
 */
package org.kennisbank.server.website;
