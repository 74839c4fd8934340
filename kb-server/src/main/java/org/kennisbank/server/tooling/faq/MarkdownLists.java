package org.kennisbank.server.tooling.faq;

import java.util.List;

/**
 * Writes Markdown lists from their items' blocks: a {@code - } or {@code 1. } marker on the first
 * line of each item, and every further line indented to the item's text, so nested lists and
 * second paragraphs stay inside their item. Thread-safe.
 */
final class MarkdownLists {

  private MarkdownLists() {}

  /**
   * The list; items without blocks are left out and not numbered.
   *
   * @param start the number of the first item of an ordered list
   */
  static String render(List<List<MarkdownBlocks.Block>> items, boolean ordered, int start) {
    StringBuilder list = new StringBuilder();
    int number = start;
    for (List<MarkdownBlocks.Block> item : items) {
      if (item.isEmpty()) {
        continue;
      }
      String marker = ordered ? (number++) + ". " : "- ";
      String indent = " ".repeat(marker.length());
      String[] lines = itemText(item).split("\n", -1);
      list.append(list.isEmpty() ? "" : "\n").append(marker).append(lines[0]);
      for (int i = 1; i < lines.length; i++) {
        list.append('\n').append(lines[i].isEmpty() ? "" : indent + lines[i]);
      }
    }
    return list.toString();
  }

  /**
   * The blocks of one item, a blank line apart, except that a list which can interrupt text (a
   * bullet list or one starting at 1) follows text on the next line, keeping the list tight.
   */
  private static String itemText(List<MarkdownBlocks.Block> blocks) {
    StringBuilder text = new StringBuilder(blocks.get(0).markdown());
    for (int i = 1; i < blocks.size(); i++) {
      MarkdownBlocks.Block block = blocks.get(i);
      boolean tight = block.list() && !blocks.get(i - 1).list()
          && (block.markdown().startsWith("- ") || block.markdown().startsWith("1. "));
      text.append(tight ? "\n" : "\n\n").append(block.markdown());
    }
    return text.toString();
  }
}
