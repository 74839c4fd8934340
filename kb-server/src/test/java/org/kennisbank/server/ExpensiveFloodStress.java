package org.kennisbank.server;

import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.kennisbank.server.http.ExpensiveSearches;
import org.kennisbank.server.http.RateLimiter;

/**
 * A bounded stress run on loopback: many clients search ordinary queries and poll {@code /health}
 * while a flood of expensive queries (sixteen random 30-letter words) runs, and prints the
 * latencies of the cheap requests and the answers of both. Not a test (Surefire does not run it);
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

  private static final List<String> CHEAP = List.of("paspoort", "paspoort verlengen", "kliko kapot", "uittreksel gba",
      "parkeervergunning", "rijbewijs verlopen", "hondenbelasting", "grofvuil ophalen", "verhuizing doorgeven",
      "id kaart kind", "bijstand aanvragen", "hoe lang duurt een paspoort");

  private ExpensiveFloodStress() {}

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int flooders = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    int permits = args.length > 2 ? Integer.parseInt(args[2]) : ExpensiveSearches.Limit.DEFAULT.permits();
    int cheapClients = 8;
    try (KnowledgeBase kb = KnowledgeBase.openBundled()) {
      ServerConfig config = ServerConfig.forTest(null).withRateLimit(RateLimiter.Rate.OFF)
          .withExpensiveSearches(new ExpensiveSearches.Limit(permits, ExpensiveSearches.Limit.DEFAULT.expensiveFrom(),
              ExpensiveSearches.Limit.DEFAULT.maxWait()));
      Javalin app = KbServer.create(kb, config).start();
      String base = "http://127.0.0.1:" + app.port();
      HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(16)).build();
      warmUp(client, base);
      long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
      Map<Integer, AtomicInteger> floodStatus = new ConcurrentHashMap<>();
      Map<Integer, AtomicInteger> cheapStatus = new ConcurrentHashMap<>();
      List<Double> cheapMillis = Collections.synchronizedList(new ArrayList<>());
      List<Double> healthMillis = Collections.synchronizedList(new ArrayList<>());
      AtomicLong unique = new AtomicLong();
      ExecutorService threads = Executors.newFixedThreadPool(flooders + cheapClients + 1);
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
      System.out.printf("expensive flood: statuses %s%n", floodStatus);
      // Latencies are figures on a noisy machine; what must hold is that every cheap request and
      // every health check was answered, and that the flood got nothing worse than a 503.
      boolean cheapAllAnswered = cheapStatus.keySet().stream().allMatch(status -> status == 200);
      boolean floodRefusedCleanly = floodStatus.keySet().stream().allMatch(status -> status == 200 || status == 503);
      System.out.println(cheapAllAnswered && floodRefusedCleanly ? "stress: ok" : "stress: FAILED");
      System.exit(cheapAllAnswered && floodRefusedCleanly ? 0 : 1);
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
