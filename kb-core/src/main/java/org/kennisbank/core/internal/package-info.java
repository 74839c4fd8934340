/**
 * Implementation of Kennisbank; not API. {@code content} reads Markdown articles (front matter,
 * sections, internal part, problems with file and line); {@code analysis} holds the Dutch analysis
 * chains (stemming, compounds, synonyms); {@code search} builds and runs the Lucene index and
 * turns query text into a ranking. docs/ranking.md explains the choices.
 */
package org.kennisbank.core.internal;
