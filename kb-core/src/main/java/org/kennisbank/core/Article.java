package org.kennisbank.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One knowledge article as written by an editor: the front matter fields, the public sections in
 * the order of the file, and the internal sections (from {@code ## Intern} on) that only agents see.
 *
 * <p>Immutable and thread-safe. Use {@link #publicView()} before handing an article to any public
 * channel: it is the same article without its internal part.
 *
 * @param questions how residents ask for what the article answers, in their own words (public)
 * @param file where the article was read from, relative to the content root (for messages)
 */
public record Article(
    String id,
    ArticleType type,
    String title,
    String summary,
    List<String> themes,
    List<Audience> audiences,
    List<String> keywords,
    List<String> questions,
    Optional<String> upl,
    List<String> related,
    Optional<Handling> handling,
    String owner,
    LocalDate review,
    Optional<LocalDate> published,
    Optional<LocalDate> expires,
    Optional<String> source,
    List<Section> sections,
    List<Section> internal,
    String file) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(summary, "summary");
    themes = List.copyOf(themes);
    audiences = List.copyOf(audiences);
    keywords = List.copyOf(keywords);
    questions = List.copyOf(questions);
    Objects.requireNonNull(upl, "upl");
    related = List.copyOf(related);
    Objects.requireNonNull(handling, "handling");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(review, "review");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(expires, "expires");
    Objects.requireNonNull(source, "source");
    sections = List.copyOf(sections);
    internal = List.copyOf(internal);
    Objects.requireNonNull(file, "file");
  }

  /** This article without its internal part: what the website, public API and chatbot may show. */
  public Article publicView() {
    if (internal.isEmpty()) {
      return this;
    }
    return new Article(id, type, title, summary, themes, audiences, keywords, questions, upl, related, handling,
        owner, review, published, expires, source, sections, List.of(), file);
  }

  /** Whether the article is published on the given day: on or after {@code published}, not after {@code expires}. */
  public boolean isLiveOn(LocalDate day) {
    return published.map(start -> !day.isBefore(start)).orElse(true)
        && expires.map(end -> !day.isAfter(end)).orElse(true);
  }

  /** Whether an editor should check the article again: its review date is on or before the given day. */
  public boolean isReviewDueOn(LocalDate day) {
    return !review.isAfter(day);
  }

  /** The section with the given heading, if the article has one. */
  public Optional<Section> section(String title) {
    return sections.stream().filter(section -> section.title().equalsIgnoreCase(title)).findFirst();
  }
}
