package org.kennisbank.server.chat;

import java.util.List;
import java.util.Objects;

/**
 * The JSON answer of {@code POST /api/chat/answer}, field for field as the issue fixes it. The
 * article fields are {@code null} on a handover (a JSON contract, so null here and only here).
 *
 * @param answer plain text: a few sentences of the passage, or on a handover what the resident can
 *     do now (in Dutch)
 * @param section the heading of the passage the answer comes from
 */
public record ChatReply(String conversationId, boolean handover, String reason, double confidence, String articleId,
    String title, String url, String section, String answer, List<Alternative> alternatives, List<HelpLine> helpLines) {

  /** Another article that may answer. */
  public record Alternative(String articleId, String title, String url) {
    public Alternative {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(url, "url");
    }
  }

  public ChatReply {
    Objects.requireNonNull(conversationId, "conversationId");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(answer, "answer");
    alternatives = List.copyOf(alternatives);
    helpLines = List.copyOf(helpLines);
    if (alternatives.size() > 3) {
      throw new IllegalArgumentException("at most 3 alternatives; got: " + alternatives.size());
    }
  }
}
