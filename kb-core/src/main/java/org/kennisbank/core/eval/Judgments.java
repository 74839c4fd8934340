package org.kennisbank.core.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.kennisbank.core.ContentException;

/**
 * Relevance judgments: queries with the articles that answer them. Read from UTF-8 TSV, one
 * {@code query<TAB>id[,id...]} per line, any listed id counting as relevant; {@code #} starts a
 * comment line.
 */
public record Judgments(String source, List<Judgment> judgments) {

  /** One query, the ids that answer it (best first) and the line it was read from. */
  public record Judgment(String query, List<String> relevant, int line) {
    public Judgment {
      Objects.requireNonNull(query, "query");
      relevant = List.copyOf(relevant);
      if (relevant.isEmpty()) {
        throw new IllegalArgumentException("a judgment needs at least one relevant id: " + query);
      }
    }
  }

  public Judgments {
    judgments = List.copyOf(judgments);
  }

  /**
   * @throws ContentException naming the file and line of the first malformed line
   */
  public static Judgments read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new ContentException("cannot read judgments " + file + ": " + e.getMessage(), e);
    }
  }

  public static Judgments parse(String text, String source) {
    List<Judgment> judgments = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new ContentException(source + ":" + (i + 1) + ": expected 'query<TAB>id[,id...]'; no tab found");
      }
      String query = line.substring(0, tab).strip();
      // Columns after the ids (such as the chat judgments' flags) are for other evaluations.
      String idColumn = line.substring(tab + 1).split("\t", -1)[0];
      List<String> ids = Arrays.stream(idColumn.split(","))
          .map(String::strip).filter(id -> !id.isEmpty()).toList();
      if (query.isEmpty() || ids.isEmpty()) {
        throw new ContentException(source + ":" + (i + 1) + ": both a query and at least one id are needed");
      }
      judgments.add(new Judgment(query, ids, i + 1));
    }
    return new Judgments(source, judgments);
  }
}
