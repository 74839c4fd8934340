package org.kennisbank.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.kennisbank.core.Article;
import org.kennisbank.core.Channel;
import org.kennisbank.core.Theme;
import org.kennisbank.server.ResponseRules.Group;

/**
 * Generated hostile input per surface (issue 12, "prove it") against a real server over the
 * bundled content: query text on every query endpoint, every parameter, every path parameter.
 * Every answer must pass {@link ResponseRules}: a 2xx or a clear 4xx in its route group's shape,
 * no 5xx, no hang, no trace, no reflected markup.
 *
 * <p>Runs {@value #DEFAULT_CASES} cases per surface from seed {@value #DEFAULT_SEED}; run more
 * with {@code -DKB_CASES=20000 -DKB_SEED=7} (or the environment variables of the same names).
 */
class HostileInputTest {

  static final long DEFAULT_SEED = 20261204L;
  static final int DEFAULT_CASES = 1200;

  private static final TestServer server = TestServer.bundled();
  private static final HostileClient client = new HostileClient(server.port());
  private static final String[] AGENT = {"Authorization", "Bearer " + TestServer.TOKEN};

  private final long seed = Setting.seed(DEFAULT_SEED);
  private final int cases = Setting.cases(DEFAULT_CASES);

  /** One generated request: where it goes, its group, and whether it carries the agent token. */
  private record Request(String target, Group group, boolean agent) {}

  @Test
  void query_text_on_every_query_endpoint_gets_a_clear_answer() throws Exception {
    HostileText text = new HostileText(seed);
    List<String> endpoints = List.of("/api/search", "/api/suggest", "/api/agent/search", "/zoeken");
    run("query text", () -> {
      String endpoint = text.pick(endpoints);
      String query = text.encoded(text.random().nextInt(50) == 0 ? text.longRun() : text.text(), false);
      String typing = text.random().nextInt(4) == 0 ? "&typing=true" : "";
      return new Request(endpoint + "?q=" + query + typing, group(endpoint), text.random().nextInt(10) > 0);
    });
  }

  @Test
  void every_parameter_with_odd_values_gets_a_clear_answer() throws Exception {
    HostileText text = new HostileText(seed + 1);
    List<String> searchEndpoints = List.of("/api/search", "/api/agent/search", "/zoeken");
    List<String> searchParameters = List.of("page", "size", "typing", "theme", "type", "audience", "q");
    run("parameters", () -> {
      boolean suggest = text.random().nextInt(5) == 0;
      String endpoint = suggest ? "/api/suggest" : text.pick(searchEndpoints);
      String parameter = suggest ? text.pick(List.of("limit", "q")) : text.pick(searchParameters);
      StringBuilder target = new StringBuilder(endpoint).append("?q=paspoort");
      int times = text.random().nextInt(6) == 0 ? 2 + text.below(4) : 1;
      for (int i = 0; i < times; i++) {
        target.append(text.random().nextInt(8) == 0 ? "&amp;" : "&").append(parameter).append('=')
            .append(text.encoded(value(text, parameter), false));
      }
      return new Request(target.toString(), group(endpoint), text.random().nextBoolean());
    });
  }

  @Test
  void every_path_parameter_gets_a_clear_answer() throws Exception {
    HostileText text = new HostileText(seed + 2);
    List<String> ids = server.kb().articles(Channel.PUBLIC).stream().map(Article::id).toList();
    List<String> themes = Theme.ids();
    List<String> routes = List.of("/api/articles/", "/artikelen/", "/themas/", "/api/agent/articles/");
    run("path parameters", () -> {
      String route = text.pick(routes);
      String id = switch (text.below(6)) {
        case 0 -> text.pick(route.equals("/themas/") ? themes : ids);
        case 1 -> text.mutated(text.pick(ids));
        case 2 -> text.pick(ids) + text.pick(List.of("/", "//", "/..", "/../../etc/passwd", ";x=1", "?", "#", ".json", "%00", "%2F"));
        case 3 -> text.pick(List.of("..", ".", "...", "%2e%2e", "%2e%2e%2f%2e%2e", "..%2F..%2Fetc%2Fpasswd", "%252e%252e",
            "..\\..\\", "~", "", "%20", "con", "nul", "index.html", "WEB-INF/web.xml", "%c0%ae%c0%ae"));
        default -> text.text();
      };
      String segment = text.encoded(id, true);
      return new Request(route + segment, group(route), text.random().nextInt(10) > 0);
    });
  }

  /** A value for a parameter: sometimes a good one, mostly an odd one. */
  private static String value(HostileText text, String parameter) {
    List<String> numbers = List.of("0", "-1", "1", "2", "20", "21", "50", "51", "100", "101", "1000", "1001",
        "2147483647", "2147483648", "-2147483649", "9223372036854775808", "99999999999999999999", "1e3", "0x10",
        "1.5", "1,5", "01", "0001", "+1", "--1", "1 2", "", " ", "١", "٣", "۵", "１", "１０", "१", "߂", "Ⅲ", "NaN",
        "Infinity", "null", "true", "1".repeat(5000), " 3", "3\t", "\u00a03", "3\u200b");
    List<String> good = switch (parameter) {
      case "typing" -> List.of("true", "false", "1", "0", "yes", "no", "TRUE", "True", "on", "off", "y");
      case "theme" -> Theme.ids();
      case "type" -> List.of("product", "theme", "faq", "PRODUCT", "Faq");
      case "audience" -> List.of("particulier", "ondernemer", "Particulier");
      case "q" -> List.of("paspoort", "");
      default -> numbers;
    };
    return switch (text.below(6)) {
      case 0, 1 -> text.pick(good);
      case 2 -> text.pick(numbers);
      case 3 -> String.join(text.pick(List.of(",", ", ", ",,", " ,")), text.pick(good), text.pick(good), text.text());
      case 4 -> text.random().nextInt(10) == 0 ? text.longRun() : text.codePoints(1 + text.below(10));
      default -> text.text();
    };
  }

  private static Group group(String path) {
    return path.startsWith("/api/") ? Group.API : Group.SITE;
  }

  /** Sends the generated requests, checks every answer, prints the count per status and fails with the first failures. */
  private void run(String surface, Supplier<Request> requests) throws Exception {
    Map<Integer, Integer> statuses = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    int raw = 0;
    long start = System.nanoTime();
    for (int i = 0; i < cases && failures.size() < 5; i++) {
      Request request = requests.get();
      try {
        HostileClient.Answer answer = request.agent() ? client.get(request.target(), AGENT) : client.get(request.target());
        statuses.merge(answer.status(), 1, Integer::sum);
        raw += answer.raw() ? 1 : 0;
        ResponseRules.check(request.group(), answer).ifPresent(failure ->
            failures.add(failure + "\n  request: GET " + ResponseRules.abbreviate(request.target())));
      } catch (Exception e) {
        failures.add(e + "\n  request: GET " + ResponseRules.abbreviate(request.target()));
      }
    }
    System.out.printf("hostile %s: %d inputs (seed %d, %d raw over a socket) in %d ms; statuses %s; %d failures%n",
        surface, cases, seed, raw, (System.nanoTime() - start) / 1_000_000, statuses, failures.size());
    assertThat(failures).as("failures with seed %d", seed).isEmpty();
  }
}
