package org.kennisbank.server.tooling.faq;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one Rijksoverheid FAQ record, a JSON object, and checks what an article needs: an id that
 * is valid as an article id, a question, a last-modified date, and an introduction or content.
 * Thread-safe.
 */
final class FaqRecordReader {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final Pattern ARTICLE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

  /**
   * Reads a record file.
   *
   * @throws UnreadableRecordException if the file cannot be read, is not JSON, or lacks what an article needs
   */
  FaqRecord read(Path file) throws UnreadableRecordException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UnreadableRecordException("cannot be read: " + e.getMessage());
    }
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? ""
          : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
      throw new UnreadableRecordException("is not valid JSON" + where + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UnreadableRecordException("cannot be read: " + e.getMessage());
    }
    return parse(root);
  }

  /** Checks a parsed record. */
  FaqRecord parse(JsonNode root) throws UnreadableRecordException {
    if (root == null || root.isMissingNode()) {
      throw new UnreadableRecordException("is empty");
    }
    if (!root.isObject()) {
      throw new UnreadableRecordException("is not a JSON object but " + root.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    String id = text(root, "id").strip().toLowerCase(Locale.ROOT);
    if (id.isEmpty()) {
      throw new UnreadableRecordException("has no id");
    }
    if (!ARTICLE_ID.matcher(id).matches()) {
      throw new UnreadableRecordException("id '" + id + "' cannot be an article id: use letters, digits and single hyphens");
    }
    String question = oneLine(text(root, "question"));
    if (question.isEmpty()) {
      throw new UnreadableRecordException("has no question");
    }
    String introduction = text(root, "introduction");
    List<FaqRecord.Paragraph> content = content(root);
    if (introduction.isBlank() && content.stream().allMatch(paragraph -> paragraph.html().isBlank())) {
      throw new UnreadableRecordException("has neither an introduction nor content");
    }
    LocalDate lastModified = date(text(root, "lastmodified").strip());
    Optional<String> canonical = Optional.of(text(root, "canonical").strip())
        .filter(url -> url.startsWith("https://") || url.startsWith("http://"));
    return new FaqRecord(id, question, introduction, content, labels(root, "subjects"),
        labels(root, "themes"), lastModified, canonical);
  }

  private static String text(JsonNode node, String field) throws UnreadableRecordException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return "";
    }
    if (!value.isTextual()) {
      throw new UnreadableRecordException(field + " must be text; got " + value.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    return value.textValue();
  }

  private static String oneLine(String text) {
    return HtmlFragments.cleanText(text).replaceAll(" {2,}", " ").strip();
  }

  private static List<FaqRecord.Paragraph> content(JsonNode root) throws UnreadableRecordException {
    JsonNode content = root.get("content");
    if (content == null || content.isNull()) {
      return List.of();
    }
    if (!content.isArray()) {
      throw new UnreadableRecordException("content must be a list of paragraphs");
    }
    List<FaqRecord.Paragraph> paragraphs = new ArrayList<>();
    for (int i = 0; i < content.size(); i++) {
      JsonNode entry = content.get(i);
      if (!entry.isObject()) {
        throw new UnreadableRecordException("content[" + i + "] must be an object with paragraphtitle and paragraph");
      }
      paragraphs.add(new FaqRecord.Paragraph(oneLine(text(entry, "paragraphtitle")), text(entry, "paragraph")));
    }
    return paragraphs;
  }

  private static List<String> labels(JsonNode root, String field) throws UnreadableRecordException {
    JsonNode value = root.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (value.isTextual()) {
      return List.of(oneLine(value.textValue()));
    }
    if (!value.isArray()) {
      throw new UnreadableRecordException(field + " must be a list of names");
    }
    List<String> labels = new ArrayList<>();
    for (JsonNode label : value) {
      if (!label.isTextual()) {
        throw new UnreadableRecordException(field + " must be a list of names; found " + label.getNodeType().name().toLowerCase(Locale.ROOT));
      }
      labels.add(oneLine(label.textValue()));
    }
    return labels;
  }

  private static LocalDate date(String text) throws UnreadableRecordException {
    if (text.isEmpty()) {
      throw new UnreadableRecordException("has no lastmodified date, needed for the review date");
    }
    try {
      return OffsetDateTime.parse(text).atZoneSameInstant(NETHERLANDS).toLocalDate();
    } catch (DateTimeParseException notATimestamp) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new UnreadableRecordException("lastmodified '" + text + "' is not a date such as 2025-03-01T10:00:00Z");
      }
    }
  }
}
