package org.kennisbank.core.internal.content;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
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
 * {@code kb:<id>} become links to {@code /artikelen/<id>}; raw HTML in the Markdown is escaped;
 * links with a scheme {@link UrlPolicy} refuses become plain text, and the HTML is checked
 * against {@link SafeHtml} at the end. Thread-safe: Flexmark's parser and renderer are immutable
 * once built.
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

  /** The body split at level-2 headings, plus every article id it links to and the parsed tree (not to be rendered: it may be deep). */
  record Parsed(List<RawSection> sections, Set<String> linkedIds, Document document, boolean complete) {}

  private MarkdownBody() {}

  /**
   * Splits the body at its level-2 headings; text before the first heading becomes a section with
   * an empty title. A body nested deeper than {@link ContentLimits#MAX_NESTING} is reported and
   * not split at all (rendering it would recurse that deep); so are too many headings. Links
   * with a refused scheme are reported with their line.
   */
  static Parsed parse(String body, int firstLine, FileProblems problems) {
    int longRule = longLeadingMarkup(body);
    if (longRule >= 0) {
      problems.error(firstLine + longRule, "body", "starts with more than " + ContentLimits.MAX_LEADING_MARKUP
          + " characters of indentation and markup (spaces, '>', '*', '-', '_', '+'): quotes or lists nested too deep, or too long a rule");
      return refused();
    }
    Document document = PARSER.parse(body);
    NodeWalk.Deepest deepest = NodeWalk.deepest(document);
    if (deepest.depth() > ContentLimits.MAX_NESTING) {
      problems.error(firstLine + document.getLineNumber(deepest.node().getStartOffset()), "body",
          "Markdown is nested " + deepest.depth() + " levels deep here (lists, quotes, emphasis inside each other); at most "
              + ContentLimits.MAX_NESTING + " are allowed");
      return refused();
    }
    int[] headings = {0};
    NodeWalk.forEach(document, (node, depth) -> headings[0] += node instanceof Heading ? 1 : 0);
    if (headings[0] > ContentLimits.MAX_HEADINGS) {
      problems.error(firstLine, "body", "has " + headings[0] + " headings; at most " + ContentLimits.MAX_HEADINGS + " are allowed");
      return refused();
    }
    for (LinkSafety.Refused link : LinkSafety.refused(document)) {
      problems.error(firstLine + document.getLineNumber(link.node().getStartOffset()), "body",
          "link target '" + abbreviate(link.url()) + "' is not allowed; use an http, https, mailto or tel address,"
              + " an article link (kb:id) or a path");
    }

    List<RawSection> sections = new ArrayList<>();
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
    return new Parsed(sections, linkedIds(document), document, true);
  }

  private static Parsed refused() {
    return new Parsed(List.of(), Set.of(), PARSER.parse(""), false);
  }

  /**
   * The index of the first line that starts with more than {@link ContentLimits#MAX_LEADING_MARKUP}
   * characters of indentation and markup (spaces, tabs, {@code >}, {@code *}, {@code -},
   * {@code _}, {@code +}), or -1. Checked before Flexmark sees the text: its block parser takes
   * time quadratic in the nesting of quotes and lists, and its horizontal-rule pattern recurses
   * once per such character, so a long run costs seconds or overflows the stack.
   */
  private static int longLeadingMarkup(String markdown) {
    int line = 0;
    int run = 0;
    boolean atLineStart = true;
    for (int i = 0; i < markdown.length(); i++) {
      char c = markdown.charAt(i);
      if (c == '\n') {
        line++;
        run = 0;
        atLineStart = true;
      } else if (atLineStart && " \t>*-_+".indexOf(c) >= 0) {
        if (++run > ContentLimits.MAX_LEADING_MARKUP) {
          return line;
        }
      } else {
        atLineStart = false;
      }
    }
    return -1;
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

  /**
   * Renders Markdown to HTML with article links rewritten. Safe for any input: Markdown nested
   * too deep to render comes out as escaped text, and refused links as their text.
   */
  public static String toHtml(String markdown) {
    if (longLeadingMarkup(markdown) >= 0) {
      return "<p>" + SafeHtml.escape(markdown) + "</p>";
    }
    Document document = PARSER.parse(markdown);
    if (NodeWalk.deepest(document).depth() > ContentLimits.MAX_NESTING) {
      return "<p>" + SafeHtml.escape(markdown) + "</p>";
    }
    LinkSafety.neutralize(document);
    String html = RENDERER.render(document);
    return SafeHtml.ensureSafe(html.replace("href=\"" + ARTICLE_LINK_SCHEME, "href=\"" + ARTICLE_PATH).strip());
  }

  /**
   * The Markdown reduced to plain text, for indexing: markup, link targets and table rules
   * dropped. Markdown nested too deep to walk safely is returned with whitespace normalised only.
   */
  public static String toPlainText(String markdown) {
    if (longLeadingMarkup(markdown) >= 0) {
      return markdown.replaceAll("\\s+", " ").strip();
    }
    Document document = PARSER.parse(markdown);
    if (NodeWalk.deepest(document).depth() > ContentLimits.MAX_NESTING) {
      return markdown.replaceAll("\\s+", " ").strip();
    }
    StringBuilder text = new StringBuilder();
    appendText(document, text);
    return text.toString().replaceAll("\\s+", " ").strip();
  }

  private static void appendText(Node node, StringBuilder text) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof TableSeparator) {
        continue;
      }
      if (child instanceof TableRow row && row.getParent() instanceof TableBody) {
        appendRow(row, text);
      } else if (child instanceof com.vladsch.flexmark.ast.Text
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

  /** A table row read as a sentence: "18 jaar en ouder: € 88,65." (first cell, colon, the others). */
  private static void appendRow(TableRow row, StringBuilder text) {
    List<String> cells = new ArrayList<>();
    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
      StringBuilder cellText = new StringBuilder();
      appendText(cell, cellText);
      String value = cellText.toString().replaceAll("\\s+", " ").strip();
      if (!value.isEmpty()) {
        cells.add(value);
      }
    }
    if (cells.isEmpty()) {
      return;
    }
    text.append(cells.get(0));
    if (cells.size() > 1) {
      text.append(": ").append(String.join(", ", cells.subList(1, cells.size())));
    }
    text.append(". ");
  }

  private static Set<String> linkedIds(Document document) {
    Set<String> ids = new LinkedHashSet<>();
    NodeWalk.forEach(document, (node, depth) -> {
      if (node instanceof Link link) {
        String url = link.getUrl().toString();
        if (url.startsWith(ARTICLE_LINK_SCHEME)) {
          ids.add(url.substring(ARTICLE_LINK_SCHEME.length()));
        }
      }
    });
    return ids;
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
