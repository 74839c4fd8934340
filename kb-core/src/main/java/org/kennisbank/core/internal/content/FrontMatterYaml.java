package org.kennisbank.core.internal.content;

import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Front matter is plain data: fields with a text or a list of texts. This check reads the YAML as
 * a stream of events before it is turned into values, and refuses what is not plain data, with
 * its line: anchors and aliases (an alias would silently become the anchor's name), tags, merge
 * keys, more than one document, and nesting deeper than {@link ContentLimits#MAX_YAML_NESTING}.
 * Syntax errors are reported with the line the YAML parser names.
 */
final class FrontMatterYaml {

  /** The front matter starts on the second line of the file, after the opening {@code ---}. */
  private static final int FIRST_LINE = 2;

  private FrontMatterYaml() {}

  /** Reports every construct that is not plain data; returns whether the YAML may be read as values. */
  static boolean check(String yaml, FileProblems problems) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowRecursiveKeys(false);
    int depth = 0;
    int documents = 0;
    boolean plain = true;
    try {
      for (Event event : new Yaml(options).parse(new StringReader(yaml))) {
        int line = line(event.getStartMark());
        if (event instanceof DocumentStartEvent && ++documents > 1) {
          return refuse(problems, line, "holds more than one YAML document; write one block of fields");
        }
        if (event instanceof AliasEvent alias) {
          plain = refuse(problems, line, "YAML alias '*" + alias.getAnchor() + "' is not allowed; write the value itself");
        } else if (event instanceof NodeEvent node && node.getAnchor() != null) {
          plain = refuse(problems, line, "YAML anchor '&" + node.getAnchor() + "' is not allowed; write the value where it is used");
        }
        if (event instanceof ScalarEvent scalar) {
          if (scalar.getTag() != null) {
            plain = refuse(problems, line, "YAML tag '" + scalar.getTag() + "' is not allowed; write plain values");
          }
          if (scalar.getValue().equals("<<") && scalar.isPlain()) {
            plain = refuse(problems, line, "YAML merge key '<<' is not allowed; write every field itself");
          }
        }
        if (event instanceof CollectionStartEvent collection) {
          if (collection.getTag() != null) {
            plain = refuse(problems, line, "YAML tag '" + collection.getTag() + "' is not allowed; write plain values");
          }
          if (++depth > ContentLimits.MAX_YAML_NESTING) {
            return refuse(problems, line, "front matter is nested " + depth + " levels deep; at most "
                + ContentLimits.MAX_YAML_NESTING + " are allowed (fields, and lists as values)");
          }
        } else if (event instanceof CollectionEndEvent) {
          depth--;
        }
      }
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      return refuse(problems, mark == null ? FIRST_LINE : line(mark), "front matter is not valid YAML: " + e.getProblem());
    } catch (YAMLException e) {
      return refuse(problems, FIRST_LINE, "front matter is not valid YAML: " + e.getMessage());
    }
    return plain;
  }

  private static int line(Mark mark) {
    return mark == null ? FIRST_LINE : mark.getLine() + FIRST_LINE;
  }

  private static boolean refuse(FileProblems problems, int line, String message) {
    problems.error(line, "", message);
    return false;
  }
}
