/**
 * Reading content: {@link org.kennisbank.core.internal.content.ContentLoader} walks a content root
 * (directory or classpath) and reads each file with
 * {@link org.kennisbank.core.internal.content.ArticleFileReader} (size limit, no links out of the
 * root, strict UTF-8 with the line of a bad byte); {@link
 * org.kennisbank.core.internal.content.ArticleParser} checks one file field by field ({@link
 * org.kennisbank.core.internal.content.FrontMatterYaml} refuses YAML that is not plain data) and
 * splits its body with {@link org.kennisbank.core.internal.content.MarkdownBody}, which checks the
 * {@link org.kennisbank.core.internal.content.ContentLimits} before Flexmark recurses, reports
 * links {@link org.kennisbank.core.internal.content.UrlPolicy} refuses, and renders them harmless
 * ({@link org.kennisbank.core.internal.content.LinkSafety}, then a jsoup safelist in {@link
 * org.kennisbank.core.internal.content.SafeHtml}). {@link
 * org.kennisbank.core.internal.content.InternalMarker} holds the rule for {@code ## Intern} and its
 * near misses. Links and best bets are checked after all articles are read. The public face of
 * these rules is {@link org.kennisbank.core.ContentValidator}; the format is documented in
 * docs/content-format.md.
 *
 * <p>A loader remembers what it parsed: loading again parses only the files that changed ({@link
 * org.kennisbank.core.internal.content.ArticleFiles}: size and time, SHA-256 of the text when the
 * time cannot be trusted).
 */
package org.kennisbank.core.internal.content;
