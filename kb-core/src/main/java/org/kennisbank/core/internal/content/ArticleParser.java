package org.kennisbank.core.internal.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.kennisbank.core.Article;
import org.kennisbank.core.ArticleType;
import org.kennisbank.core.Audience;
import org.kennisbank.core.ContentProblem;
import org.kennisbank.core.Handling;
import org.kennisbank.core.Section;
import org.kennisbank.core.Theme;

/**
 * Reads one article file: YAML front matter checked field by field, and the Markdown body split
 * into public sections and the internal part. Every problem names the file, the line and the
 * field; an article with an error is not returned, one with only warnings is. Thread-safe.
 */
public final class ArticleParser {

  public static final int MAX_SUMMARY_LENGTH = 300;
  public static final int MAX_TITLE_LENGTH = 120;
  public static final String INTERNAL_HEADING = InternalMarker.TITLE;
  public static final List<String> PRODUCT_SECTIONS = List.of(
      "Wat is het", "Voorwaarden", "Aanvragen", "Kosten", "Termijn", "Bezwaar", "Bijzonderheden",
      "Contact");

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Set<String> KNOWN_FIELDS = Set.of(
      "id", "type", "title", "summary", "themes", "audience", "keywords", "questions", "upl", "related",
      "handling", "owner", "review", "published", "expires", "source");
  private static final ObjectMapper YAML = new ObjectMapper(
      new YAMLFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));

  /** What parsing one file gave: the article unless it had errors, the problems, and the ids it links to. */
  public record Outcome(Optional<Article> article, List<ContentProblem> problems, Set<String> linkedIds) {}

  /**
   * Parses an article.
   *
   * @param file the file name relative to the content root, used in messages and to check the id
   * @param text the whole file
   */
  public Outcome parse(String file, String text) {
    FileProblems problems = new FileProblems(file);
    if (text.length() > ContentLimits.MAX_ARTICLE_BYTES) {
      problems.error(0, "", "is " + text.length() + " characters long; an article may have at most "
          + ContentLimits.MAX_ARTICLE_BYTES + " bytes");
      return outcome(problems, null, Set.of());
    }
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
    if (normalized.startsWith("\uFEFF")) {
      normalized = normalized.substring(1);
    }
    FrontMatter frontMatter = FrontMatter.split(normalized);
    if (frontMatter == null) {
      problems.error(1, "", "the file must start with YAML front matter: a line '---', the fields, and a closing line '---'");
      return outcome(problems, null, Set.of());
    }
    if (!FrontMatterYaml.check(frontMatter.yaml(), problems)) {
      return outcome(problems, null, Set.of());
    }
    JsonNode fields;
    try {
      fields = YAML.readTree(frontMatter.yaml());
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr() + 1;
      problems.error(line, "", "front matter is not valid YAML: " + e.getOriginalMessage());
      return outcome(problems, null, Set.of());
    }
    if (fields == null || !fields.isObject()) {
      problems.error(1, "", "front matter must be a set of 'field: value' lines");
      return outcome(problems, null, Set.of());
    }
    FrontMatterFields reader = new FrontMatterFields(fields, frontMatter, problems);
    for (String name : frontMatter.fieldNames()) {
      if (!KNOWN_FIELDS.contains(name)) {
        problems.warning(frontMatter.lineOf(name), name, "unknown field; it is ignored (known: "
            + String.join(", ", KNOWN_FIELDS.stream().sorted().toList()) + ")");
      }
    }

    String id = reader.requiredText("id");
    if (!id.isEmpty()) {
      if (!ID.matcher(id).matches()) {
        problems.error(frontMatter.lineOf("id"), "id", "'" + id + "' is not a valid id: use lowercase letters, digits and single hyphens");
      } else if (!id.equals(baseName(file))) {
        problems.error(frontMatter.lineOf("id"), "id", "'" + id + "' must equal the file name '" + baseName(file) + "'");
      }
    }
    ArticleType type = reader.requiredEnum("type", ArticleType::fromId, "product, theme, faq");
    String title = reader.requiredText("title");
    if (title.length() > MAX_TITLE_LENGTH) {
      problems.error(frontMatter.lineOf("title"), "title", "is " + title.length() + " characters long; at most " + MAX_TITLE_LENGTH + " are allowed");
    }
    String summary = reader.requiredText("summary").replaceAll("\\s+", " ");
    if (summary.length() > MAX_SUMMARY_LENGTH) {
      problems.error(frontMatter.lineOf("summary"), "summary", "is " + summary.length() + " characters long; at most " + MAX_SUMMARY_LENGTH + " are allowed");
    }
    List<String> themes = reader.requiredList("themes");
    for (String theme : themes) {
      if (Theme.fromId(theme).isEmpty()) {
        problems.error(frontMatter.lineOf("themes"), "themes", "unknown theme '" + theme + "' (known: " + Theme.idList() + ")");
      }
    }
    List<Audience> audiences = new ArrayList<>();
    for (String value : reader.requiredList("audience")) {
      Audience.fromId(value).ifPresentOrElse(audiences::add, () -> problems.error(
          frontMatter.lineOf("audience"), "audience", "unknown audience '" + value + "' (known: particulier, ondernemer)"));
    }
    List<String> keywords = reader.optionalList("keywords").stream().map(String::strip).filter(k -> !k.isEmpty()).toList();
    List<String> questions = ArticleQuestions.read(reader.optionalList("questions"), title, frontMatter.lineOf("questions"), problems);
    Optional<String> upl = reader.optionalWebAddress("upl");
    List<String> related = reader.optionalList("related");
    for (String relatedId : related) {
      if (!ID.matcher(relatedId).matches()) {
        problems.error(frontMatter.lineOf("related"), "related", "'" + relatedId + "' is not a valid article id");
      }
    }
    Optional<Handling> handling = reader.optionalText("handling").flatMap(value -> {
      Optional<Handling> known = Handling.fromId(value);
      if (known.isEmpty()) {
        problems.error(frontMatter.lineOf("handling"), "handling", "unknown value '" + value + "' (known: first-line, second-line, back-office)");
      }
      return known;
    });
    String owner = reader.requiredText("owner");
    LocalDate review = reader.requiredDate("review");
    Optional<LocalDate> published = reader.optionalDate("published");
    Optional<LocalDate> expires = reader.optionalDate("expires");
    if (published.isPresent() && expires.isPresent() && expires.get().isBefore(published.get())) {
      problems.error(frontMatter.lineOf("expires"), "expires", "is before published (" + published.get() + ")");
    }
    Optional<String> source = reader.optionalWebAddress("source");
    if (type == ArticleType.THEME) {
      Theme.fromId(id).ifPresentOrElse(
          theme -> {
            if (!title.equals(theme.title())) {
              problems.warning(frontMatter.lineOf("title"), "title", "differs from the theme's title '" + theme.title()
                  + "', which pages and facets show (themes are named in one place: org.kennisbank.core.Theme)");
            }
          },
          () -> problems.error(frontMatter.lineOf("id"), "id", "a theme article's id must be a theme (known: " + Theme.idList() + ")"));
    }
    if (type == ArticleType.PRODUCT) {
      if (upl.isEmpty() && !problems.hasErrorFor("upl")) {
        problems.error(frontMatter.lineOf("upl"), "upl", "is required for product articles: the UPL URI of the product");
      }
      if (handling.isEmpty() && !fields.has("handling")) {
        problems.error(frontMatter.lineOf("handling"), "handling", "is required for product articles: first-line, second-line or back-office");
      }
    }

    MarkdownBody.Parsed body = MarkdownBody.parse(frontMatter.body(), frontMatter.bodyFirstLine(), problems);
    List<String> bodyLines = List.of(frontMatter.body().split("\n", -1));
    int markerLine = body.sections().stream()
        .filter(raw -> isMarker(raw, bodyLines, frontMatter.bodyFirstLine()))
        .mapToInt(MarkdownBody.RawSection::line)
        .findFirst().orElse(Integer.MAX_VALUE);
    if (body.complete()) {
      InternalMarker.checkNearMisses(bodyLines, frontMatter.bodyFirstLine(), body.document(), markerLine, problems);
    }
    List<Section> sections = new ArrayList<>();
    List<Section> internal = new ArrayList<>();
    boolean inInternal = false;
    int lastKnownPosition = -1;
    for (MarkdownBody.RawSection raw : body.sections()) {
      if (isMarker(raw, bodyLines, frontMatter.bodyFirstLine())) {
        if (inInternal) {
          problems.error(raw.line(), InternalMarker.MARKER, "appears twice; an article has one internal part");
        }
        inInternal = true;
        internal.addAll(MarkdownBody.splitSubsections(raw.markdown()));
        continue;
      }
      if (inInternal) {
        problems.error(raw.line(), "## " + raw.title(), "comes after '## Intern'; the internal part must be the last section, or this text would leak into it");
        continue;
      }
      if (raw.title().isEmpty()) {
        problems.warning(raw.line(), "body", "text before the first '## ' heading; put it under '## Wat is het'");
      } else if (type == ArticleType.PRODUCT) {
        int position = PRODUCT_SECTIONS.indexOf(raw.title());
        if (position < 0) {
          problems.warning(raw.line(), "## " + raw.title(), "is not a standard section (" + String.join(", ", PRODUCT_SECTIONS) + ")");
        } else if (position < lastKnownPosition) {
          problems.warning(raw.line(), "## " + raw.title(), "is out of order; the contact centre reads sections in the order " + String.join(", ", PRODUCT_SECTIONS));
        } else {
          lastKnownPosition = position;
        }
      }
      if (raw.markdown().isEmpty()) {
        problems.warning(raw.line(), "## " + raw.title(), "is empty; leave out sections that do not apply");
      }
      String sectionTitle = raw.title().isEmpty() ? "Inleiding" : raw.title();
      sections.add(new Section(sectionTitle, raw.markdown(), MarkdownBody.toHtml(raw.markdown())));
    }
    if (type == ArticleType.PRODUCT && internal.isEmpty() && body.complete()) {
      problems.warning(0, "## Intern", "product articles need an internal part for agents (Afhandeling, Werkinstructie, Doorverwijzen, Vervolgvragen)");
    }
    if (sections.isEmpty() && !problems.hasErrors()) {
      problems.error(frontMatter.bodyFirstLine(), "body", "has no public text; write at least '## Wat is het'");
    }

    if (problems.hasErrors()) {
      return outcome(problems, null, body.linkedIds());
    }
    Article article = new Article(id, type, title, summary, themes, audiences, keywords, questions, upl, related,
        handling, owner, review, published, expires, source, sections, internal, file);
    return outcome(problems, article, body.linkedIds());
  }

  private static Outcome outcome(FileProblems problems, Article article, Set<String> linkedIds) {
    return new Outcome(Optional.ofNullable(article), problems.list(), Set.copyOf(linkedIds));
  }

  /** Whether a section starts with the marker: the title "Intern" written exactly as {@code ## Intern}. */
  private static boolean isMarker(MarkdownBody.RawSection raw, List<String> bodyLines, int bodyFirstLine) {
    int index = raw.line() - bodyFirstLine;
    return raw.title().equals(InternalMarker.TITLE) && index >= 0 && index < bodyLines.size()
        && InternalMarker.isMarker(bodyLines.get(index));
  }

  private static String baseName(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
  }
}
