package org.kennisbank.core;

/**
 * A completion for what someone is typing: the text to show and the article it leads to.
 */
public record Suggestion(String text, String articleId, ArticleType type) {}
