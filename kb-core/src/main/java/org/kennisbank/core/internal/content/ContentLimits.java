package org.kennisbank.core.internal.content;

/**
 * The limits one article must stay within, so that no single file can exhaust memory, time or
 * stack while the rest loads. The largest bundled article is under 7 KiB with 14 headings and
 * lists nested at most two deep; the limits leave ample room. Documented in docs/content-format.md.
 */
public final class ContentLimits {

  /**
   * The largest article file read, in bytes; a larger file is refused before it is read. Ten times
   * the largest bundled article; Flexmark's inline parser is superlinear on some hostile text
   * (64 KiB of "[x](" took 3 s), so this also bounds the time one file can cost.
   */
  public static final int MAX_ARTICLE_BYTES = 64 * 1024;
  /** The most headings ({@code ##} sections and {@code ###} parts together) in one article. */
  public static final int MAX_HEADINGS = 100;
  /**
   * How deeply Markdown may nest: each list, list item, quote, emphasis or link is one level.
   * Rendering recurses once per level, so this bounds the stack a file can take.
   */
  public static final int MAX_NESTING = 32;
  /**
   * The most characters of indentation and markup ({@code >}, {@code *}, {@code -}, {@code _},
   * {@code +}, spaces) a line may start with. Flexmark's block parser takes time quadratic in how
   * deeply quotes and lists nest (3,000 quote markers took 1.6 s), and its horizontal-rule pattern
   * recurses once per such character (300 overflowed a 256 KiB stack).
   */
  public static final int MAX_LEADING_MARKUP = 100;
  /** How deeply the front matter may nest: fields, and lists as their values. */
  public static final int MAX_YAML_NESTING = 3;

  private ContentLimits() {}
}
