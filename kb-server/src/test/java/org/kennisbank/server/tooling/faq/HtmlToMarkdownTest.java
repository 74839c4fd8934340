package org.kennisbank.server.tooling.faq;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kennisbank.core.internal.content.MarkdownBody;

class HtmlToMarkdownTest {

  private static String convert(String html) {
    return HtmlToMarkdown.convert(html);
  }

  @Test
  void links_lists_and_emphasis_survive_conversion() {
    String html = """
        <p>Kijk op <a href="https://www.rijksoverheid.nl/paspoort">rijksoverheid.nl</a> of mail
        <a href="mailto:info@example.nl">info@example.nl</a>. <strong>Let op:</strong> neem <em>altijd</em> uw <b>pas</b> en <i>foto</i> mee.</p>
        <ul>
         <li>gemeenten;</li>
         <li>provincies.</li>
        </ul>
        <ol><li>Eerst</li><li>Dan</li></ol>""";

    assertThat(convert(html)).isEqualTo("""
        Kijk op [rijksoverheid.nl](https://www.rijksoverheid.nl/paspoort) of mail [info@example.nl](mailto:info@example.nl). **Let op:** neem *altijd* uw **pas** en *foto* mee.

        - gemeenten;
        - provincies.

        1. Eerst
        2. Dan""");
  }

  @Test
  void nested_lists_are_indented_under_their_item() {
    String html = "<ul><li>Reizen<ul><li>paspoort</li><li>ID-kaart<ol start=\"3\"><li>drie</li><li>vier</li></ol></li></ul></li>"
        + "<li><p>Eerste alinea</p><p>Tweede alinea</p></li></ul>"
        + "<ol><li>a</li><li>b</li><li>c</li><li>d</li><li>e</li><li>f</li><li>g</li><li>h</li><li>i</li>"
        + "<li>tien<ul><li>genest</li></ul></li></ol>";

    assertThat(convert(html)).isEqualTo("""
        - Reizen
          - paspoort
          - ID-kaart

            3. drie
            4. vier
        - Eerste alinea

          Tweede alinea

        1. a
        2. b
        3. c
        4. d
        5. e
        6. f
        7. g
        8. h
        9. i
        10. tien
            - genest""");
  }

  @Test
  void a_list_placed_directly_in_a_list_joins_the_item_before_it() {
    assertThat(convert("<ul><li>boven</li><ul><li>onder</li></ul><li>volgende</li></ul>")).isEqualTo("""
        - boven
          - onder
        - volgende""");
  }

  @Test
  void entities_are_decoded_and_non_breaking_spaces_normalised() {
    assertThat(convert("<p>Caf&eacute;&nbsp;&amp;&nbsp;r&eacute;sum&eacute; &ndash; 18&#160;jaar &euro;&nbsp;5 &quot;ja&quot; &#x27;nee&#x27; ge\u00ADmeen\u200Bte</p>"))
        .isEqualTo("Café & résumé – 18 jaar € 5 \"ja\" 'nee' gemeente");
  }

  @Test
  void scripts_styles_iframes_and_images_are_dropped_but_unknown_tags_keep_their_text() {
    String html = "<p>Voor<script>alert('x')</script><style>p{color:red}</style>"
        + "<iframe src=\"https://evil.example\">frame</iframe><img src=\"x.png\" alt=\"plaatje\"> "
        + "<span class=\"x\">midden</span> <blink>knipper</blink> <sup>2</sup> "
        + "<object data=\"x\">object</object><noscript>geen script</noscript>na</p>";

    assertThat(convert(html)).isEqualTo("Voor midden knipper 2 na");
  }

  @Test
  void only_absolute_web_and_mail_links_are_kept() {
    String html = "<p><a href=\"/onderwerpen/paspoort\">relatief</a>, <a href=\"javascript:alert(1)\">script</a>, "
        + "<a href=\"#anker\">anker</a>, <a>zonder</a>, <a href=\"HTTPS://example.nl/a b(c)\">hoofdletters</a>, "
        + "<a href=\"https://example.nl\"> </a>leeg</p>";

    assertThat(convert(html)).isEqualTo(
        "relatief, script, anker, zonder, [hoofdletters](HTTPS://example.nl/a%20b%28c%29), leeg");
  }

