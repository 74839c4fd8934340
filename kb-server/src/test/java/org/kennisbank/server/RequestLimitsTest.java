package org.kennisbank.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kennisbank.core.QueryCost;
import org.kennisbank.server.http.Errors;
import org.kennisbank.server.http.ExpensiveSearches;
import org.kennisbank.server.http.RateLimiter;

/** The per-client rate limit (429 + Retry-After) and the limit on expensive searches running at once. */
class RequestLimitsTest {

  private static final TestServer shared = TestServer.bundled();

  /** One token, refilled once in 1,000 s: the second request of a client is always refused. */
  private static final RateLimiter.Rate ONE_REQUEST = new RateLimiter.Rate(0.001, 1);

  @Test
  void a_client_over_its_rate_gets_429_with_retry_after_in_the_error_shape_of_the_route() throws Exception {
    ServerConfig config = ServerConfig.forTest(TestServer.TOKEN).withRateLimit(ONE_REQUEST);
    try (TestServer server = new TestServer(config, shared.kb())) {
      assertThat(server.get("/api/search?q=paspoort").status()).isEqualTo(200);

      TestServer.Response api = server.get("/api/search?q=paspoort");
      assertThat(api.status()).isEqualTo(429);
      assertThat(api.header("Retry-After")).hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 1000L));
      assertThat(api.json().get("status").asInt()).isEqualTo(429);
      assertThat(api.json().get("message").asText()).contains("too many requests");

      TestServer.Response page = server.get("/zoeken?q=paspoort");
      assertThat(page.status()).isEqualTo(429);
      assertThat(page.contentType()).startsWith("text/html");
      assertThat(page.header("Retry-After")).isPresent();
    }
  }

  @Test
  void health_and_the_agent_channel_are_not_rate_limited() throws Exception {
    ServerConfig config = ServerConfig.forTest(TestServer.TOKEN).withRateLimit(ONE_REQUEST);
    try (TestServer server = new TestServer(config, shared.kb())) {
      for (int i = 0; i < 5; i++) {
        assertThat(server.get("/health").status()).isNotEqualTo(429);
        assertThat(server.get("/api/agent/search?q=paspoort", "Authorization", "Bearer " + TestServer.TOKEN).status())
            .isEqualTo(200);
      }
    }
  }

  @Test
  void a_bucket_refills_at_its_rate() {
    long[] now = {0};
    RateLimiter limiter = new RateLimiter(new RateLimiter.Rate(2, 2), () -> now[0]);
    assertThat(limiter.take("a")).isEmpty();
    assertThat(limiter.take("a")).isEmpty();
    assertThat(limiter.take("a")).hasValue(Duration.ofMillis(500));
    assertThat(limiter.take("b")).as("another client").isEmpty();
    now[0] = Duration.ofMillis(500).toNanos();
    assertThat(limiter.take("a")).isEmpty();
  }

  @Test
  void a_cheap_search_is_answered_while_expensive_ones_hold_every_permit() throws Exception {
    ExpensiveSearches searches = new ExpensiveSearches(new ExpensiveSearches.Limit(1, 25, Duration.ZERO));
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Javalin app = Javalin.create(cfg -> {
      cfg.routes.get("/api/expensive", ctx -> ctx.result(searches.run(ctx, new QueryCost(16, 8), () -> {
        running.countDown();
        await(release);
        return "done";
      })));
      cfg.routes.get("/api/cheap", ctx -> ctx.result(searches.run(ctx, new QueryCost(2, 2), () -> "cheap")));
      new Errors((status, message) -> message).routes(cfg.routes);
    }).start("127.0.0.1", 0);
    HttpClient client = HttpClient.newHttpClient();
    try {
      String base = "http://127.0.0.1:" + app.port();
      CompletableFuture<HttpResponse<String>> held = client.sendAsync(
          HttpRequest.newBuilder(URI.create(base + "/api/expensive")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();

      HttpResponse<String> refused = client.send(HttpRequest.newBuilder(URI.create(base + "/api/expensive")).build(),
          HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> cheap = client.send(HttpRequest.newBuilder(URI.create(base + "/api/cheap")).build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(refused.statusCode()).isEqualTo(503);
      assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
      assertThat(refused.body()).contains("\"status\":503");
      assertThat(cheap.statusCode()).isEqualTo(200);
      assertThat(cheap.body()).isEqualTo("cheap");
      release.countDown();
      assertThat(held.get(30, TimeUnit.SECONDS).body()).isEqualTo("done");
      assertThat(client.send(HttpRequest.newBuilder(URI.create(base + "/api/expensive")).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode()).as("the permit is back").isEqualTo(200);
    } finally {
      release.countDown();
      app.stop();
    }
  }

  @Test
  void ordinary_queries_are_cheap_and_sixteen_long_random_words_are_expensive() {
    int expensiveFrom = ExpensiveSearches.Limit.DEFAULT.expensiveFrom();
    assertThat(shared.kb().estimateCost(org.kennisbank.core.SearchRequest.of("hoe lang duurt het aanvragen van een paspoort"))
        .units()).isLessThan(expensiveFrom);
    String attack = "qwhdkeoslapqmzncbvxhdjeksowpqa ".repeat(16).strip();
    assertThat(shared.kb().estimateCost(org.kennisbank.core.SearchRequest.of(attack)).units()).isGreaterThanOrEqualTo(expensiveFrom);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

}
