package org.kennisbank.bench.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the bundled product articles as {@link SourceArticle}s, sorted by file name (determinism). */
final class SourceReader {

  private static final Pattern FRONT_MATTER = Pattern.compile("(?s)\\A---\\n(.*?)\\n---\\n(.*)\\z");
  private static final String INTERNAL = "\n## Intern";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private SourceReader() {}

  static List<SourceArticle> products(Path productsFolder) {
    List<SourceArticle> sources = new ArrayList<>();
    try (Stream<Path> files = Files.list(productsFolder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        Matcher parts = FRONT_MATTER.matcher(Files.readString(file));
        if (!parts.matches()) {
          continue;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = YAML.readValue(parts.group(1), Map.class);
        String body = "\n" + parts.group(2);
        int intern = body.indexOf(INTERNAL);
        String open = intern < 0 ? body : body.substring(0, intern);
        Map<String, String> sections = new LinkedHashMap<>();
        for (String section : open.split("(?m)(?=^## )")) {
          if (section.startsWith("## ")) {
            int end = section.indexOf('\n');
            sections.put(section.substring(3, end).strip(), section.substring(end + 1).strip());
          }
        }
        if (!sections.isEmpty() && intern >= 0) {
          sources.add(new SourceArticle(fields.get("id").toString(), fields, sections, body.substring(intern + 1).strip()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sources;
  }
}
