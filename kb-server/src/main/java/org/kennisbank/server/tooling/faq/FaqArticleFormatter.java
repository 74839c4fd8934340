package org.kennisbank.server.tooling.faq;

import java.util.ArrayList;
import java.util.List;
import org.kennisbank.core.ContentValidator;

/**
 * Writes the text of the {@code faq} article for a Rijksoverheid FAQ record: front matter (the
 * question as title, the introduction as plain-text summary, mapped themes and audiences, the
 * Rijksoverheid themes and subjects as keywords, a review date one year after the last change,
 * the canonical URL as source) and a body with one level-2 section per content paragraph, under
 * the paragraph's own title. The same record always gives the same text. Thread-safe.
 */
final class FaqArticleFormatter {

  static final String OWNER = "Rijksoverheid (import)";
  static final String INTRODUCTION_SECTION = "Inleiding";
  static final String RENAMED_PREFIX = "Rijksoverheid: ";
  static final int MAX_TITLE_LENGTH = 120;
  static final int MAX_SUMMARY_LENGTH = 300;

  /** A level-2 section being built; paragraphs without a title of their own continue the one before. */
  private record Section(String title, StringBuilder markdown) {}

  /**
   * The article text for a record.
   *
   * <p>The introduction is the summary. It also opens the body, as section "Inleiding", when the
   * summary had to be shortened or when the record has no content, so no text is lost.
   *
   * @throws UnreadableRecordException if the record has no text that survives conversion
   */
  String format(FaqRecord record) throws UnreadableRecordException {
    String introductionText = HtmlFragments.plainText(record.introduction());
    List<String> contentMarkdown = record.content().stream()
        .map(paragraph -> HtmlToMarkdown.convert(paragraph.html()))
        .toList();
    String summarySource = introductionText.isEmpty() ? firstContentText(record) : introductionText;
    if (summarySource.isEmpty()) {
      throw new UnreadableRecordException("has no text in its introduction or content");
    }
    String summary = TextShortener.shorten(summarySource, MAX_SUMMARY_LENGTH);
    boolean hasContent = contentMarkdown.stream().anyMatch(markdown -> !markdown.isEmpty());
    String introduction = HtmlToMarkdown.convert(record.introduction());

    List<Section> sections = new ArrayList<>();
    if (!introduction.isEmpty() && (!hasContent || !summary.equals(introductionText))) {
      sections.add(new Section(INTRODUCTION_SECTION, new StringBuilder(introduction)));
    }
    for (int i = 0; i < contentMarkdown.size(); i++) {
      String markdown = contentMarkdown.get(i);
      String title = record.content().get(i).title();
      if (markdown.isEmpty()) {
        continue;
      }
      if (title.isEmpty() && !sections.isEmpty()) {
        sections.get(sections.size() - 1).markdown().append("\n\n").append(markdown);
      } else {
        sections.add(new Section(sectionTitle(title), new StringBuilder(markdown)));
      }
    }
    if (sections.isEmpty()) {
      throw new UnreadableRecordException("has no text in its introduction or content");
    }
    return frontMatter(record, summary) + "\n" + body(sections);
  }

  private static String firstContentText(FaqRecord record) {
    return record.content().stream()
        .map(paragraph -> HtmlFragments.plainText(paragraph.html()))
        .filter(text -> !text.isEmpty())
        .findFirst()
        .orElse("");
  }

  /**
   * The title of a section; one that resembles the internal marker ("Intern", "Interne regels")
   * is prefixed, since kb-core refuses such a heading in the public part.
   */
  private static String sectionTitle(String title) {
    if (title.isEmpty()) {
      return INTRODUCTION_SECTION;
    }
    if (ContentValidator.resemblesInternalMarker("## " + title)) {
      return MarkdownEscaper.headingEnd(RENAMED_PREFIX + title);
    }
    return MarkdownEscaper.headingEnd(title);
  }

  private static String frontMatter(FaqRecord record, String summary) {
    List<String> labels = new ArrayList<>(record.subjects());
    labels.addAll(record.themes());
    List<String> keywords = ThemeMapping.keywords(labels);
    StringBuilder yaml = new StringBuilder("---\n");
    yaml.append("id: ").append(YamlScalars.quoted(record.id())).append('\n');
    yaml.append("type: faq\n");
    yaml.append("title: ").append(YamlScalars.quoted(TextShortener.shorten(record.question(), MAX_TITLE_LENGTH))).append('\n');
    yaml.append("summary: ").append(YamlScalars.quoted(summary)).append('\n');
    yaml.append("themes: ").append(YamlScalars.idList(ThemeMapping.themes(labels))).append('\n');
    yaml.append("audience: ").append(YamlScalars.idList(ThemeMapping.audiences(labels))).append('\n');
    if (!keywords.isEmpty()) {
      yaml.append("keywords: ").append(YamlScalars.quotedList(keywords)).append('\n');
    }
    yaml.append("owner: ").append(YamlScalars.quoted(OWNER)).append('\n');
    yaml.append("review: ").append(record.lastModified().plusYears(1)).append('\n');
    record.canonical().ifPresent(url -> yaml.append("source: ").append(YamlScalars.quoted(url)).append('\n'));
    return yaml.append("---\n").toString();
  }

  private static String body(List<Section> sections) {
    return String.join("\n", sections.stream()
        .map(section -> "## " + section.title() + "\n\n" + section.markdown() + "\n")
        .toList());
  }
}
