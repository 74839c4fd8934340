package org.kennisbank.server;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.kennisbank.core.Article;
import org.kennisbank.core.ArticleType;
import org.kennisbank.core.Channel;
import org.kennisbank.core.FacetValue;
import org.kennisbank.core.KnowledgeBase;
import org.kennisbank.core.SearchHit;
import org.kennisbank.core.SearchRequest;
import org.kennisbank.core.SearchResult;
import org.kennisbank.core.Section;
import org.kennisbank.core.ThemeSummary;

/**
 * The public website: home, search, product and theme pages, rendered from the same articles as
 * the API. Only public views of articles are used here, so internal notes cannot reach a page.
 */
final class WebPages {

  private final KnowledgeBase kb;

  WebPages(KnowledgeBase kb) {
    this.kb = kb;
  }

  void home(Context ctx) {
    StringBuilder body = new StringBuilder("<h1>Waarmee kunnen wij u helpen?</h1>\n<ul class=\"themes\">\n");
    for (ThemeSummary theme : kb.themes()) {
      body.append("<li><a href=\"/themas/").append(theme.id()).append("\"><strong>")
          .append(Html.escape(theme.title())).append("</strong><span>")
          .append(Html.escape(theme.summary())).append("</span></a></li>\n");
    }
    body.append("</ul>\n");
    ctx.html(Html.page("Home", "", body.toString()));
  }

  void search(Context ctx) {
    SearchRequest request = Params.searchRequest(ctx, Channel.PUBLIC);
    StringBuilder body = new StringBuilder();
    if (request.query().isBlank()) {
      body.append("<h1>Zoeken</h1><p>Typ een of meer woorden in het zoekvak.</p>");
      ctx.html(Html.page("Zoeken", "", body.toString()));
      return;
    }
    SearchResult result = kb.search(request);
    body.append("<h1>Zoekresultaten voor ‘").append(Html.escape(request.query())).append("’</h1>\n");
    result.didYouMean().ifPresent(suggestion -> body.append("<p class=\"dym\">Bedoelde u: <a href=\"/zoeken?q=")
        .append(Html.url(suggestion)).append("\">").append(Html.escape(suggestion)).append("</a>?</p>\n"));
    if (result.relaxed()) {
      body.append("<p class=\"note\">Weinig resultaten bevatten al uw woorden. Daarna volgen resultaten met een deel ervan.</p>\n");
    }
    if (result.hits().isEmpty()) {
      body.append("<p>Geen resultaten. Probeer andere woorden, of bel het Klant Contact Centrum.</p>\n");
    }
    body.append("<p class=\"count\">").append(result.total()).append(result.total() == 1 ? " resultaat" : " resultaten").append("</p>\n");
    body.append(facetLinks(request, result.facets().themes()));
    body.append("<ol class=\"hits\">\n");
    for (SearchHit hit : result.hits()) {
      body.append("<li><a href=\"/artikelen/").append(hit.id()).append("\">").append(Html.escape(hit.title()))
          .append("</a><p class=\"summary\">").append(Html.escape(hit.summary())).append("</p>");
      if (!hit.snippet().isEmpty()) {
        body.append("<p class=\"snippet\">").append(hit.snippet()).append("</p>");
      }
      body.append("</li>\n");
    }
    body.append("</ol>\n");
    long pages = (result.total() + request.size() - 1) / request.size();
    if (pages > 1) {
      body.append("<nav class=\"pages\">");
      for (int page = 1; page <= Math.min(pages, 20); page++) {
        body.append(page == request.page() ? "<strong>" + page + "</strong> "
            : "<a href=\"/zoeken?q=" + Html.url(request.query()) + "&page=" + page + "\">" + page + "</a> ");
      }
      body.append("</nav>\n");
    }
    ctx.html(Html.page("Zoeken: " + request.query(), request.query(), body.toString()));
  }

  private static String facetLinks(SearchRequest request, List<FacetValue> themes) {
    if (themes.size() < 2) {
      return "";
    }
    StringBuilder links = new StringBuilder("<p class=\"facets\">Verfijn: ");
    for (FacetValue theme : themes) {
      links.append("<a href=\"/zoeken?q=").append(Html.url(request.query())).append("&theme=").append(theme.value())
          .append("\">").append(Html.escape(theme.label())).append(" (").append(theme.count()).append(")</a> ");
    }
    return links.append("</p>\n").toString();
  }

