/**
 * Implementation of Kennisbank; not API. {@code content} reads Markdown articles (front matter,
 * sections, internal part, problems with file and line); {@code analysis} holds the Dutch analysis
 * chains (stemming, compounds, synonyms); {@code search} builds and runs the Lucene index and
 * turns query text into a ranking; {@code generation} bundles all of it into the generation one
 * search reads, and builds the next one when the content changes. docs/ranking.md explains the
 * ranking choices.
 */
package org.kennisbank.core.internal;
