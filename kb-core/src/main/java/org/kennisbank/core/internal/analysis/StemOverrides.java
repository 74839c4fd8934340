package org.kennisbank.core.internal.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;

/**
 * Municipal words the Snowball Dutch stemmer gets wrong, with the stem they should get. Read from
 * {@code stem-overrides.txt} beside this class: {@code word<TAB>stem}, {@code #} for comments.
 */
final class StemOverrides {

  private StemOverrides() {}

  static Map<String, String> load() {
    Map<String, String> overrides = new LinkedHashMap<>();
    try (InputStream in = StemOverrides.class.getResourceAsStream("stem-overrides.txt")) {
      if (in == null) {
        return overrides;
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        String[] parts = trimmed.split("\\s+");
        if (parts.length != 2) {
          throw new IllegalStateException("stem-overrides.txt: expected 'word<TAB>stem': " + line);
        }
        overrides.put(parts[0], parts[1]);
      }
      return overrides;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static StemmerOverrideMap map(Map<String, String> overrides) {
    org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.Builder builder =
        new org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.Builder(false);
    overrides.forEach(builder::add);
    try {
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
