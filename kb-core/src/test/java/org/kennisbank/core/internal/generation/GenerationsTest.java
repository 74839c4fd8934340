package org.kennisbank.core.internal.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.kennisbank.core.Fixture;
import org.kennisbank.core.KbException;
import org.kennisbank.core.SearchRequest;
import org.kennisbank.core.internal.content.ContentLoader;
import org.kennisbank.core.internal.content.LoadedContent;
import org.kennisbank.core.internal.search.ArticleIndex;
import org.junit.jupiter.api.Test;

class GenerationsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  @Test
  void a_search_in_flight_finishes_on_its_generation_which_closes_after_the_last_release() {
    LoadedContent content = new ContentLoader().load(Fixture.root());
    LoadedContent withoutPaspoort = new LoadedContent(content.origin(),
        content.articles().stream().filter(article -> !article.id().equals("paspoort")).toList(),
        content.problems(), content.synonyms(), content.bestBets(), content.popularity());
    try (ArticleIndex index = new ArticleIndex()) {
      GenerationBuilder builder = new GenerationBuilder(index);
      Generations generations = new Generations(builder.first(content));
      Generation inFlight = generations.acquire();

      GenerationBuilder.Next next = builder.next(generations.current(), withoutPaspoort).orElseThrow();
      generations.swap(next.generation());

      assertThat(next.change().removed()).containsExactly("paspoort");
      assertThat(inFlight.search(SearchRequest.of("paspoort"), TODAY).ids()).first().isEqualTo("paspoort");
      assertThat(inFlight.reader().getRefCount()).isEqualTo(1);
      inFlight.release();
      assertThat(inFlight.reader().getRefCount()).isZero();
      assertThat(inFlight.tryAcquire()).isFalse();

      Generation current = generations.acquire();
      try {
        assertThat(current.revision()).isEqualTo(2);
        assertThat(current.search(SearchRequest.of("paspoort"), TODAY).ids()).doesNotContain("paspoort");
      } finally {
        current.release();
      }
      generations.close();
      assertThatThrownBy(generations::acquire).isInstanceOf(KbException.class).hasMessage("the knowledge base is closed");
    }
  }

  @Test
  void unchanged_content_makes_no_new_generation() {
    LoadedContent content = new ContentLoader().load(Fixture.root());
    try (ArticleIndex index = new ArticleIndex()) {
      GenerationBuilder builder = new GenerationBuilder(index);
      Generation first = builder.first(content);

      assertThat(builder.next(first, new ContentLoader().load(Fixture.root()))).isEmpty();
      first.release();
    }
  }

  @Test
  void releasing_more_often_than_acquired_is_an_error() {
    try (ArticleIndex index = new ArticleIndex()) {
      Generation first = new GenerationBuilder(index).first(new ContentLoader().load(Fixture.root()));
      first.release();

      assertThatThrownBy(first::release).isInstanceOf(IllegalStateException.class)
          .hasMessage("revision 1 released more often than acquired");
    }
  }
}
