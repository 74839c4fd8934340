package org.kennisbank.server.storage;

import java.util.List;

/** The links between answered contacts and articles. Implementations are thread-safe; a write returns after it is committed. */
public interface ContactLinks {

  void add(ContactLink link);

  /** The account's links, newest first, at most {@code limit}. */
  List<ContactLink> byAccount(String account, int limit);

  /** The links to one article, newest first, at most {@code limit}. */
  List<ContactLink> byArticle(String articleId, int limit);
}
