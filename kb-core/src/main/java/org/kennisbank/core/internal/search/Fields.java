package org.kennisbank.core.internal.search;

/** The names of the index fields, in one place. */
final class Fields {
  static final String ID = "id";
  static final String TYPE = "type";
  static final String THEME = "theme";
  static final String AUDIENCE = "audience";
  static final String TITLE = "title";
  static final String TITLE_EXACT = "title_exact";
  static final String KEYWORDS = "keywords";
  static final String SUMMARY = "summary";
  static final String QUESTIONS = "questions";
  static final String BODY = "body";
  static final String INTERNAL = "internal";
  static final String PARTS = "parts";
  static final String ALL = "all";
  static final String JOINED = "joined";
  static final String SPELL = "spell";
  static final String TYPE_WEIGHT = "type_weight";
  static final String LIVE_FROM = "live_from";
  static final String LIVE_UNTIL = "live_until";

  private Fields() {}
}
