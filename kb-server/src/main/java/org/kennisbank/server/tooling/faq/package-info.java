/**
 * Content tooling: turns Rijksoverheid FAQ open data into articles of the Kennisbank content
 * format. It writes files; it is run from the command line ({@code ./kb import rijksoverheid-faq})
 * and never by the server, so no HTTP package depends on it (pinned by
 * {@code HttpPackagesDependencyTest}).
 *
 * <p>{@link org.kennisbank.server.tooling.faq.FaqImporter} reads Rijksoverheid FAQ ("vraag en
 * antwoord") records, one JSON file each, and writes one {@code faq} article per record to
 * {@code articles/faq/<id>.md} of a content directory. Each step is its own class:
 *
 * <ul>
 *   <li>{@code FaqRecordReader} reads and checks one JSON record;</li>
 *   <li>{@code HtmlToMarkdown} turns the record's HTML into clean Markdown, with
 *       {@code MarkdownBlocks} (paragraphs), {@code MarkdownLists}, {@code Emphasis} (only where
 *       Markdown reads it) and {@code MarkdownEscaper} (text reads as written);
 *       {@code HtmlFragments} parses the HTML and gives the plain text for the summary, which
 *       {@code TextShortener} cuts to 300 characters;</li>
 *   <li>{@code ThemeMapping} maps Rijksoverheid themes and subjects to the eight Kennisbank
 *       themes and the audiences;</li>
 *   <li>{@code FaqArticleFormatter} writes the article text, front matter (values quoted by
 *       {@code YamlScalars}) and body;</li>
 *   <li>{@code ArticleFiles} writes a file only when its text changed.</li>
 * </ul>
 *
 * <p>An import is repeatable: the same record always gives the same text, so a second run
 * writes nothing. A record that cannot be read is reported with its file and reason and does not
 * stop the others.
 */
package org.kennisbank.server.tooling.faq;
