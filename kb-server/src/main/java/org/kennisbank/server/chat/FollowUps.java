package org.kennisbank.server.chat;

import java.util.Set;

/**
 * Whether a message leans on what was said before: it opens with a joining word ("en wat kost
 * dat?", "ook voor een kind?", "maar als ..."), or it is short and points back with a pronoun or
 * a demonstrative ("wat kost dat", "dat formulier", "zelfde als vorige keer"). In a conversation
 * with a topic such a message is answered against that topic; without one it is unclear. Stateless.
 */
final class FollowUps {

  private static final Set<String> OPENERS = Set.of("en", "ook", "maar", "dus", "plus");
  private static final Set<String> POINTERS = Set.of("dat", "dit", "die", "deze", "het", "daar", "daarvoor", "daarvan",
      "hij", "zij", "ze", "hem", "zelfde", "dezelfde", "vorige", "ervoor", "erbij", "ding");
  /** Messages of at most this many words can lean on a pronoun alone. */
  private static final int SHORT = 6;

  private FollowUps() {}

  static boolean isFollowUp(MessageText text) {
    if (text.isEmpty()) {
      return false;
    }
    if (OPENERS.contains(text.words().get(0))) {
      return true;
    }
    return text.words().size() <= SHORT && text.words().stream().anyMatch(POINTERS::contains)
        && (POINTERS.contains(text.words().get(0)) || text.words().size() <= 4);
  }
}
