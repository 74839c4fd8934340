package org.kennisbank.server.tooling.faq;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Parses HTML fragments from open data: elements that never hold readable content (scripts,
 * styles, frames, images, forms) are removed with everything inside them, and text is cleaned of
 * fixed-width spaces, invisible characters and control characters. Thread-safe.
 */
final class HtmlFragments {

  private static final String NEVER_CONTENT = "script, style, iframe, frame, frameset, object, embed, "
      + "applet, noscript, template, img, picture, svg, video, audio, source, track, canvas, map, "
      + "form, input, button, select, textarea, head, meta, link, base, title";

  /** Elements that start a new block of text; every other element is inline. */
  static final Set<String> BLOCKS = Set.of(
      "p", "div", "section", "article", "aside", "header", "footer", "main", "nav", "blockquote",
      "figure", "figcaption", "address", "center", "details", "summary", "dl", "dt", "dd", "pre",
      "fieldset", "legend", "hgroup", "menu", "dialog", "li", "ul", "ol", "h1", "h2", "h3", "h4",
      "h5", "h6", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "hr");

  private HtmlFragments() {}

  /** The fragment's body element, with the elements that never hold content removed. */
  static Element parse(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    body.select(NEVER_CONTENT).remove();
    return body;
  }

  static boolean isBlock(Element element) {
    return BLOCKS.contains(element.normalName());
  }

  /**
   * The text of a fragment on one line: blocks and line breaks become spaces, list items are
   * separated by commas, whitespace is collapsed.
   */
  static String plainText(String html) {
    StringBuilder text = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
          text.append(cleanText(textNode.getWholeText()));
        } else if (node instanceof Element element && (isBlock(element) || element.normalName().equals("br"))) {
          text.append(' ');
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element element && isBlock(element)) {
          if (element.normalName().equals("li") && followedByItem(element) && !endsWithPunctuation(text)) {
            text.append(',');
          }
          text.append(' ');
        }
      }
    }, parse(html));
    return text.toString().replaceAll(" {2,}", " ").strip();
  }

  /** List items read as a series: "a, b, c", unless an item ends in its own punctuation. */
  private static boolean followedByItem(Element item) {
    Element next = item.nextElementSibling();
    return next != null && next.normalName().equals("li");
  }

  private static boolean endsWithPunctuation(CharSequence text) {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    return end == 0 || ".,;:!?".indexOf(text.charAt(end - 1)) >= 0;
  }

  /**
   * The characters of a text node as they should be read: every kind of whitespace, including
   * non-breaking and fixed-width spaces, becomes a plain space; soft hyphens, zero-width
   * characters and control characters are removed (they would split words in the index).
   */
  static String cleanText(String text) {
    StringBuilder clean = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        clean.append(' ');
      } else if (c == '\u00AD' || (c >= '\u200B' && c <= '\u200F') || c == '\u2060' || c == '\uFEFF'
          || Character.isISOControl(c) || Emphasis.isPlaceholder(c)) {
        continue;
      } else {
        clean.append(c);
      }
    }
    return clean.toString();
  }
}
