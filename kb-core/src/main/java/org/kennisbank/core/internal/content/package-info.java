/**
 * Reading content: {@link org.kennisbank.core.internal.content.ContentLoader} walks a content root
 * (directory or classpath), {@link org.kennisbank.core.internal.content.ArticleParser} checks one
 * file field by field and splits its body with
 * {@link org.kennisbank.core.internal.content.MarkdownBody}; links and best bets are checked
 * after all articles are read. The format is documented in docs/content-format.md.
 */
package org.kennisbank.core.internal.content;
