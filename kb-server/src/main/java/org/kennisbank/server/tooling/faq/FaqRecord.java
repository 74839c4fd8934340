package org.kennisbank.server.tooling.faq;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One Rijksoverheid FAQ record as read from open data; HTML fields are kept as HTML.
 *
 * @param id the record id, valid as an article id
 * @param question the question, whitespace normalised
 * @param introduction the introduction as HTML; empty when the record has none
 * @param content the paragraphs below the introduction, in order
 * @param subjects the Rijksoverheid subjects ("onderwerpen")
 * @param themes the Rijksoverheid themes
 * @param lastModified the day the record was last changed, in Dutch time
 * @param canonical the address of the page on rijksoverheid.nl, when it is an http(s) URL
 */
record FaqRecord(
    String id, String question, String introduction, List<Paragraph> content,
    List<String> subjects, List<String> themes, LocalDate lastModified, Optional<String> canonical) {

  FaqRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(introduction, "introduction");
    content = List.copyOf(content);
    subjects = List.copyOf(subjects);
    themes = List.copyOf(themes);
    Objects.requireNonNull(lastModified, "lastModified");
    Objects.requireNonNull(canonical, "canonical");
  }

  /** A titled part of the answer; the title is empty when the source has none. */
  record Paragraph(String title, String html) {
    Paragraph {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(html, "html");
    }
  }
}
