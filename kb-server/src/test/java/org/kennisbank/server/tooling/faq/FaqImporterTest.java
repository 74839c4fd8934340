package org.kennisbank.server.tooling.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaqImporterTest {

  private static final String ID = "0038f3c3-6266-4d40-965b-a78e96241c22";

  @TempDir Path records;
  @TempDir Path content;

  private final FaqImporter importer = new FaqImporter();

  @BeforeEach
  void writeRecords() throws IOException {
    Files.writeString(records.resolve(ID + ".json"), FaqArticleFormatterTest.RECORD_JSON);
    Files.writeString(records.resolve("second.json"), FaqArticleFormatterTest.RECORD_JSON
        .replace(ID, "11111111-2222-3333-4444-555555555555").replace("vacatures\\\" bij", "banen\\\" bij"));
    Files.writeString(records.resolve("notes.txt"), "not a record");
  }

  private List<Path> articleFiles() throws IOException {
    try (Stream<Path> files = Files.walk(content)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private Path article(String id) {
    return content.resolve("articles/faq/" + id + ".md");
  }

  @Test
  void each_record_becomes_one_article_named_after_its_id() throws IOException {
    ImportReport report = importer.importFolder(records, content);

    assertThat(report.summary()).isEqualTo("2 records read: 2 written, 0 unchanged, 0 skipped");
    assertThat(articleFiles()).containsExactly(article(ID), article("11111111-2222-3333-4444-555555555555"));
    assertThat(Files.readString(article(ID))).isEqualTo(FaqArticleFormatterTest.ARTICLE_TEXT);
  }

  @Test
  void rerunning_the_import_writes_nothing_and_duplicates_nothing() throws IOException {
    importer.importFolder(records, content);
    FileTime stamp = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(article(ID), stamp);

    ImportReport again = importer.importFolder(records, content);

    assertThat(again.summary()).isEqualTo("2 records read: 0 written, 2 unchanged, 0 skipped");
    assertThat(articleFiles()).hasSize(2);
    assertThat(Files.getLastModifiedTime(article(ID))).isEqualTo(stamp);
  }

  @Test
  void a_changed_record_updates_its_article_in_place() throws IOException {
    importer.importFolder(records, content);
    Path record = records.resolve(ID + ".json");
    Files.writeString(record, Files.readString(record).replace("Zie <a", "Kijk op <a"));

    ImportReport report = importer.importFolder(records, content);

    assertThat(report.summary()).isEqualTo("2 records read: 1 written, 1 unchanged, 0 skipped");
    assertThat(articleFiles()).hasSize(2);
    assertThat(Files.readString(article(ID))).isEqualTo(FaqArticleFormatterTest.ARTICLE_TEXT.replace("Zie defensie.", "Kijk op defensie."));
  }

  @Test
  void a_malformed_record_is_skipped_with_its_file_name_and_the_rest_still_import() throws IOException {
    Files.writeString(records.resolve("broken.json"), "{\"id\": \"abc\", \"question\": ");
    Files.writeString(records.resolve("no-question.json"), "{\"id\": \"abc\", \"lastmodified\": \"2024-01-01\"}");

    ImportReport report = importer.importFolder(records, content);

    assertThat(report.summary()).isEqualTo("4 records read: 2 written, 0 unchanged, 2 skipped");
    assertThat(report.skipped()).extracting(ImportReport.Skipped::file).containsExactly("broken.json", "no-question.json");
    assertThat(report.skipped().get(0).toString()).startsWith("skipped broken.json: is not valid JSON (line 1, column 27): ");
    assertThat(report.skipped().get(1)).hasToString("skipped no-question.json: has no question");
    assertThat(articleFiles()).hasSize(2);
  }

  @Test
  void a_second_record_with_the_same_id_is_skipped() throws IOException {
    Files.writeString(records.resolve("zz-copy.json"), FaqArticleFormatterTest.RECORD_JSON);

    ImportReport report = importer.importFolder(records, content);

    assertThat(report.skipped()).extracting(Object::toString)
        .containsExactly("skipped zz-copy.json: has id '" + ID + "', already imported from " + ID + ".json");
    assertThat(articleFiles()).hasSize(2);
  }
}
