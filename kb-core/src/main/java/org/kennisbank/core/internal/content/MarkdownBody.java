package org.kennisbank.core.internal.content;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kennisbank.core.Section;

/**
 * Splits an article body into its level-2 sections and renders each to HTML. Links written as
 * {@code kb:<id>} become links to {@code /artikelen/<id>}; raw HTML in the Markdown is escaped.
 * Thread-safe: Flexmark's parser and renderer are immutable once built.
 */
public final class MarkdownBody {

  /** The prefix of links to other articles in Markdown. */
  public static final String ARTICLE_LINK_SCHEME = "kb:";
  /** Where article links point in rendered HTML. */
  public static final String ARTICLE_PATH = "/artikelen/";

  private static final Parser PARSER;
  private static final HtmlRenderer RENDERER;

  static {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    options.set(HtmlRenderer.ESCAPE_HTML, true);
    options.set(HtmlRenderer.SOFT_BREAK, " ");
    PARSER = Parser.builder(options).build();
    RENDERER = HtmlRenderer.builder(options).build();
  }

  /** A section as found in the file, with the line its heading is on. */
  record RawSection(String title, int level, String markdown, int line) {}

  /** The body split at level-2 headings, plus every article id it links to. */
  record Parsed(List<RawSection> sections, Set<String> linkedIds) {}

  private MarkdownBody() {}

  /** Splits the body at its level-2 headings; text before the first heading becomes a section with an empty title. */
  static Parsed parse(String body, int firstLine) {
    Document document = PARSER.parse(body);
    List<RawSection> sections = new ArrayList<>();
    Set<String> linkedIds = new LinkedHashSet<>();
    collectLinks(document, linkedIds);

    String title = "";
    int start = 0;
    int line = firstLine;
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading heading && heading.getLevel() == 2) {
        addSection(sections, title, body.substring(start, heading.getStartOffset()), line);
        title = heading.getText().toString().strip();
        start = heading.getEndOffset();
        line = firstLine + document.getLineNumber(heading.getStartOffset());
      }
    }
    addSection(sections, title, body.substring(start), line);
    return new Parsed(sections, linkedIds);
  }

  private static void addSection(List<RawSection> sections, String title, String markdown, int line) {
    String trimmed = markdown.strip();
    if (title.isEmpty() && trimmed.isEmpty()) {
      return;
    }
    sections.add(new RawSection(title, 2, trimmed, line));
  }

  /** Splits the internal part at its level-3 headings into sections. */
  static List<Section> splitSubsections(String markdown) {
    Document document = PARSER.parse(markdown);
    List<Section> parts = new ArrayList<>();
    String title = "Intern";
    int start = 0;
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading heading && heading.getLevel() == 3) {
        addRendered(parts, title, markdown.substring(start, heading.getStartOffset()));
        title = heading.getText().toString().strip();
        start = heading.getEndOffset();
      }
    }
    addRendered(parts, title, markdown.substring(start));
    return parts;
  }

  private static void addRendered(List<Section> parts, String title, String markdown) {
    String trimmed = markdown.strip();
    if (!trimmed.isEmpty()) {
      parts.add(new Section(title, trimmed, toHtml(trimmed)));
    }
  }

  /** Renders Markdown to HTML with article links rewritten. */
  public static String toHtml(String markdown) {
    String html = RENDERER.render(PARSER.parse(markdown));
    return html.replace("href=\"" + ARTICLE_LINK_SCHEME, "href=\"" + ARTICLE_PATH).strip();
  }

  /** The Markdown reduced to plain text, for indexing: markup, link targets and table rules dropped. */
  public static String toPlainText(String markdown) {
    Document document = PARSER.parse(markdown);
    StringBuilder text = new StringBuilder();
    appendText(document, text);
    return text.toString().replaceAll("\\s+", " ").strip();
  }

  private static void appendText(Node node, StringBuilder text) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof com.vladsch.flexmark.ast.Text
          || child instanceof com.vladsch.flexmark.ast.Code) {
        text.append(child.getChars()).append(' ');
      } else if (child instanceof com.vladsch.flexmark.ast.SoftLineBreak
          || child instanceof com.vladsch.flexmark.ast.HardLineBreak) {
        text.append(' ');
      } else {
        appendText(child, text);
        text.append(' ');
      }
    }
  }

  private static void collectLinks(Node node, Set<String> linkedIds) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Link link) {
        String url = link.getUrl().toString();
        if (url.startsWith(ARTICLE_LINK_SCHEME)) {
          linkedIds.add(url.substring(ARTICLE_LINK_SCHEME.length()));
        }
      }
      collectLinks(child, linkedIds);
    }
  }
}
