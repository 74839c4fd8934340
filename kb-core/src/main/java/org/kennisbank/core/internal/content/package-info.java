/**
 * Reading content: {@link org.kennisbank.core.internal.content.ContentLoader} walks a content root
 * (directory or classpath), {@link org.kennisbank.core.internal.content.ArticleParser} checks one
 * file field by field and splits its body with
 * {@link org.kennisbank.core.internal.content.MarkdownBody}; links and best bets are checked
 * after all articles are read. A loader remembers what it parsed: loading again parses only the
 * files that changed ({@link org.kennisbank.core.internal.content.ArticleFiles}: size and time,
 * SHA-256 when the time cannot be trusted). The format is documented in docs/content-format.md.
 */
package org.kennisbank.core.internal.content;