  void article(Context ctx) {
    String id = ctx.pathParam("id");
    Article article = kb.article(id, Channel.PUBLIC).orElseThrow(() ->
        ApiException.notFound("Deze pagina bestaat niet (meer)."));
    if (article.type() == ArticleType.THEME) {
      ctx.redirect("/themas/" + id);
      return;
    }
    StringBuilder body = new StringBuilder();
    body.append("<article>\n<h1>").append(Html.escape(article.title())).append("</h1>\n");
    body.append("<p class=\"lead\">").append(Html.escape(article.summary())).append("</p>\n");
    for (Section section : article.sections()) {
      body.append("<section><h2>").append(Html.escape(section.title())).append("</h2>\n").append(section.html()).append("\n</section>\n");
    }
    List<Article> related = article.related().stream().flatMap(r -> kb.article(r).stream()).toList();
    if (!related.isEmpty()) {
      body.append("<aside><h2>Zie ook</h2><ul>");
      related.forEach(r -> body.append("<li><a href=\"/artikelen/").append(r.id()).append("\">").append(Html.escape(r.title())).append("</a></li>"));
      body.append("</ul></aside>\n");
    }
    article.source().ifPresent(source -> body.append("<p class=\"source\">Bron: <a href=\"").append(Html.escape(source)).append("\">").append(Html.escape(source)).append("</a></p>"));
    body.append("</article>\n");
    ctx.html(Html.page(article.title(), "", body.toString()));
  }

  void theme(Context ctx) {
    String id = ctx.pathParam("id");
    Optional<ThemeSummary> theme = kb.themes().stream().filter(t -> t.id().equals(id)).findFirst();
    if (theme.isEmpty()) {
      throw ApiException.notFound("Dit thema bestaat niet.");
    }
    StringBuilder body = new StringBuilder("<h1>").append(Html.escape(theme.get().title())).append("</h1>\n");
    kb.article(id).filter(a -> a.type() == ArticleType.THEME).ifPresent(article -> {
      body.append("<p class=\"lead\">").append(Html.escape(article.summary())).append("</p>\n");
      article.section("Wat is het").ifPresent(section -> body.append(section.html()));
    });
    body.append("<h2>Alle onderwerpen</h2>\n<ul class=\"products\">\n");
    kb.articles(Channel.PUBLIC).stream()
        .filter(a -> a.type() != ArticleType.THEME && a.themes().contains(id))
        .sorted(java.util.Comparator.comparing(Article::title))
        .forEach(a -> body.append("<li><a href=\"/artikelen/").append(a.id()).append("\">").append(Html.escape(a.title())).append("</a></li>\n"));
    body.append("</ul>\n");
    ctx.html(Html.page(theme.get().title(), "", body.toString()));
  }

  void stylesheet(Context ctx) {
    ctx.contentType("text/css; charset=utf-8").result(STYLESHEET);
  }

  static String errorPage(int status, String message) {
    return Html.page("Fout " + status, "", "<h1>" + (status == 404 ? "Niet gevonden" : "Er ging iets mis")
        + "</h1><p>" + Html.escape(message) + "</p><p><a href=\"/\">Naar de homepage</a></p>");
  }

  private static final String STYLESHEET = """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1b1b1b;line-height:1.5}
      header.site{background:#00467f;color:#fff;padding:1rem 2rem;display:flex;gap:2rem;align-items:center;flex-wrap:wrap}
      header.site a.home{color:#fff;font-weight:700;text-decoration:none;font-size:1.2rem}
      form.search{display:flex;flex:1;max-width:40rem}
      form.search input{flex:1;padding:.6rem;font-size:1rem;border:0;border-radius:4px 0 0 4px}
      form.search button{padding:.6rem 1rem;border:0;background:#f5a623;font-weight:700;border-radius:0 4px 4px 0}
      main{max-width:52rem;margin:0 auto;padding:1rem 2rem 3rem}
      .sr{position:absolute;left:-9999px}
      ul.themes{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(15rem,1fr));gap:1rem}
      ul.themes a{display:block;padding:1rem;border:1px solid #cfd8e3;border-radius:6px;text-decoration:none;color:inherit;height:100%;box-sizing:border-box}
      ul.themes a:hover{border-color:#00467f}
      ul.themes span{display:block;font-size:.9rem;color:#555;margin-top:.3rem}
      .lead{font-size:1.15rem;background:#eef4fa;padding:1rem;border-left:4px solid #00467f}
      ol.hits{padding-left:1.2rem} ol.hits li{margin-bottom:1.2rem} ol.hits a{font-size:1.15rem;font-weight:600}
      .summary{margin:.2rem 0} .snippet{margin:.2rem 0;color:#555;font-size:.95rem}
      mark{background:#fff2a8;padding:0 .1em}
      table{border-collapse:collapse} td,th{border:1px solid #cfd8e3;padding:.3rem .6rem;text-align:left}
      aside{border-top:1px solid #cfd8e3;margin-top:2rem}
      footer{font-size:.85rem;color:#666;text-align:center;padding:2rem}
      .dym,.note{background:#fff8e1;padding:.5rem 1rem}
      """;
}
