package org.kennisbank.core;

/** A theme of the knowledge base: its id, the title of its theme article and how many articles it has. */
public record ThemeSummary(String id, String title, String summary, int articleCount) {}
