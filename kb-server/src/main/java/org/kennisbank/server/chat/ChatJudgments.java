package org.kennisbank.server.chat;

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
 * The chatbot's judgments, read from UTF-8 TSV ({@code #} starts a comment line):
 * questions it must answer ({@code question<TAB>id[,id...]<TAB>flags}, flags empty or
 * {@code helplines}) and messages it must hand over ({@code message<TAB>reason}).
 */
public final class ChatJudgments {

  /** A question the bot must answer with one of {@code acceptable}; with help lines when {@code helpLines}. */
  public record Answerable(String question, List<String> acceptable, boolean helpLines, int line) {
    public Answerable {
      Objects.requireNonNull(question, "question");
      acceptable = List.copyOf(acceptable);
    }
  }

  /** A message the bot must hand over, for {@code reason}. */
  public record Handover(String message, ChatReason reason, int line) {
    public Handover {
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(reason, "reason");
    }
  }

  private ChatJudgments() {}

  /** @throws ContentException naming file and line of the first malformed line */
  public static List<Answerable> answerable(Path file) {
    List<Answerable> questions = new ArrayList<>();
    List<String> lines = lines(file);
    for (int i = 0; i < lines.size(); i++) {
      String[] columns = columns(lines.get(i));
      if (columns == null) {
        continue;
      }
      List<String> ids = Arrays.stream(columns.length > 1 ? columns[1].split(",") : new String[0])
          .map(String::strip).filter(id -> !id.isEmpty()).toList();
      if (columns[0].isBlank() || ids.isEmpty()) {
        throw new ContentException(file + ":" + (i + 1) + ": expected 'question<TAB>id[,id...]<TAB>flags'");
      }
      String flags = columns.length > 2 ? columns[2].strip() : "";
      if (!flags.isEmpty() && !flags.equals("helplines")) {
        throw new ContentException(file + ":" + (i + 1) + ": flags must be empty or 'helplines'; got '" + flags + "'");
      }
      questions.add(new Answerable(columns[0].strip(), ids, flags.equals("helplines"), i + 1));
    }
    return List.copyOf(questions);
  }

  /** @throws ContentException naming file and line of the first malformed line or unknown reason */
  public static List<Handover> handover(Path file) {
    List<Handover> messages = new ArrayList<>();
    List<String> lines = lines(file);
    for (int i = 0; i < lines.size(); i++) {
      String[] columns = columns(lines.get(i));
      if (columns == null) {
        continue;
      }
      int number = i + 1;
      String reason = columns.length > 1 ? columns[1].strip() : "";
      ChatReason parsed = ChatReason.fromId(reason).filter(r -> r != ChatReason.ANSWERED).orElseThrow(() ->
          new ContentException(file + ":" + number + ": reason must be a handover reason; got '" + reason + "'"));
      messages.add(new Handover(columns[0].strip(), parsed, number));
    }
    return List.copyOf(messages);
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ContentException("cannot read chat judgments " + file + ": " + e.getMessage(), e);
    }
  }

  /** The columns of a data line; null for a blank or comment line. */
  private static String[] columns(String line) {
    if (line.isBlank() || line.strip().startsWith("#")) {
      return null;
    }
    return line.split("\t", -1);
  }
}
