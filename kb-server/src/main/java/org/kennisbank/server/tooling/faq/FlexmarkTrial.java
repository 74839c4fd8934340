package org.kennisbank.server.tooling.faq;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/** TRIAL: Flexmark's HTML-to-Markdown converter after jsoup's Safelist cleaning. */
final class FlexmarkTrial {

  private static final Safelist SAFELIST = new Safelist()
      .addTags("p", "br", "ul", "ol", "li", "a", "strong", "b", "em", "i", "h1", "h2", "h3", "h4", "h5", "h6",
          "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "div", "blockquote")
      .addAttributes("a", "href").addAttributes("ol", "start")
      .addProtocols("a", "href", "http", "https", "mailto");

  private static final FlexmarkHtmlConverter CONVERTER;

  static {
    MutableDataSet options = new MutableDataSet();
    options.set(FlexmarkHtmlConverter.UNORDERED_LIST_DELIMITER, '-');
    options.set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false);
    options.set(FlexmarkHtmlConverter.OUTPUT_UNKNOWN_TAGS, false);
    options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false);
    options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false);
    options.set(FlexmarkHtmlConverter.EXTRACT_AUTO_LINKS, false);
    options.set(FlexmarkHtmlConverter.NBSP_TEXT, " ");
    options.set(FlexmarkHtmlConverter.LIST_CONTENT_INDENT, true);
    options.set(FlexmarkHtmlConverter.BR_AS_PARA_BREAKS, false);
    options.set(FlexmarkHtmlConverter.BR_AS_EXTRA_BLANK_LINES, false);
    CONVERTER = FlexmarkHtmlConverter.builder(options).build();
  }

  private FlexmarkTrial() {}

  static String convert(String html) {
    Element body = HtmlFragments.parse(html);
    Document clean = new Cleaner(SAFELIST).clean(Jsoup.parseBodyFragment(body.html()));
    for (TextNode text : clean.body().textNodes()) {
      text.text(HtmlFragments.cleanText(text.getWholeText()));
    }
    clean.body().select("*").forEach(element -> element.textNodes()
        .forEach(text -> text.text(HtmlFragments.cleanText(text.getWholeText()))));
    clean.body().select("h1, h2, h4").tagName("h3");
    clean.body().select("h5, h6").tagName("h4");
    clean.body().select("a").forEach(link -> {
      String href = link.attr("href").strip();
      if (href.isEmpty() || link.text().isBlank()) {
        link.unwrap();
      } else {
        link.attr("href", href.replace(" ", "%20").replace("(", "%28").replace(")", "%29"));
      }
    });
    String markdown = CONVERTER.convert(clean.body().html());
    return markdown.strip().toLowerCase(Locale.ROOT).isEmpty() ? "" : markdown.strip();
  }
}
