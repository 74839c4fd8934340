package org.kennisbank.core.internal.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kennisbank.core.ContentProblem;

/**
 * Reads the optional popularity signal: {@code id<TAB>weight} per line, {@code #} for comments.
 * The weight multiplies an article's relevance (1 is neutral; 0.5 to 2 is a sensible range), so
 * an export of page views or call reasons can lift what people ask for most. Articles not listed
 * keep weight 1.
 */
public final class PopularityFile {

  public static final float MIN = 0.1f;
  public static final float MAX = 10f;

  private PopularityFile() {}

  public static Map<String, Float> parse(String text, String file, Set<String> knownIds, List<ContentProblem> problems) {
    Map<String, Float> weights = new LinkedHashMap<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t");
      if (parts.length != 2) {
        problems.add(ContentProblem.warning(file, i + 1, "", "expected 'id<TAB>weight'; the line is ignored"));
        continue;
      }
      String id = parts[0].strip();
      try {
        float weight = Float.parseFloat(parts[1].strip());
        if (!(weight >= MIN && weight <= MAX)) {
          problems.add(ContentProblem.warning(file, i + 1, id, "weight must be between " + MIN + " and " + MAX + "; got " + parts[1].strip()));
        } else if (!knownIds.contains(id)) {
          problems.add(ContentProblem.warning(file, i + 1, id, "'" + id + "' is not an article; the line is ignored"));
        } else {
          weights.put(id, weight);
        }
      } catch (NumberFormatException e) {
        problems.add(ContentProblem.warning(file, i + 1, id, "weight '" + parts[1].strip() + "' is not a number"));
      }
    }
    return weights;
  }
}
