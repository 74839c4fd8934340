package org.kennisbank.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a large content directory for measurements: the bundled content, plus generated product
 * and FAQ articles that recombine the sections of bundled ones under new ids and titles (not
 * copies: each has the opening section of one article, two sections of others, and the internal
 * part of the first). Seeded, so the same size always gives the same corpus.
 */
public final class GeneratedCorpus {

  private static final Pattern FRONT_MATTER = Pattern.compile("(?s)\\A---\\n(.*?)\\n---\\n(.*)\\z");
  private static final Pattern TITLE = Pattern.compile("(?m)^title: (.*)$");

  /** One bundled article split into what the generator recombines. */
  private record Source(String id, String frontMatter, List<String> sections, String internal) {}

  private GeneratedCorpus() {}

  /** Writes the bundled content plus generated articles up to {@code articles} in all into {@code target}. */
  public static Path write(Path target, int articles) {
    Fixture.copyBundledTo(target);
    List<Source> sources = sources(target.resolve("articles/products"));
    Path generated = target.resolve("articles/generated");
    Random random = new Random(articles);
    try {
      Files.createDirectories(generated);
      int existing = count(target.resolve("articles"));
      for (int n = 0; n < articles - existing; n++) {
        Source base = sources.get(n % sources.size());
        String id = base.id() + "-v" + n;
        StringBuilder body = new StringBuilder(base.sections().get(0));
        for (int k = 0; k < 2; k++) {
          List<String> other = sources.get(random.nextInt(sources.size())).sections();
          body.append(other.get(random.nextInt(other.size())));
        }
        body.append(base.internal());
        String frontMatter = base.frontMatter().replaceFirst("(?m)^id: .*$", "id: " + id);
        Matcher title = TITLE.matcher(frontMatter);
        if (title.find()) {
          String plain = title.group(1).replaceAll("^[\"']|[\"']$", "");
          String unique = (plain.length() > 90 ? plain.substring(0, 90) : plain) + " (variant " + n + ")";
          frontMatter = title.replaceFirst(Matcher.quoteReplacement("title: \"" + unique.replace("\"", "'") + "\""));
        }
        Files.writeString(generated.resolve(id + ".md"), "---\n" + frontMatter + "\n---\n" + body);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  private static List<Source> sources(Path products) {
    List<Source> sources = new ArrayList<>();
    try (Stream<Path> files = Files.list(products)) {
      for (Path file : files.sorted().toList()) {
        Matcher parts = FRONT_MATTER.matcher(Files.readString(file));
        if (!parts.matches()) {
          continue;
        }
        String body = parts.group(2);
        int intern = body.indexOf("\n## Intern");
        String open = intern < 0 ? body : body.substring(0, intern + 1);
        List<String> sections = new ArrayList<>();
        for (String section : open.split("(?m)(?=^## )")) {
          if (section.startsWith("## ")) {
            sections.add(section.endsWith("\n\n") ? section : section + "\n");
          }
        }
        if (!sections.isEmpty()) {
          String id = file.getFileName().toString().replace(".md", "");
          sources.add(new Source(id, parts.group(1), sections, intern < 0 ? "" : body.substring(intern + 1)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sources;
  }

  private static int count(Path articles) throws IOException {
    try (Stream<Path> files = Files.walk(articles)) {
      return (int) files.filter(path -> path.toString().endsWith(".md")).count();
    }
  }
}
