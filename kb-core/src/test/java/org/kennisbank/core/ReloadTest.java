package org.kennisbank.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReloadTest {

  /** A new article: the parking permit under another id and title. */
  private static String article(Path content, String id, String title) throws IOException {
    return Files.readString(content.resolve("articles/products/parkeervergunning.md"))
        .replace("id: parkeervergunning", "id: " + id)
        .replace("title: Parkeervergunning", "title: " + title);
  }

  @Test
  void reload_returns_added_changed_and_removed_ids_and_a_new_revision(@TempDir Path dir) throws IOException {
    Path content = Fixture.copyTo(dir);
    try (KnowledgeBase kb = KnowledgeBase.open(content, Fixture.TODAY)) {
      assertThat(kb.revision()).isEqualTo(1);
      Files.writeString(content.resolve("articles/products/hondenbelasting.md"), article(content, "hondenbelasting", "Hondenbelasting"));
      Files.delete(content.resolve("articles/products/identiteitskaart.md"));
      Path paspoort = content.resolve("articles/products/paspoort.md");
      Files.writeString(paspoort, Files.readString(paspoort).replace("10 jaar geldig", "tien jaar geldig"));

      ContentChange change = kb.reload();

      // The best bet for "reizen" loses identiteitskaart, so best bets changed too.
      assertThat(change).isEqualTo(new ContentChange(2, List.of("hondenbelasting"), List.of("paspoort"), List.of("identiteitskaart"), false, true));
      assertThat(kb.revision()).isEqualTo(2);
    }
  }

  @Test
  void reload_without_changes_keeps_the_revision_and_calls_no_listener(@TempDir Path dir) {
    Path content = Fixture.copyTo(dir);
    try (KnowledgeBase kb = KnowledgeBase.open(content, Fixture.TODAY)) {
      List<ContentChange> seen = new ArrayList<>();
      kb.onChange(seen::add);

      ContentChange change = kb.reload();

      assertThat(change.isEmpty()).isTrue();
      assertThat(change.revision()).isEqualTo(1);
      assertThat(seen).isEmpty();
    }
  }

  @Test
  void a_changed_synonym_file_is_reported_and_changes_no_article(@TempDir Path dir) throws IOException {
    Path content = Fixture.copyTo(dir);
    try (KnowledgeBase kb = KnowledgeBase.open(content, Fixture.TODAY)) {
      Files.writeString(content.resolve("synonyms.txt"), "reisdocumentje => paspoort\n", StandardOpenOption.APPEND);

      assertThat(kb.reload()).isEqualTo(new ContentChange(2, List.of(), List.of(), List.of(), true, false));
    }
  }

  @Test
  void listeners_are_called_after_the_swap_and_see_the_new_content(@TempDir Path dir) throws IOException {
    Path content = Fixture.copyTo(dir);
    try (KnowledgeBase kb = KnowledgeBase.open(content, Fixture.TODAY)) {
      List<String> seen = new ArrayList<>();
      kb.onChange(change -> seen.add(change.revision() + " " + kb.revision() + " " + kb.search("hondenbelasting").ids()));
      Files.writeString(content.resolve("articles/products/hondenbelasting.md"), article(content, "hondenbelasting", "Hondenbelasting"));

      kb.reload();

      assertThat(seen).containsExactly("2 2 [hondenbelasting]");
    }
  }

  @Test
  void a_throwing_listener_is_logged_and_neither_the_reload_nor_other_listeners_stop(@TempDir Path dir) throws IOException {
    Path content = Fixture.copyTo(dir);
    try (KnowledgeBase kb = KnowledgeBase.open(content, Fixture.TODAY)) {
      List<Long> seen = new ArrayList<>();
      kb.onChange(change -> {
        throw new IllegalStateException("listener broke");
      });
      kb.onChange(change -> seen.add(change.revision()));
      Files.writeString(content.resolve("articles/products/hondenbelasting.md"), article(content, "hondenbelasting", "Hondenbelasting"));

      ContentChange change = kb.reload();

      assertThat(change.added()).containsExactly("hondenbelasting");
      assertThat(seen).containsExactly(2L);
      assertThat(kb.search("hondenbelasting").ids()).containsExactly("hondenbelasting");
    }
  }

  @Test
  void a_closed_subscription_is_not_called_again(@TempDir Path dir) throws IOException {
    Path content = Fixture.copyTo(dir);
    try (KnowledgeBase kb = KnowledgeBase.open(content, Fixture.TODAY)) {
      List<Long> seen = new ArrayList<>();
      Subscription subscription = kb.onChange(change -> seen.add(change.revision()));
      Files.writeString(content.resolve("articles/products/hondenbelasting.md"), article(content, "hondenbelasting", "Hondenbelasting"));
      kb.reload();

      subscription.close();
      subscription.close();
      Files.delete(content.resolve("articles/products/hondenbelasting.md"));
      kb.reload();

      assertThat(seen).containsExactly(2L);
    }
  }

  @Test
  void reload_of_named_files_reads_only_those(@TempDir Path dir) throws IOException {
    Path content = Fixture.copyTo(dir);
    try (KnowledgeBase kb = KnowledgeBase.open(content, Fixture.TODAY)) {
      Files.writeString(content.resolve("articles/products/hondenbelasting.md"), article(content, "hondenbelasting", "Hondenbelasting"));
      Files.writeString(content.resolve("articles/products/kattenbelasting.md"), article(content, "kattenbelasting", "Kattenbelasting"));
      Files.delete(content.resolve("articles/products/paspoort.md"));

      ContentChange change = kb.reload(Set.of(Path.of("articles/products/hondenbelasting.md"),
          content.resolve("articles/products/paspoort.md")));

      assertThat(change.added()).containsExactly("hondenbelasting");
      assertThat(change.removed()).containsExactly("paspoort");
      assertThat(kb.article("kattenbelasting")).isEmpty();
      assertThat(kb.reload().added()).containsExactly("kattenbelasting");
    }
  }

  @Test
  void reload_of_named_files_rereads_synonyms_and_ignores_other_files(@TempDir Path dir) throws IOException {
    Path content = Fixture.copyTo(dir);
    try (KnowledgeBase kb = KnowledgeBase.open(content, Fixture.TODAY)) {
      Files.writeString(content.resolve("synonyms.txt"), "reisdocumentje => paspoort\n", StandardOpenOption.APPEND);
      Files.writeString(content.resolve("articles/notities.txt"), "geen artikel");

      ContentChange change = kb.reload(List.of(Path.of("synonyms.txt"), Path.of("articles/notities.txt")));

      assertThat(change.synonymsChanged()).isTrue();
      assertThat(kb.problems()).isEmpty();
      assertThat(kb.search("reisdocumentje").ids()).first().isEqualTo("paspoort");
    }
  }

  @Test
  void reload_of_a_file_outside_the_content_is_refused(@TempDir Path dir) {
    Path content = Fixture.copyTo(dir.resolve("content"));
    try (KnowledgeBase kb = KnowledgeBase.open(content, Fixture.TODAY)) {
      assertThatThrownBy(() -> kb.reload(Set.of(Path.of("../elders.md"))))
          .isInstanceOf(ContentException.class).hasMessageContaining("outside the content directory");
    }
  }

  @Test
  void a_rewrite_of_the_same_size_is_seen(@TempDir Path dir) throws IOException {
    Path content = Fixture.copyTo(dir);
    try (KnowledgeBase kb = KnowledgeBase.open(content, Fixture.TODAY)) {
      Path paspoort = content.resolve("articles/products/paspoort.md");
      java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(paspoort);
      Files.writeString(paspoort, Files.readString(paspoort).replace("10 jaar", "12 jaar"));
      Files.setLastModifiedTime(paspoort, time);

      assertThat(kb.reload().changed()).containsExactly("paspoort");
      assertThat(kb.article("paspoort").orElseThrow().summary()).contains("12 jaar");
    }
  }

  @Test
  void synonyms_that_no_longer_parse_fail_the_reload_and_keep_the_content(@TempDir Path dir) throws IOException {
    Path content = Fixture.copyTo(dir);
    try (KnowledgeBase kb = KnowledgeBase.open(content, Fixture.TODAY)) {
      SearchResult before = kb.search("identiteitsbewijs");
      Files.writeString(content.resolve("synonyms.txt"), "a => b => c\n", StandardOpenOption.APPEND);

      assertThatThrownBy(kb::reload).isInstanceOf(ContentException.class);

      assertThat(kb.revision()).isEqualTo(1);
      assertThat(kb.search("identiteitsbewijs")).isEqualTo(before);
    }
  }
}
