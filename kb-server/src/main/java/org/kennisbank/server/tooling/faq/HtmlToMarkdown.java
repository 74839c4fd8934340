package org.kennisbank.server.tooling.faq;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.kennisbank.server.tooling.faq.MarkdownBlocks.Block;

/**
 * Converts an HTML fragment from open data to clean Markdown: paragraphs, line breaks, bullet and
 * numbered lists (nested too), {@code **bold**} and {@code *italic*}, links to absolute http(s)
 * and mailto addresses, headings as {@code ###}, table rows as lines of text with cells separated
 * by {@code |}. Every other element is dropped but keeps its text; scripts, styles, frames and
 * images are dropped with their content. No HTML tag ever reaches the output, and text is escaped
 * so that it reads as written. Thread-safe.
 *
 * <p>Why not Flexmark's own converter ({@code flexmark-html2md-converter}) after jsoup's
 * {@code Safelist}: tried on the tests and the 179 shared records, it leaves line starts
 * unescaped (text such as "# geen kop" or "2024. Een jaar" becomes a heading or a list), writes
 * emphasis that CommonMark shows as asterisks ({@code adviseren**.**}), numbers {@code <ol
 * start="3">} from 1, drops the space after some links, and lets {@code <br>} and comments through
 * as HTML. The passes needed around it to fix that would outgrow this class and its helpers.
 */
final class HtmlToMarkdown {

  /** The emphasis that surrounds inline content, so nested emphasis is not written twice. */
  private record Style(boolean bold, boolean italic) {
    static final Style PLAIN = new Style(false, false);
  }

  private HtmlToMarkdown() {}

  /** The Markdown for an HTML fragment: blocks separated by a blank line; empty when it has no text. */
  static String convert(String html) {
    return String.join("\n\n", blocksOf(HtmlFragments.parse(html)).stream().map(Block::markdown).toList());
  }

  private static List<Block> blocksOf(Element container) {
    MarkdownBlocks blocks = new MarkdownBlocks();
    container.childNodes().forEach(child -> append(child, blocks));
    return blocks.finish();
  }

  private static void append(Node node, MarkdownBlocks out) {
    if (!(node instanceof Element element)) {
      out.inline(inline(node, Style.PLAIN));
      return;
    }
    switch (element.normalName()) {
      case "ul", "ol" -> {
        String list = list(element);
        if (!list.isEmpty()) {
          out.add(new Block(list, true));
        }
      }
      case "h1", "h2", "h3", "h4" -> heading(element, "### ", out);
      case "h5", "h6" -> heading(element, "#### ", out);
      case "table" -> table(element, out);
      case "hr" -> out.endParagraph();
      default -> {
        if (HtmlFragments.isBlock(element) || containsBlock(element)) {
          out.endParagraph();
          element.childNodes().forEach(child -> append(child, out));
          out.endParagraph();
        } else {
          out.inline(inline(element, Style.PLAIN));
        }
      }
    }
  }

  private static boolean containsBlock(Element element) {
    return element.getAllElements().stream().skip(1).anyMatch(HtmlFragments::isBlock);
  }

  private static String inline(Node node, Style style) {
    if (node instanceof TextNode text) {
      return MarkdownEscaper.text(HtmlFragments.cleanText(text.getWholeText()));
    }
    if (!(node instanceof Element element)) {
      return "";
    }
    return switch (element.normalName()) {
      case "br" -> "\n";
      case "a" -> link(element, style);
      case "strong", "b" -> style.bold() ? children(element, style)
          : Emphasis.bold(children(element, new Style(true, style.italic())));
      case "em", "i" -> style.italic() ? children(element, style)
          : Emphasis.italic(children(element, new Style(style.bold(), true)));
      default -> HtmlFragments.isBlock(element) ? " " + children(element, style) + " " : children(element, style);
    };
  }

  private static String children(Element element, Style style) {
    StringBuilder text = new StringBuilder();
    element.childNodes().forEach(child -> text.append(inline(child, style)));
    return text.toString();
  }

  private static String link(Element element, Style style) {
    String text = children(element, style).replace('\n', ' ');
    String href = HtmlFragments.cleanText(element.attr("href")).strip();
    String trimmed = text.strip();
    if (!isExternal(href) || trimmed.isEmpty()) {
      return text;
    }
    int start = text.indexOf(trimmed);
    return text.substring(0, start) + "[" + trimmed + "](" + destination(href) + ")"
        + text.substring(start + trimmed.length());
  }

  private static boolean isExternal(String href) {
    String lower = href.toLowerCase(Locale.ROOT);
    return (lower.startsWith("http://") && lower.length() > 7)
        || (lower.startsWith("https://") && lower.length() > 8)
        || (lower.startsWith("mailto:") && lower.length() > 7);
  }

  private static String destination(String href) {
    return href.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
        .replace("<", "%3C").replace(">", "%3E");
  }

  private static void heading(Element element, String prefix, MarkdownBlocks out) {
    String text = oneLine(children(element, Style.PLAIN));
    if (text.isEmpty()) {
      out.endParagraph();
    } else {
      out.add(new Block(prefix + MarkdownEscaper.headingEnd(text), false));
    }
  }

  private static void table(Element table, MarkdownBlocks out) {
    out.endParagraph();
    for (Element part : table.children()) {
      switch (part.normalName()) {
        case "caption" -> MarkdownBlocks.paragraphs(oneLine(children(part, Style.PLAIN))).forEach(p -> out.add(new Block(p, false)));
        case "tr" -> row(part, out);
        case "thead", "tbody", "tfoot" -> part.children().stream().filter(row -> row.normalName().equals("tr"))
            .forEach(row -> row(row, out));
        default -> { }
      }
    }
  }

  private static void row(Element row, MarkdownBlocks out) {
    List<String> cells = row.children().stream()
        .filter(cell -> cell.normalName().equals("td") || cell.normalName().equals("th"))
        .map(cell -> oneLine(children(cell, Style.PLAIN)))
        .filter(cell -> !cell.isEmpty())
        .toList();
    MarkdownBlocks.paragraphs(String.join(" | ", cells)).forEach(p -> out.add(new Block(p, false)));
  }

  private static String oneLine(String inline) {
    return Emphasis.resolve(inline.replace('\n', ' ').replaceAll(" {2,}", " ").strip());
  }

  private static String list(Element list) {
    List<List<Block>> items = new ArrayList<>();
    for (Node child : list.childNodes()) {
      boolean nestedList = child instanceof Element element
          && (element.normalName().equals("ul") || element.normalName().equals("ol"));
      if (nestedList && !items.isEmpty()) {
        MarkdownBlocks nested = new MarkdownBlocks();
        append(child, nested);
        items.get(items.size() - 1).addAll(nested.finish());
      } else if (child instanceof Element element && element.normalName().equals("li")) {
        items.add(new ArrayList<>(blocksOf(element)));
      } else {
        MarkdownBlocks stray = new MarkdownBlocks();
        append(child, stray);
        items.add(new ArrayList<>(stray.finish()));
      }
    }
    boolean ordered = list.normalName().equals("ol");
    return MarkdownLists.render(items, ordered, ordered ? start(list) : 1);
  }

  private static int start(Element list) {
    try {
      return Math.max(0, Math.min(999_999, Integer.parseInt(list.attr("start").strip())));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
