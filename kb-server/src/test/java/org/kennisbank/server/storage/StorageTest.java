package org.kennisbank.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The repositories on every configured database (SQLite always, PostgreSQL with
 * {@code KB_TEST_POSTGRES_URL}): the same class, the same cases. Each case uses accounts and
 * articles of its own, so cases can share one PostgreSQL database across runs.
 */
class StorageTest {

  private static final Instant T0 = Instant.parse("2026-12-04T09:00:00Z");

  static List<DatabaseConfig> databases() throws Exception {
    return Databases.all();
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void links_are_listed_by_account_and_by_article_newest_first(DatabaseConfig database) {
    String account = unique("agent");
    String article = unique("artikel");
    try (Storage storage = Storage.open(database)) {
      ContactLink first = new ContactLink(Ids.newId(), T0, ContactChannel.PHONE, article, Optional.of("Kosten"), account);
      ContactLink second = new ContactLink(Ids.newId(), T0.plusSeconds(60), ContactChannel.CHAT, article, Optional.empty(), account);
      storage.links().add(first);
      storage.links().add(second);

      assertThat(storage.links().byAccount(account, 10)).containsExactly(second, first);
      assertThat(storage.links().byArticle(article, 1)).containsExactly(second);
      assertThat(storage.links().byAccount(unique("other"), 10)).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void feedback_and_missing_reports_keep_every_field_and_change_status(DatabaseConfig database) {
    String account = unique("agent");
    try (Storage storage = Storage.open(database)) {
      FeedbackItem feedback = FeedbackItem.feedback(T0, account, unique("artikel"), Optional.of("Kosten"), FeedbackKind.OUTDATED,
          "Prijs klopt niet meer — € 84,70");
      FeedbackItem missing = FeedbackItem.missing(T0.plusSeconds(1), account, "hondenbelasting kwijtschelding", "");
      storage.feedback().add(feedback);
      storage.feedback().add(missing);

      assertThat(storage.feedback().find(feedback.id())).hasValue(feedback);
      assertThat(storage.feedback().byAccount(account, 10)).containsExactly(missing, feedback);
      assertThat(storage.feedback().byStatus(FeedbackStatus.NEW, 100_000)).contains(feedback, missing);

      Instant later = T0.plus(1, ChronoUnit.HOURS);
      Optional<FeedbackItem> changed = storage.feedback().changeStatus(feedback.id(), FeedbackStatus.DONE, later, "eva");
      assertThat(changed).hasValue(feedback.withStatus(FeedbackStatus.DONE, later, "eva"));
      assertThat(storage.feedback().byStatus(FeedbackStatus.DONE, 100_000)).contains(changed.get());
      assertThat(storage.feedback().byStatus(FeedbackStatus.NEW, 100_000)).doesNotContain(feedback);
      assertThat(storage.feedback().changeStatus(Ids.newId(), FeedbackStatus.DONE, later, "eva")).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void current_messages_come_important_first_then_newest_and_read_marks_are_per_account(DatabaseConfig database) {
    String author = unique("eva");
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    try (Storage storage = Storage.open(database)) {
      Message old = message("Oud", false, now.minus(2, ChronoUnit.DAYS), Optional.empty(), author);
      Message recent = message("Recent", false, now.minus(1, ChronoUnit.HOURS), Optional.empty(), author);
      Message pinned = message("Storing", true, now.minus(3, ChronoUnit.DAYS), Optional.of(now.plus(1, ChronoUnit.DAYS)), author);
      Message expired = message("Verlopen", true, now.minus(3, ChronoUnit.DAYS), Optional.of(now.minusSeconds(1)), author);
      Message future = message("Straks", true, now.plusSeconds(3600), Optional.empty(), author);
      List.of(old, recent, pinned, expired, future).forEach(storage.messages()::add);

      List<Message> current = storage.messages().current(now).stream().filter(m -> m.createdBy().equals(author)).toList();
      assertThat(current).containsExactly(pinned, recent, old);
      assertThat(storage.messages().find(future.id())).hasValue(future);

      String reader = unique("anna");
      storage.messages().markRead(pinned.id(), reader, now);
      storage.messages().markRead(pinned.id(), reader, now.plusSeconds(5));
      assertThat(storage.messages().readBy(reader)).containsExactly(pinned.id());
      assertThat(storage.messages().readBy(unique("other"))).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void what_was_written_is_there_after_the_database_is_opened_again(DatabaseConfig database) {
    String account = unique("agent");
    FeedbackItem item = FeedbackItem.missing(T0, account, "parkeervergunning bezoekers", "nothing lost");
    try (Storage storage = Storage.open(database)) {
      storage.feedback().add(item);
    }
    try (Storage reopened = Storage.open(database)) {
      assertThat(reopened.feedback().byAccount(account, 10)).containsExactly(item);
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void opening_twice_migrates_once(DatabaseConfig database) {
    try (Storage first = Storage.open(database); Storage second = Storage.open(database)) {
      assertThat(second.description()).isEqualTo(first.description());
    }
  }

  @org.junit.jupiter.api.Test
  void records_refuse_text_longer_than_its_column() {
    assertThatThrownBy(() -> FeedbackItem.missing(T0, "anna", "q".repeat(Limits.QUERY + 1), ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("query");
    assertThatThrownBy(() -> FeedbackItem.feedback(T0, "anna", "paspoort", Optional.empty(), FeedbackKind.UNCLEAR,
        "r".repeat(Limits.REMARK + 1))).hasMessageContaining("remark");
    assertThatThrownBy(() -> new ContactLink("not-an-id", T0, ContactChannel.DESK, "paspoort", Optional.empty(), "anna"))
        .hasMessageContaining("id");
  }

  private static Message message(String title, boolean important, Instant from, Optional<Instant> until, String author) {
    return new Message(Ids.newId(), title, "Tekst: " + title, important, from, until, author, from);
  }
}