  @Test
  void markdown_characters_in_text_are_escaped() {
    String html = "<p># geen kop</p><p>- geen lijst</p><p>+ ook niet</p><p>* ster</p><p>2024. Een jaar</p>"
        + "<p>&gt; geen citaat</p><p>[geen](link) en snake_case of _nadruk_ en `code` en 5 * 3 en &lt;b&gt; en a\\b en &amp;amp;</p>"
        + "<p>---</p><p>===</p><p>~~~</p><h3>Stap #</h3>";

    String markdown = convert(html);

    assertThat(markdown).isEqualTo("""
        \\# geen kop

        \\- geen lijst

        \\+ ook niet

        \\* ster

        2024\\. Een jaar

        \\> geen citaat

        \\[geen\\](link) en snake_case of \\_nadruk\\_ en \\`code\\` en 5 \\* 3 en \\<b> en a\\\\b en \\&amp;

        \\---

        \\===

        \\~~~

        ### Stap \\#""");
    assertThat(MarkdownBody.toHtml(markdown)).isEqualTo("""
        <p># geen kop</p>
        <p>- geen lijst</p>
        <p>+ ook niet</p>
        <p>* ster</p>
        <p>2024. Een jaar</p>
        <p>&gt; geen citaat</p>
        <p>[geen](link) en snake_case of _nadruk_ en `code` en 5 * 3 en &lt;b&gt; en a\\b en &amp;amp;</p>
        <p>---</p>
        <p>===</p>
        <p>~~~</p>
        <h3>Stap #</h3>""");
  }

  @Test
  void line_breaks_are_kept_and_a_double_break_starts_a_new_paragraph() {
    assertThat(convert("<p><br>Postbus 20011<br />\n2500 EA Den Haag<br><br>Daarna<br></p>")).isEqualTo("""
        Postbus 20011\\
        2500 EA Den Haag

        Daarna""");
  }

  @Test
  void headings_inside_a_paragraph_become_level_3() {
    assertThat(convert("<h2>Kosten</h2><p>Gratis.</p><h3><strong>Termijn</strong></h3><h4>Meer</h4><h5>Klein</h5>"))
        .isEqualTo("""
            ### Kosten

            Gratis.

            ### **Termijn**

            ### Meer

            #### Klein""");
  }

  @Test
  void tables_become_rows_of_text() {
    String html = "<table><caption>Toestemming</caption><thead><tr><th>Leeftijd</th><th>Van</th></tr></thead>"
        + "<tbody><tr><td>Tot 12 jaar</td><td>beide <a href=\"https://example.nl\">ouders</a></td></tr>"
        + "<tr><td></td><td></td></tr></tbody></table><p>Daarna</p>";

    assertThat(convert(html)).isEqualTo("""
        Toestemming

        Leeftijd | Van

        Tot 12 jaar | beide [ouders](https://example.nl)

        Daarna""");
  }

  @Test
  void emphasis_that_markdown_cannot_read_is_left_out() {
    assertThat(convert("<p>adviseren<strong>.</strong> En <b>Let op:</b>tekst en <em> ruimte </em>hier en <strong></strong>leeg</p>"))
        .isEqualTo("adviseren. En Let op:tekst en *ruimte* hier en leeg");
  }

  @Test
  void nested_emphasis_is_written_once() {
    assertThat(convert("<p><strong>vet <b>nog vetter</b> <em>en schuin</em></strong></p>"))
        .isEqualTo("**vet nog vetter *en schuin***");
  }

  @Test
  void block_elements_inside_inline_elements_still_make_blocks() {
    assertThat(convert("<span><p>een</p><p>twee</p></span><div>drie<div>vier</div></div>")).isEqualTo("""
        een

        twee

        drie

        vier""");
  }

  @Test
  void empty_or_textless_html_gives_empty_markdown() {
    assertThat(convert("")).isEmpty();
    assertThat(convert("<p> </p><ul><li></li></ul><script>x()</script><br>")).isEmpty();
  }

  @Test
  void plain_text_reads_list_items_as_a_series() {
    assertThat(HtmlFragments.plainText("<p>Landen:</p><ul><li>België</li><li>Duitsland;</li><li>Frankrijk</li></ul><p>Klaar&nbsp;<br>nu</p>"))
        .isEqualTo("Landen: België, Duitsland; Frankrijk Klaar nu");
  }
}
