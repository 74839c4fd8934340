package org.kennisbank.server.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.kennisbank.core.Channel;
import org.kennisbank.core.KnowledgeBase;
import org.kennisbank.core.SearchFilters;
import org.kennisbank.core.SearchHit;
import org.kennisbank.core.SearchRequest;
import org.kennisbank.core.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./kb search "QUERY"}: the ranking as the website or an agent would see it. */
@Command(name = "search", sortOptions = false, sortSynopsis = false,
    description = "Search from the terminal for a quick look.")
final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Parameters(paramLabel = "\"QUERY\"", arity = "1..*", description = "the words to search for")
  List<String> words;

  @Mixin ContentOption content;

  @Option(names = "--agent", order = 2, description = "search as an agent: with the internal notes")
  boolean agent;

  @Option(names = "--size", paramLabel = "N", order = 3, description = "how many hits to show, 1 to " + SearchRequest.MAX_SIZE + " (default: 5)")
  int size = 5;

  @Override
  public Integer call() {
    if (size < 1 || size > SearchRequest.MAX_SIZE) {
      throw new ParameterException(spec.commandLine(), "--size must be between 1 and " + SearchRequest.MAX_SIZE + "; got " + size);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (KnowledgeBase kb = content.open()) {
      String query = String.join(" ", words);
      long start = System.nanoTime();
      SearchResult result = kb.search(new SearchRequest(query, SearchFilters.NONE, agent ? Channel.AGENT : Channel.PUBLIC, 1, size, false));
      long micros = (System.nanoTime() - start) / 1000;
      out.println(result.total() + " result(s) for '" + query + "' in " + micros / 1000.0 + " ms"
          + (result.relaxed() ? " (relaxed: not all words matched)" : ""));
      result.didYouMean().ifPresent(suggestion -> out.println("Did you mean: " + suggestion));
      int rank = 1;
      for (SearchHit hit : result.hits()) {
        out.printf("%2d. %s  [%s, %s]%s%n", rank++, hit.title(), hit.id(), hit.type().id(), hit.bestBet() ? " (best bet)" : "");
        out.println("    " + hit.summary());
        if (!hit.internalSnippet().isEmpty()) {
          out.println("    intern: " + hit.internalSnippet().replace("<mark>", "*").replace("</mark>", "*"));
        }
      }
      return 0;
    }
  }
}
