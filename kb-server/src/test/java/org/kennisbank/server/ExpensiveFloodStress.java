package org.kennisbank.server;

import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.kennisbank.core.KnowledgeBase;
import org.kennisbank.core.SearchRequest;
import org.kennisbank.server.http.ExpensiveSearches;
import org.kennisbank.server.http.RateLimiter;
import org.kennisbank.server.storage.DatabaseConfig;
import org.kennisbank.server.storage.Storage;

/**
 * A bounded stress run on loopback: many clients search ordinary queries, ask the chatbot and poll
 * {@code /health}, and writers link answers to contacts through the agent API, while a flood of
 * expensive queries (sixteen random 30-letter words) runs. It prints the latencies of the cheap
 * requests and the answers of all, and checks afterwards that every acknowledged write is in the
 * database (reopened from its file) and that the index answers as before the flood. Not a test (Surefire does not run it);
 * figures only. The rate limit is off, since every client here shares one address: what is shown
 * is the limit on expensive searches alone.
 *
 * <pre>{@code
 * mvn -B -o -q test-compile && cd kb-server
 * mvn -B -o -q dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp "target/test-classes:target/classes:$(cat /tmp/cp.txt)" org.kennisbank.server.ExpensiveFloodStress [seconds] [flooders] [permits]
 * }</pre>
 */
public final class ExpensiveFloodStress {

  private static final String TOKEN = "stress-agent-token";
  private static final List<String> LINKED = List.of("paspoort", "rijbewijs", "parkeervergunning", "hondenbelasting",
      "afvalinzameling-grofvuil", "identiteitskaart");
  private static final List<String> QUESTIONS = List.of("wat kost een paspoort", "hoe lang is mijn rijbewijs geldig",
      "waar meld ik een kapotte lantaarnpaal", "kan ik mijn grofvuil laten ophalen", "hallo", "ik word thuis geslagen");
  private static final List<String> CHEAP = List.of("paspoort", "paspoort verlengen", "kliko kapot", "uittreksel gba",
      "parkeervergunning", "rijbewijs verlopen", "hondenbelasting", "grofvuil ophalen", "verhuizing doorgeven",
      "id kaart kind", "bijstand aanvragen", "hoe lang duurt een paspoort");

