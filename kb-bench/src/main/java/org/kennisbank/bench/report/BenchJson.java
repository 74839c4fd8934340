package org.kennisbank.bench.report;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.kennisbank.bench.measure.SizeReport;

/** The machine-readable form of a bench run ({@code --json}, {@code --save}): the list of size reports. */
public final class BenchJson {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private BenchJson() {}

  public static String write(List<SizeReport> reports) {
    try {
      return JSON.writeValueAsString(reports);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<SizeReport> read(Path file) {
    try {
      return JSON.readValue(file.toFile(), new TypeReference<List<SizeReport>>() { });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bench figures from " + file, e);
    }
  }
}
