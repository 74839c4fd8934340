package org.kennisbank.server.tooling.faq;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.kennisbank.core.KbException;

/**
 * Imports Rijksoverheid FAQ ("vraag en antwoord") open data: every {@code *.json} file in a folder
 * is one record, written as the {@code faq} article {@code articles/faq/<id>.md} of a content
 * directory. Re-running updates articles in place: a record always goes to the same file, and a
 * file whose text would not change is not touched. A record that cannot be read is skipped and
 * reported; the others are still imported. Articles whose record disappeared are left alone.
 * Not thread-safe: run one import per content directory at a time.
 *
 * <pre>{@code
 * ImportReport report = new FaqImporter().importFolder(Path.of("faq-json"), Path.of("content"));
 * System.out.println(report.summary());
 * }</pre>
 */
public final class FaqImporter {

  /** Where imported articles go, relative to the content directory. */
  public static final Path TARGET_FOLDER = Path.of("articles", "faq");

  private final FaqRecordReader reader = new FaqRecordReader();
  private final FaqArticleFormatter formatter = new FaqArticleFormatter();

  /**
   * Imports every record in a folder.
   *
   * @param records a folder of JSON record files
   * @param contentDirectory the content directory (with {@code articles/}); created when missing
   * @throws KbException if the folder cannot be listed or an article cannot be written
   */
  public ImportReport importFolder(Path records, Path contentDirectory) {
    List<Path> files = recordFiles(records);
    Path target = contentDirectory.resolve(TARGET_FOLDER);
    Map<String, String> fileById = new HashMap<>();
    List<ImportReport.Skipped> skipped = new ArrayList<>();
    int written = 0;
    int unchanged = 0;
    for (Path file : files) {
      String name = file.getFileName().toString();
      try {
        FaqRecord record = reader.read(file);
        String text = formatter.format(record);
        String earlier = fileById.putIfAbsent(record.id(), name);
        if (earlier != null) {
          throw new UnreadableRecordException("has id '" + record.id() + "', already imported from " + earlier);
        }
        switch (write(target.resolve(record.id() + ".md"), text)) {
          case WRITTEN -> written++;
          case UNCHANGED -> unchanged++;
        }
      } catch (UnreadableRecordException e) {
        skipped.add(new ImportReport.Skipped(name, e.getMessage()));
      }
    }
    return new ImportReport(files.size(), written, unchanged, skipped);
  }

  private static ArticleFiles.Outcome write(Path file, String text) {
    try {
      return ArticleFiles.write(file, text);
    } catch (IOException e) {
      throw new KbException("cannot write article " + file + ": " + e.getMessage(), e);
    }
  }

  private static List<Path> recordFiles(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new KbException("record folder does not exist: " + folder.toAbsolutePath());
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isRegularFile)
          .filter(file -> file.getFileName().toString().endsWith(".json"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new KbException("cannot list the records in " + folder.toAbsolutePath() + ": " + e.getMessage(), e);
    }
  }
}