  private ExpensiveFloodStress() {}

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int flooders = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    int permits = args.length > 2 ? Integer.parseInt(args[2]) : ExpensiveSearches.Limit.DEFAULT.permits();
    int cheapClients = 8;
    int writers = 4;
    int chatClients = 2;
    Path database = Files.createTempFile("kb-stress", ".db");
    try (KnowledgeBase kb = KnowledgeBase.openBundled()) {
      ServerConfig config = ServerConfig.forTest(TOKEN).withRateLimit(RateLimiter.Rate.OFF)
          .withExpensiveSearches(new ExpensiveSearches.Limit(permits, ExpensiveSearches.Limit.DEFAULT.expensiveFrom(),
              ExpensiveSearches.Limit.DEFAULT.maxWait()))
          .withDatabase(DatabaseConfig.sqlite(database));
      List<String> before = ranking(kb);
      Javalin app = KbServer.create(kb, config).start();
      String base = "http://127.0.0.1:" + app.port();
      HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(16)).build();
      warmUp(client, base);
      long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
      Map<Integer, AtomicInteger> floodStatus = new ConcurrentHashMap<>();
      Map<Integer, AtomicInteger> cheapStatus = new ConcurrentHashMap<>();
      List<Double> cheapMillis = Collections.synchronizedList(new ArrayList<>());
      List<Double> healthMillis = Collections.synchronizedList(new ArrayList<>());
      List<Double> chatMillis = Collections.synchronizedList(new ArrayList<>());
      List<Double> writeMillis = Collections.synchronizedList(new ArrayList<>());
      Map<String, AtomicInteger> acknowledged = new ConcurrentHashMap<>();
      AtomicLong unique = new AtomicLong();
      ExecutorService threads = Executors.newFixedThreadPool(flooders + cheapClients + writers + chatClients + 1);
      for (int i = 0; i < flooders; i++) {
        Random random = new Random(i);
        threads.submit(() -> {
          while (System.nanoTime() < end) {
            count(floodStatus, status(client, base + "/api/search?q=" + encode(attack(random))));
          }
          return null;
        });
      }
      Thread.sleep(1000);
      for (int i = 0; i < cheapClients; i++) {
        int offset = i;
        threads.submit(() -> {
          for (int n = offset; System.nanoTime() < end; n++) {
            // A new word each time, so the result cache never answers.
            String query = CHEAP.get(n % CHEAP.size()) + " " + unique.incrementAndGet();
            long start = System.nanoTime();
            count(cheapStatus, status(client, base + "/api/search?q=" + encode(query)));
            cheapMillis.add((System.nanoTime() - start) / 1e6);
            Thread.sleep(20);
          }
          return null;
        });
      }
      for (int i = 0; i < writers; i++) {
        int offset = i;
        threads.submit(() -> {
          for (int n = offset; System.nanoTime() < end; n++) {
            String article = LINKED.get(n % LINKED.size());
            long start = System.nanoTime();
            int status = post(client, base + "/api/agent/links",
                "{\"articleId\":\"" + article + "\",\"channel\":\"phone\"}");
            writeMillis.add((System.nanoTime() - start) / 1e6);
            count(cheapStatus, status == 201 ? 200 : status);
            if (status == 201) {
              acknowledged.computeIfAbsent(article, key -> new AtomicInteger()).incrementAndGet();
            }
            Thread.sleep(10);
          }
          return null;
        });
      }
      for (int i = 0; i < chatClients; i++) {
        int offset = i;
        threads.submit(() -> {
          for (int n = offset; System.nanoTime() < end; n++) {
            long start = System.nanoTime();
            count(cheapStatus, post(client, base + "/api/chat/answer",
                "{\"question\":\"" + QUESTIONS.get(n % QUESTIONS.size()) + "\"}"));
            chatMillis.add((System.nanoTime() - start) / 1e6);
            Thread.sleep(50);
          }
          return null;
        });
      }
      threads.submit(() -> {
        while (System.nanoTime() < end) {
          long start = System.nanoTime();
          count(cheapStatus, status(client, base + "/health"));
          healthMillis.add((System.nanoTime() - start) / 1e6);
          Thread.sleep(50);
        }
        return null;
      });
      threads.shutdown();
      threads.awaitTermination(seconds + 60L, java.util.concurrent.TimeUnit.SECONDS);
      app.stop();
      System.out.printf("%d s, %d flooding clients, %d cheap clients, %d expensive at once, %d cores, load %.1f%n", seconds,
          flooders, cheapClients, permits, Runtime.getRuntime().availableProcessors(),
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      System.out.printf("cheap searches: %d, p50 %.1f ms, p99 %.1f ms, max %.1f ms; statuses %s%n", cheapMillis.size(),
          percentile(cheapMillis, 50), percentile(cheapMillis, 99), percentile(cheapMillis, 100), cheapStatus);
      System.out.printf("/health: %d, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", healthMillis.size(),
          percentile(healthMillis, 50), percentile(healthMillis, 99), percentile(healthMillis, 100));
      System.out.printf("chat answers: %d, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", chatMillis.size(),
          percentile(chatMillis, 50), percentile(chatMillis, 99), percentile(chatMillis, 100));
      System.out.printf("contact links written: %d, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", writeMillis.size(),
          percentile(writeMillis, 50), percentile(writeMillis, 99), percentile(writeMillis, 100));
      System.out.printf("expensive flood: statuses %s%n", floodStatus);
      boolean nothingLost = nothingLost(database, acknowledged);
      boolean indexConsistent = ranking(kb).equals(before);
      System.out.printf("stored: every acknowledged link %s; index after the flood %s%n",
          nothingLost ? "is in the database" : "NOT in the database", indexConsistent ? "ranks as before" : "CHANGED");
      // Latencies are figures on a noisy machine; what must hold is that every cheap request,
      // write, chat question and health check was answered, that the flood got nothing worse than
      // a 503, that no acknowledged write was lost and that the index is as it was.
      boolean cheapAllAnswered = cheapStatus.keySet().stream().allMatch(status -> status == 200);
      boolean floodRefusedCleanly = floodStatus.keySet().stream().allMatch(status -> status == 200 || status == 503);
      boolean ok = cheapAllAnswered && floodRefusedCleanly && nothingLost && indexConsistent;
      System.out.println(ok ? "stress: ok" : "stress: FAILED");
      System.exit(ok ? 0 : 1);
    } finally {
      Files.deleteIfExists(database);
    }
  }

  /** Whether the database, opened again from its file, holds at least every acknowledged link per article. */
  private static boolean nothingLost(Path database, Map<String, AtomicInteger> acknowledged) {
    try (Storage storage = Storage.open(DatabaseConfig.sqlite(database))) {
      boolean complete = true;
      for (Map.Entry<String, AtomicInteger> entry : acknowledged.entrySet()) {
        int stored = storage.links().byArticle(entry.getKey(), Integer.MAX_VALUE).size();
        if (stored < entry.getValue().get()) {
          System.out.printf("lost: %s acknowledged %d, stored %d%n", entry.getKey(), entry.getValue().get(), stored);
          complete = false;
        }
      }
      return complete;
    }
  }

  /** The top ids of every cheap query, to compare the index before and after the flood. */
  private static List<String> ranking(KnowledgeBase kb) {
    List<String> ids = new ArrayList<>();
    for (String query : CHEAP) {
      kb.search(SearchRequest.of(query)).hits().stream().limit(5).forEach(hit -> ids.add(hit.id()));
    }
    return ids;
  }

  private static int post(HttpClient client, String url, String json) {
    try {
      return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
          .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
          .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception e) {
      return -1;
    }
  }

  private static void warmUp(HttpClient client, String base) {
    Random random = new Random(-1);
    for (int i = 0; i < 100; i++) {
      status(client, base + "/api/search?q=" + encode(CHEAP.get(i % CHEAP.size()) + " w" + i));
      if (i % 5 == 0) {
        status(client, base + "/api/search?q=" + encode(attack(random)));
      }
    }
  }

  private static String attack(Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      for (int j = 0; j < 30; j++) {
        text.append((char) ('a' + random.nextInt(26)));
      }
      text.append(' ');
    }
    return text.toString().strip();
  }

  private static int status(HttpClient client, String url) {
    try {
      return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception e) {
      return -1;
    }
  }

  private static void count(Map<Integer, AtomicInteger> statuses, int status) {
    statuses.computeIfAbsent(status, key -> new AtomicInteger()).incrementAndGet();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static double percentile(List<Double> values, int percent) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }
}
