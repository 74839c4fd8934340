package org.kennisbank.server.tooling.faq;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the Markdown blocks of one container while its HTML is walked: inline Markdown is
 * gathered until a block element or the end closes the paragraph. In inline Markdown each
 * {@code <br>} is a newline: one is a hard line break, two or more in a row end the paragraph.
 * Not thread-safe; one per container.
 */
final class MarkdownBlocks {

  private static final String HARD_BREAK = "\\\n";

  /** A Markdown block; lists are marked because a list may follow text in a list item without a blank line. */
  record Block(String markdown, boolean list) {}

  private final List<Block> blocks = new ArrayList<>();
  private final StringBuilder inline = new StringBuilder();

  void inline(String markdown) {
    inline.append(markdown);
  }

  void add(Block block) {
    endParagraph();
    blocks.add(block);
  }

  void endParagraph() {
    paragraphs(inline.toString()).forEach(paragraph -> blocks.add(new Block(paragraph, false)));
    inline.setLength(0);
  }

  /** Ends the open paragraph and returns every block, in order. */
  List<Block> finish() {
    endParagraph();
    return blocks;
  }

  /**
   * Splits inline Markdown into paragraphs, with emphasis resolved per paragraph (so a marker never
   * pairs with one in another paragraph), whitespace collapsed and line starts escaped.
   */
  static List<String> paragraphs(String inline) {
    List<String> paragraphs = new ArrayList<>();
    for (String paragraph : inline.split("\n\\s*\n")) {
      List<String> lines = new ArrayList<>();
      for (String raw : Emphasis.resolve(paragraph).split("\n")) {
        String line = raw.replaceAll(" {2,}", " ").strip();
        if (!line.isEmpty()) {
          lines.add(MarkdownEscaper.lineStart(line));
        }
      }
      if (!lines.isEmpty()) {
        paragraphs.add(String.join(HARD_BREAK, lines));
      }
    }
    return paragraphs;
  }
}
