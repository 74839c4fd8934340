package org.kennisbank.server.storage;

/**
 * The longest text each column holds, in characters. The HTTP side refuses longer input with a
 * 400 naming the field; the records refuse it too, so no caller can write past a column.
 */
public final class Limits {

  public static final int ARTICLE_ID = 200;
  public static final int SECTION = 200;
  public static final int ACCOUNT = 100;
  public static final int REMARK = 2000;
  public static final int QUERY = 500;
  public static final int TITLE = 200;
  public static final int BODY = 10_000;
  /** A chat conversation id as the chat service issues it (22 URL-safe characters today). */
  public static final int CONVERSATION_ID = 64;
  /** A scrubbed chat question: the request allows 500 characters, placeholders may make it longer. */
  public static final int LOGGED_QUESTION = 1000;
  public static final int REASON = 20;

  private Limits() {}

  static void requireText(String value, String field, int max) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be empty");
    }
    if (value.length() > max) {
      throw new IllegalArgumentException(field + " must be at most " + max + " characters; got " + value.length());
    }
  }
}
