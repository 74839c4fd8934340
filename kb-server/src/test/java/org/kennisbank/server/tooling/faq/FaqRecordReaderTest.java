package org.kennisbank.server.tooling.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaqRecordReaderTest {

  private final FaqRecordReader reader = new FaqRecordReader();

  private FaqRecord parse(String json) throws Exception {
    return reader.parse(new ObjectMapper().readTree(json));
  }

  private static String record(String fields) {
    return "{\"id\": \"ABCDEF01-2345-6789-abcd-ef0123456789\", \"question\": \"Wat  is\\nhet?\","
        + " \"introduction\": \"<p>Intro</p>\", \"lastmodified\": \"2024-04-04T08:49:13.941Z\"" + fields + "}";
  }

  @Test
  void a_record_is_read_with_its_id_lowercased_and_question_on_one_line() throws Exception {
    FaqRecord record = parse(record(", \"content\": [{\"paragraphtitle\": \" Kop \", \"paragraph\": \"<p>Tekst</p>\"}, {\"paragraph\": null}],"
        + " \"subjects\": [\"Werk\"], \"themes\": \"Onderwijs\", \"canonical\": \"https://www.rijksoverheid.nl/x\""));

    assertThat(record).isEqualTo(new FaqRecord("abcdef01-2345-6789-abcd-ef0123456789", "Wat is het?", "<p>Intro</p>",
        List.of(new FaqRecord.Paragraph("Kop", "<p>Tekst</p>"), new FaqRecord.Paragraph("", "")),
        List.of("Werk"), List.of("Onderwijs"), LocalDate.of(2024, 4, 4), Optional.of("https://www.rijksoverheid.nl/x")));
  }

  @Test
  void the_last_modified_day_is_the_day_in_the_netherlands() throws Exception {
    String json = record("").replace("2024-04-04T08:49:13.941Z", "2024-03-31T22:30:00Z");

    assertThat(parse(json).lastModified()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(parse(record("").replace("2024-04-04T08:49:13.941Z", "2023-12-01")).lastModified()).isEqualTo(LocalDate.of(2023, 12, 1));
  }

  @Test
  void a_canonical_address_that_is_not_a_web_url_is_left_out() throws Exception {
    assertThat(parse(record(", \"canonical\": \"javascript:alert(1)\"")).canonical()).isEmpty();
    assertThat(parse(record("")).canonical()).isEmpty();
  }

  @Test
  void records_without_id_or_question_are_unreadable() {
    assertThatThrownBy(() -> parse(record("").replace("\"id\": \"ABCDEF01-2345-6789-abcd-ef0123456789\"", "\"id\": \" \"")))
        .isInstanceOf(UnreadableRecordException.class).hasMessage("has no id");
    assertThatThrownBy(() -> parse(record("").replace("\"question\": \"Wat  is\\nhet?\"", "\"vraag\": \"Wat?\"")))
        .isInstanceOf(UnreadableRecordException.class).hasMessage("has no question");
  }

  @Test
  void an_id_that_is_not_a_valid_article_id_is_unreadable() {
    assertThatThrownBy(() -> parse(record("").replace("ABCDEF01-2345-6789-abcd-ef0123456789", "../../etc/passwd")))
        .isInstanceOf(UnreadableRecordException.class)
        .hasMessage("id '../../etc/passwd' cannot be an article id: use letters, digits and single hyphens");
    assertThatThrownBy(() -> parse(record("").replace("\"ABCDEF01-2345-6789-abcd-ef0123456789\"", "42")))
        .isInstanceOf(UnreadableRecordException.class).hasMessage("id must be text; got number");
  }

  @Test
  void a_record_without_date_or_text_is_unreadable() {
    assertThatThrownBy(() -> parse(record("").replace("2024-04-04T08:49:13.941Z", "gisteren")))
        .isInstanceOf(UnreadableRecordException.class)
        .hasMessage("lastmodified 'gisteren' is not a date such as 2025-03-01T10:00:00Z");
    assertThatThrownBy(() -> parse(record("").replace("\"lastmodified\"", "\"modified\"")))
        .isInstanceOf(UnreadableRecordException.class).hasMessage("has no lastmodified date, needed for the review date");
    assertThatThrownBy(() -> parse(record(", \"content\": [{\"paragraph\": \" \"}]").replace("<p>Intro</p>", "")))
        .isInstanceOf(UnreadableRecordException.class).hasMessage("has neither an introduction nor content");
    assertThatThrownBy(() -> parse(record(", \"content\": [\"tekst\"]")))
        .isInstanceOf(UnreadableRecordException.class).hasMessage("content[0] must be an object with paragraphtitle and paragraph");
  }

  @Test
  void a_file_that_is_not_a_json_object_is_unreadable_with_the_place_of_the_error(@TempDir Path dir) throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"id\": \"x\",\n \"question\": }");
    Path list = Files.writeString(dir.resolve("list.json"), "[1, 2]");
    Path empty = Files.writeString(dir.resolve("empty.json"), "");
    Path twice = Files.writeString(dir.resolve("twice.json"), "{} {}");

    assertThatThrownBy(() -> reader.read(broken)).isInstanceOf(UnreadableRecordException.class)
        .hasMessageStartingWith("is not valid JSON (line 2, column 14): Unexpected character ('}'");
    assertThatThrownBy(() -> reader.read(list)).hasMessage("is not a JSON object but array");
    assertThatThrownBy(() -> reader.read(empty)).hasMessage("is empty");
    assertThatThrownBy(() -> reader.read(twice)).hasMessageStartingWith("is not valid JSON (line 1, column 4): Trailing token");
    assertThatThrownBy(() -> reader.read(dir.resolve("missing.json"))).hasMessageStartingWith("cannot be read: ");
  }
}
