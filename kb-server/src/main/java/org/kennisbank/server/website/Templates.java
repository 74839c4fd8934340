package org.kennisbank.server.website;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * Renders the website's JTE templates ({@code kb-server/src/main/jte}). They are compiled to Java
 * at build time by the jte-maven-plugin, so a broken template fails the build, and every
 * {@code ${...}} is HTML-escaped for the place it appears in. Thread-safe.
 */
public final class Templates {

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  /** Renders a template whose one parameter is {@code model}. */
  public String render(String template, Object model) {
    StringOutput output = new StringOutput();
    engine.render(template, model, output);
    return output.toString();
  }

  /** Renders a template with named parameters. */
  String render(String template, Map<String, Object> parameters) {
    StringOutput output = new StringOutput();
    engine.render(template, parameters, output);
    return output.toString();
  }

  /** The error page, for requests to the website that fail. */
  public String errorPage(int status, String message) {
    return render("error.jte", Map.of("status", status, "message", message));
  }
}
