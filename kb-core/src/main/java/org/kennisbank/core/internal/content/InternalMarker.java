package org.kennisbank.core.internal.content;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The marker that starts the internal part, and everything that looks like an attempt to write it.
 * The marker is the line {@code ## Intern}, exactly: a level-2 heading at the start of the line,
 * one space, "Intern" with a capital I, nothing after it but spaces. A typo must never publish
 * internal notes, so before the marker every line that resembles it is an error:
 *
 * <ul>
 *   <li>a heading of any level, or a line starting with {@code #}, whose first word is intern,
 *       interne or internal ({@code ##Intern}, {@code # Intern}, {@code ## INTERN},
 *       {@code ## Intern:}, {@code ## Interne notities}, an underlined heading);
 *   <li>a short line of at most three words starting with such a word that is set in bold or
 *       italics, ends in a colon, or is that word alone ({@code **Intern**}, {@code Intern:});
 *   <li>the marker itself where it is not a heading (in a list, a quote or a code block).
 * </ul>
 *
 * Ordinary text stays allowed: "Internationaal", "internet", or a sentence such as "Intern
 * overleg is nodig." After the marker nothing is checked, since all of it is internal anyway.
 */
final class InternalMarker {

  static final String MARKER = "## Intern";
  static final String TITLE = "Intern";

  private static final Set<String> WORDS = Set.of("intern", "interne", "internal");
  private static final Pattern ONE_PREFIX = Pattern.compile("^(?:\\s*>|\\s*[-*+]\\s+|\\s*[0-9]{1,9}[.)]\\s+|\\s+)");
  /** Labels are short; longer lines are only checked for a leading {@code #}. */
  private static final int MAX_LABEL_LENGTH = 200;
  private static final Pattern FIRST_WORD = Pattern.compile("^[#*_\\s]*(\\p{L}+)");
  private static final Pattern WRAPPED = Pattern.compile("^[*_]+.*[*_]+\\s*:?$");
  private static final int MAX_LABEL_WORDS = 3;

  private InternalMarker() {}

  /** Whether a source line is the marker, exactly. */
  static boolean isMarker(String line) {
    return line.stripTrailing().equals(MARKER);
  }

  /**
   * Reports every line before {@code markerLine} that resembles the marker.
   *
   * @param lines the body, one entry per line; {@code lines.get(0)} is file line {@code firstLine}
   * @param markerLine the file line of the real marker, or a line past the end when there is none
   */
  static void checkNearMisses(List<String> lines, int firstLine, Document document, int markerLine, FileProblems problems) {
    Set<Integer> suspicious = new TreeSet<>();
    for (int i = 0; i < lines.size() && firstLine + i < markerLine; i++) {
      if (resembles(lines.get(i))) {
        suspicious.add(firstLine + i);
      }
    }
    NodeWalk.forEach(document, (node, depth) -> {
      if (node instanceof Heading heading) {
        int line = firstLine + document.getLineNumber(heading.getStartOffset());
        if (line < markerLine && startsWithMarkerWord(heading.getText().toString())) {
          suspicious.add(line);
        }
      }
    });
    for (int line : suspicious) {
      problems.error(line, MARKER, "'" + lines.get(line - firstLine).strip() + "' looks like the start of the internal part but is not"
          + " the marker; write exactly '" + MARKER + "' on a line of its own (not in a list, quote or code block),"
          + " or reword the line so it does not start with 'intern'. Until then the article stays out, so no internal note is published");
    }
  }

  /** Whether one source line looks like an attempt at the marker (the marker itself included). */
  static boolean resembles(String line) {
    String text = withoutContainerPrefix(line).strip();
    if (!startsWithMarkerWord(text)) {
      return false;
    }
    if (text.startsWith("#")) {
      return true;
    }
    if (text.length() > MAX_LABEL_LENGTH) {
      return false;
    }
    String core = text.replaceAll("^[*_\\s]+|[*_:.!\\s]+$", "");
    int words = core.isEmpty() ? 0 : core.split("\\s+").length;
    return words <= MAX_LABEL_WORDS && (WRAPPED.matcher(text).matches() || text.endsWith(":") || words == 1);
  }

  /** The line without quote markers, list bullets and indentation; a loop, since a repeated regex group recurses per repetition. */
  private static String withoutContainerPrefix(String line) {
    var matcher = ONE_PREFIX.matcher(line);
    int position = 0;
    while (matcher.region(position, line.length()).lookingAt() && matcher.end() > position) {
      position = matcher.end();
    }
    return line.substring(position);
  }

  private static boolean startsWithMarkerWord(String text) {
    var matcher = FIRST_WORD.matcher(text);
    return matcher.find() && WORDS.contains(matcher.group(1).toLowerCase(Locale.ROOT));
  }
}
