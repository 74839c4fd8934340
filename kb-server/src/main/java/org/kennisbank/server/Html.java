package org.kennisbank.server;

/** Small helpers for writing HTML by hand: escaping and the page frame. */
final class Html {

  private Html() {}

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#x27;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  static String url(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A whole page: header with the search box, the content, a footer. */
  static String page(String title, String query, String content) {
    return """
        <!DOCTYPE html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s | Gemeente</title>
        <link rel="stylesheet" href="/assets/site.css">
        </head>
        <body>
        <header class="site">
          <a class="home" href="/">Gemeente &middot; Producten en diensten</a>
          <form class="search" action="/zoeken" method="get" role="search">
            <label for="q" class="sr">Zoeken</label>
            <input id="q" name="q" type="search" value="%s" placeholder="Waar bent u naar op zoek?" autocomplete="off">
            <button type="submit">Zoeken</button>
          </form>
        </header>
        <main>
        %s
        </main>
        <footer>Voorbeeldinhoud van Kennisbank: de teksten beschrijven een fictieve gemeente.</footer>
        </body>
        </html>
        """.formatted(escape(title), escape(query), content);
  }
}
