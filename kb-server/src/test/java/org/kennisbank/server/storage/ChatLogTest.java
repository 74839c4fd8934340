package org.kennisbank.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The chat log on every configured database (SQLite always, PostgreSQL with
 * {@code KB_TEST_POSTGRES_URL}), as {@link StorageTest} runs the other repositories. Each case
 * uses a conversation id of its own and times after every earlier run's, so cases can share one
 * PostgreSQL database.
 */
class ChatLogTest {

  static List<DatabaseConfig> databases() throws Exception {
    return Databases.all();
  }

  private static ChatLogEntry entry(String conversation, Instant at, String question, String reason, double confidence,
      Optional<String> article, Optional<String> section) {
    return new ChatLogEntry(Ids.newId(), at, conversation, question, reason, article.isEmpty(), confidence, article, section);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void entries_keep_every_field_and_come_newest_first(DatabaseConfig database) {
    String conversation = "c-" + UUID.randomUUID();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    ChatLogEntry answered = entry(conversation, now, "wat kost een paspoort", "answered", 0.812,
        Optional.of("paspoort"), Optional.of("Kosten"));
    ChatLogEntry followUp = entry(conversation, now.plusMillis(1), "en voor een kind?", "answered", 1.0,
        Optional.of("paspoort"), Optional.of("Kosten"));
    ChatLogEntry handover = entry(conversation, now.plusMillis(2), "mijn bsn is [bsn], hoe ver is mijn aanvraag",
        "personal-case", 0, Optional.empty(), Optional.empty());
    try (Storage storage = Storage.open(database)) {
      storage.chatLog().add(answered);
      storage.chatLog().add(followUp);
      storage.chatLog().add(handover);

      assertThat(storage.chatLog().newest(100_000)).filteredOn(e -> e.conversationId().equals(conversation))
          .containsExactly(handover, followUp, answered);
      assertThat(storage.chatLog().newest(1)).hasSize(1);
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void a_question_as_long_as_its_column_is_stored_whole(DatabaseConfig database) {
    String conversation = "c-" + UUID.randomUUID();
    ChatLogEntry longest = entry(conversation, Instant.now().truncatedTo(ChronoUnit.MILLIS), "é".repeat(Limits.LOGGED_QUESTION),
        "out-of-scope", 0.21, Optional.empty(), Optional.empty());
    try (Storage storage = Storage.open(database)) {
      storage.chatLog().add(longest);
      assertThat(storage.chatLog().newest(100_000)).filteredOn(e -> e.conversationId().equals(conversation))
          .containsExactly(longest);
    }
  }

  @Test
  void entries_refuse_what_their_columns_cannot_hold() {
    Instant at = Instant.parse("2026-12-04T09:00:00Z");
    assertThatThrownBy(() -> entry("c", at, "q".repeat(Limits.LOGGED_QUESTION + 1), "answered", 0.5, Optional.empty(),
        Optional.empty())).hasMessageContaining("question");
    assertThatThrownBy(() -> entry("c", at, "vraag", "answered", 1.5, Optional.empty(), Optional.empty()))
        .hasMessageContaining("confidence");
    assertThatThrownBy(() -> entry("", at, "vraag", "answered", 0.5, Optional.empty(), Optional.empty()))
        .hasMessageContaining("conversationId");
  }
}
