"""The lines of a post's own text that stay: openings, closings, captions and sentences set as headings, on plain
pages and old blog themes."""
from __future__ import annotations

import lxml.html
import pytest

from news_archive.pipelines.extraction import extract_article
from article_page import ARTICLE_URL, PARAGRAPHS, page


BLOG_URL = "https://visor.example/2014/04/10/skivslapp/"


def blog_post(post: str, title: str = "Vinylerna ger ut en skiva") -> str:
    """An old blog theme's post page: a site notice above, the post in an hAtom "hentry" wrapper whose headline
    links to the post's shortlink, and an empty comments section below."""
    return f"""<html lang="en-US"><head><title>{title} | Visföreningen</title></head><body><div id="canvas">
<div id="header"><div id="site-description">OBS: Det här är vår arkiverade hemsida som inte längre uppdateras.
Gå till vår nya hemsida på <a href="https://ny.example">ny.example</a></div></div>
<div id="primaryContent"><div id="post-303" class="post-303 post type-post hentry postWrapper">
<h1 class="postTitle"><a href="https://visor.example/index.html?p=303" rel="bookmark">{title}</a></h1>
<p class="date"><small>10.04.2014 by redaktionen</small></p><div class="post">{post}</div></div>
<h2 id="comments">No Comments</h2><p>No comments yet.</p></div></div></body></html>"""


def test_a_blog_post_is_its_hentry_wrapper_and_keeps_its_closing_address_line():
    post = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + \
        "<p>Länk till evenemanget: <b><a href='https://event.example/fdg'>https://event.example/fdg</a></b></p>"
    result = extract_article(blog_post(post), BLOG_URL)
    assert result.body.split("\n\n") == [*PARAGRAPHS, "Länk till evenemanget: https://event.example/fdg"]


def test_a_short_post_under_a_site_notice_is_its_hentry_without_the_comment_section():
    post = "<p>Vår sekreterare har skrivit om skivan i sin blogg. <a href='https://blogg.example/skivan'>Här</a> är texten.</p>"
    result = extract_article(blog_post(post), BLOG_URL)
    assert result.body == "Vår sekreterare har skrivit om skivan i sin blogg. Här är texten."


def wp_caption(text: str, picture: str = "/files/2014/04/konsert.jpg") -> str:
    return (f"<div id='attachment_12' class='wp-caption alignleft' style='width: 285px'><a href='{picture}'>"
            f"<img src='{picture}' alt='{text}' width='275' height='183'></a><p class='wp-caption-text'>{text}</p></div>")


def embed_post(entry: str) -> str:
    """An old WordPress theme's post: headline, the post wrapper with its author line, the entry and the
    "postmetadata" box of categories and feed notes below it."""
    return f"""<html lang="sv"><head><title>Berättelsen om skivan &raquo; Visföreningen</title></head><body>
<div id="content"><h1 class="content-title">Berättelsen om skivan</h1>
<article class="post-12 post type-post hentry"><p class="post-author">10 april 2014 av <a href="/author/lena/"
rel="author">Lena Ek</a></p><div class="entry">{entry}<div class="clear"></div></div>
<div class="postmetadata alt">Publicerat 10 april 2014 kl 19:05 i <a href="/category/skivor/" rel="category tag">Skivor</a>.
<div><div>Du kan följa svaren på inlägget via <a href="/2014/04/berattelsen/feed/">RSS 2.0</a>-flödet.
<div>Både kommentarer och pingbacks är stängda.</div></div></div></div></article></div>
<div class="navigation"><a href="/2014/04/annat/" rel="prev">Ett annat inlägg</a></div></body></html>"""


def test_a_post_of_one_embed_fallback_line_is_that_line_never_its_metadata_box():
    """The script of an embedded story service is gone; its <noscript> line linking to the story is the post."""
    entry = ("<p><script src='https://stories.example/lena/skivan.js'></script><noscript>[<a "
             "href='https://stories.example/lena/skivan'>Läs berättelsen “Skivan” på Stories</a>]</noscript></p>")
    result = extract_article(embed_post(entry), "https://visor.example/2014/04/berattelsen/")
    assert (result.body, result.page_type) == ("[Läs berättelsen “Skivan” på Stories]", "article")
    plain = entry.replace("<noscript>", "").replace("</noscript>", "")
    assert extract_article(embed_post(plain), "https://visor.example/2014/04/berattelsen/").body \
        == "[Läs berättelsen “Skivan” på Stories]"


def test_a_noscript_notice_outside_a_paragraph_is_no_text():
    entry = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + (
        "<div id='thread'><noscript>Please enable JavaScript to view the <a href='https://talk.example/'>comments "
        "powered by Talk.</a></noscript></div><p><img src='/a.jpg' class='lazy'><noscript><img src='/a.jpg'></noscript></p>"
        "<p><noscript>Get the &lt;a href='https://widgets.example/'&gt;Scores&lt;/a&gt; widget!</noscript></p>")
    assert extract_article(embed_post(entry), "https://visor.example/2014/04/berattelsen/").body \
        == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize("opening", [
    "<blockquote><p><strong>”Metoden gav oss tid för varje patient.”</strong></p></blockquote>",
    "<p><a href='/2014/01/forra-studien/'>Förra årets studie</a> visade vägen för den nya metoden på campus.</p>",
    "<p><strong>Texten följer upp <a href='/2014/01/forra-studien/'>Ny metod för cellterapi: de första "
    "patienterna efter ett år</a>.</strong></p>",
])
def test_a_post_opening_with_a_pull_quote_or_a_linked_line_keeps_it_above_its_first_h1_heading(opening):
    """Under the theme's own headline, an <h1> in the entry content is the writer's section heading: the text above
    it, however short, is the post's opening, not a kicker."""
    post = opening + "<h1>Så gick det till</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    first = lxml.html.fromstring(opening).text_content()
    html = embed_post(post)
    # the <h1> heads the section it opens, as an <h2> would (tests/test_extraction_h1_section_headings.py)
    assert extract_article(html, "https://visor.example/2014/04/berattelsen/").body.split("\n\n")[:3] \
        == [first, "Så gick det till", PARAGRAPHS[0]]


def test_captions_of_pictures_set_among_the_paragraphs_are_the_posts_text_but_a_bare_credit_is_not():
    post = (wp_caption("Kören på scenen 9.4.2014 foto Lena Ek") + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
            + wp_caption("Foto: Lena Ek") + wp_caption("Publiken 9.4.2014"))
    result = extract_article(blog_post(post), BLOG_URL)
    assert result.body.split("\n\n") == ["Kören på scenen 9.4.2014 foto Lena Ek", *PARAGRAPHS, "Publiken 9.4.2014"]


def test_a_placeholder_anchor_without_href_is_no_link():
    closing = ("<p><a>Projects in strategic programmes are funded by</a> <a href='https://council.example/'>the "
               "research council</a>, which works under the academy</p>")
    result = extract_article(page(body="".join(f"<p>{p}</p>" for p in PARAGRAPHS) + closing,
                                  header="<p>Publicerad 2024-03-06</p>"), ARTICLE_URL)
    assert result.body.split("\n\n")[-1] == ("Projects in strategic programmes are funded by the research council, "
                                              "which works under the academy")


def test_a_part_split_off_at_two_line_breaks_keeps_none_of_the_other_parts_links():
    # Page builders set whole posts in one heading: the link closes the first part, not the event details.
    heading = ("<h2>Vår forskare deltar i debatten om maskininlärning och fysik på akademien. <a "
               "href='https://akademi.example/debatt'>https://akademi.example/debatt</a><br><br><strong>Tid:</strong> "
               "24.10. 17.00–18.30 <strong>Plats:</strong> Stora salen i akademiens hus vid torget<br><br>"
               "Välkommen att lyssna på forskare som berättar om höstens pris och om vad det betyder för fältet.</h2>")
    result = extract_article(page(body=heading + "".join(f"<p>{p}</p>" for p in PARAGRAPHS),
                                  header="<p>Publicerad 2024-10-01</p>"), ARTICLE_URL)
    assert "Tid: 24.10. 17.00–18.30 Plats: Stora salen i akademiens hus vid torget" in result.body.split("\n\n")


def test_a_heading_that_cites_its_sources_address_opens_a_quoted_text():
    source = "https://konferens.example/2024/05/27/ai-och-hogre-utbildning-en-panel-om-undervisning-och-larande/"
    opening = f"Vår projektledare deltog i panelen om AI i högre utbildning 6.3.2024. Läs originalet här: <a href='{source}'>{source}</a>"
    quoted = "<br><br>".join(PARAGRAPHS)
    result = extract_article(page(body=f"<h2>{opening}</h2><blockquote><p>{quoted}</p></blockquote>",
                                  header="<p>Publicerad 2024-05-28</p>"), ARTICLE_URL)
    assert result.body.split("\n\n") == [f"Vår projektledare deltog i panelen om AI i högre utbildning 6.3.2024. "
                                          f"Läs originalet här: {source}", *PARAGRAPHS]


def test_text_linked_to_its_picture_is_the_posts_text():
    opening = ("Nordisk visafton på föreningshuset den 7 mars 2014, med ett tiotal artister från hela Norden och "
               "stråkar under kapellmästarens ledning.")
    post = (f"<p><a href='/files/2014/03/visafton-18.jpg'>{opening}</a></p>"
            "<p><a href='/files/2014/03/visafton-18.jpg'><img src='/files/2014/03/visafton-18.jpg' alt=''></a></p>"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])
            + "<p><a href='https://video.example/x1'>Artisterna på scen 7.3.2014</a></p>")
    result = extract_article(blog_post(post, title="Visafton den 7 mars 2014"), "https://visor.example/2014/04/10/visafton/")
    assert result.body.split("\n\n") == [opening, *PARAGRAPHS[:2], "Artisterna på scen 7.3.2014"]


def test_closing_links_to_two_documents_stay():
    closing = ("<p><a href='/files/program.pdf'>Vinterkurs 2012 PROGRAM<br></a><a href='/files/affisch.pdf'>"
               "Jubileumskonsert 10.3.2012 AFFISCH</a><a href='/files/program.pdf'><br></a></p>")
    result = extract_article(blog_post("".join(f"<p>{p}</p>" for p in PARAGRAPHS) + closing), BLOG_URL)
    assert result.body.split("\n\n")[-1] == "Vinterkurs 2012 PROGRAM Jubileumskonsert 10.3.2012 AFFISCH"


def test_an_opening_line_naming_another_day_is_text_and_the_byline_date_is_not():
    post = "<p>SKIVSLÄPPSKONSERT I HELSINGFORS den 26 april 2014</p>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    result = extract_article(blog_post(post), BLOG_URL)
    assert result.body.split("\n\n") == ["SKIVSLÄPPSKONSERT I HELSINGFORS den 26 april 2014", *PARAGRAPHS]



def test_a_press_releases_dateline_opens_its_text_and_a_date_stamp_does_not():
    # Reversed on purpose: this line was once asserted to be dropped as a byline. A place and the day, set as the
    # first paragraph of the release's own text, is the release's dateline, and the release's feed keeps it; the date
    # stays the post's byline date.
    dateline = "<p>Stockholm, 10 april 2014</p>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    result = extract_article(blog_post(dateline), BLOG_URL)
    assert result.body.split("\n\n") == ["Stockholm, 10 april 2014", *PARAGRAPHS]
    assert result.published == "2014-04-10"
    stamp = "<p>Torsdag, 10 april 2014</p>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    assert extract_article(blog_post(stamp), BLOG_URL).body.split("\n\n") == PARAGRAPHS
    opening = f"<p>STOCKHOLM, 3 april 2014 – {PARAGRAPHS[0]}</p>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:])
    result = extract_article(blog_post(opening), BLOG_URL)
    assert result.body.startswith("STOCKHOLM, 3 april 2014 – ") and result.published == "2014-04-10"


@pytest.mark.parametrize("dateline", ["Parc de Saint-Cloud, torsdag 10 april 2014",
                                      "Borgå-Näse, 10 april 2014", "Frankfurt am Main, Thursday 10 April 2014"])
def test_a_dateline_naming_a_place_of_several_words_or_the_weekday_opens_the_text(dateline):
    """Fails before: a place holding a hyphen or a small uncapitalised word, or a weekday before the day, made the
    line a date stamp, and it was dropped as the byline's date again."""
    # A theme setting the headline and its byline in a page-title band apart from the post's entry.
    page = f"""<html lang="sv"><head><title>Skivsläpp | Visföreningen</title></head><body>
<section class="page-title"><h1>Skivsläpp</h1><ul class="blog-meta"><li>By <a href="/author/red/">redaktionen</a></li>
<li>on <span>10/04/2014</span></li></ul></section><section class="section-page"><div class="page-content">
<div class="post-holder post type-post hentry"><p><strong>{dateline}</strong></p>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</div></div></section></body></html>"""
    result = extract_article(page, BLOG_URL)
    assert result.body.split("\n\n") == [dateline, *PARAGRAPHS]
    assert result.published == "2014-04-10"


def test_a_releases_number_and_day_opening_its_text_stays():
    """Fails before: "Nr. 86 - 1. April 2014", the sender's numbering set first in the release's own text under a
    subheading, was dropped as a date stamp naming another day than the page's."""
    numbered = "Nr. 86 - 1. April 2014"
    post = (f"<p><strong>{numbered}</strong></p><h2>Zweite Ausschreibung</h2>"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS))
    page = f"""<html lang="de"><head><title>Ausschreibung | Programm</title></head><body>
<article><header><h1>Ausschreibung</h1></header><ul class="info"><li><span>10 Apr, 2014</span></li></ul>
<div class="article__content" itemprop="articleBody">{post}</div></article></body></html>"""
    result = extract_article(page, BLOG_URL)
    assert result.body.split("\n\n")[:3] == [numbered, "Zweite Ausschreibung", PARAGRAPHS[0]]


def test_an_author_line_linking_the_writers_pages_opens_the_posts_text():
    line = ("<p>Authors: <a href='/authors/anna-berg/'>Anna Berg</a>, <a href='/authors/per-holm/'>Per Holm</a></p>")
    result = extract_article(blog_post(line + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)), BLOG_URL)
    assert result.body.split("\n\n") == ["Authors: Anna Berg, Per Holm", *PARAGRAPHS]
    # In the article's header, outside the text's own element, the same line is a byline.
    header = page(header=line.replace("<p>", "<p class='meta'>"), body="".join(f"<p>{p}</p>" for p in PARAGRAPHS))
    assert extract_article(header, ARTICLE_URL).body.split("\n\n") == PARAGRAPHS


def test_a_subheading_in_capitals_first_in_the_text_opens_it():
    body = "<h2>Nya Metoder Och Planer</h2>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    result = extract_article(page(body=body, header="<p>Publicerad 2023-06-13</p>"), ARTICLE_URL)
    assert result.body.split("\n\n") == ["Nya Metoder Och Planer", *PARAGRAPHS]


@pytest.mark.parametrize("heading, opens", [
    # Fails before: under a header of headline, subtitle and date line, a subheading first in the text went as a
    # kicker, though its id is the anchor a Markdown generator makes of its words.
    ("<h2 id='financing-the-teaching'>Financing the teaching</h2>", True),
    ("<h3><a id='financing-the-teaching' href='#financing-the-teaching'>Financing the teaching</a></h3>", True),
    # Fails before: naming a day in a word or two besides, it was taken for a date line over the text.
    ("<h3 id='teaching-day-1162024'>Teaching day - 11.6.2024</h3>", True),
    # A kicker carries no anchor, or one naming something else.
    ("<h2>Financing the teaching</h2>", False),
    ("<h2 id='kicker'>Financing the teaching</h2>", False),
])
def test_a_subheading_with_its_markdown_anchor_first_in_the_text_opens_it(heading, opens):
    title = "Planning the years ahead of the teaching network"
    texts = ["The network funds two half-time posts and the travel of its teachers, and partners give their time.",
             "We met in the north in February to plan how the work can go on when the present funding ends."]
    header = (f"<h1 class='article-title'><a href=''>{title}</a></h1><p class='article-meta'><h2>How the network "
              "can go on</h2> June 17, 2024 - Anna Berg</p><hr>")
    html = (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title} - Network</title></head><body>"
            "<nav><a href='/'>Home</a><a href='/blog/'>Blog</a></nav><article>" + header + heading
            + "".join(f"<p>{t}</p>" for t in texts) + "</article><footer><p>Network, a project</p></footer></body></html>")
    result = extract_article(html, "https://network.example/blog/2024/06/17/planning/")
    assert result.body.split("\n\n") == ([lxml.html.fromstring(heading).text_content()] if opens else []) + texts


@pytest.mark.parametrize("heading, text", [
    # The slug drops the apostrophe and the point inside words, and numbers a repeated heading.
    ("<h2 id='whats-new-in-contact-20'>What's new in contact 2.0</h2>", "What's new in contact 2.0"),
    ("<h2 id='contact-tracing-1'>Contact tracing</h2>", "Contact tracing"),
    # The id on an anchor or a span inside the heading, its words linked to it.
    ("<h2><a id='related-work-on-cells' href='#related-work-on-cells'>Related work on cells</a></h2>",
     "Related work on cells"),
    ("<h2><span id='share-of-patients'>Share of patients</span></h2>", "Share of patients"),
    ("<h2 id='cells-in-the-clinic'><a href='#cells-in-the-clinic'>Cells in the clinic</a></h2>", "Cells in the clinic"),
])
def test_a_heading_with_a_permalink_to_itself_is_text(heading, text):
    body = f"<p>{PARAGRAPHS[0]}</p>{heading}" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:])
    result = extract_article(page(body=body, header="<p>Publicerad 2023-06-13</p>"), ARTICLE_URL)
    assert result.body.split("\n\n") == [PARAGRAPHS[0], text, *PARAGRAPHS[1:]]


def test_a_heading_whose_markdown_anchor_says_contact_is_still_text():
    closing = ("<h6 id='for-kontakt-med-forskarna-besok-garna-projektets-webbplats-har'>För kontakt med forskarna, besök "
               "gärna projektets webbplats <a href='https://projekt.example/'>här</a></h6>")
    result = extract_article(page(body="".join(f"<p>{p}</p>" for p in PARAGRAPHS) + closing,
                                  header="<p>Publicerad 2023-06-13</p>"), ARTICLE_URL)
    assert result.body.split("\n\n")[-1] == "För kontakt med forskarna, besök gärna projektets webbplats här"


def test_a_sentence_that_shows_its_sources_address_opens_the_text():
    source = "https://konferens.example/2024/05/27/ai-och-hogre-utbildning-en-panel-om-undervisning-och-larande/"
    opening = (f"<p>Vår projektledare prof. Anna Berg deltog i panelen om AI i högre utbildning 6.3.2024. "
               f"Läs originalnyheten här: <a href='{source}'>{source}</a></p>")
    result = extract_article(page(body=opening + "".join(f"<p>{p}</p>" for p in PARAGRAPHS),
                                  header="<p>Publicerad 2024-03-06</p>"), ARTICLE_URL)
    assert result.body.startswith("Vår projektledare prof. Anna Berg deltog")


def test_a_programme_table_keeps_its_short_last_row():
    table = ("<figure class='wp-block-table'><table><tr><td>10:00</td><td>Välkommen och presentation av projektet "
             "och dagens program för alla deltagare</td></tr><tr><td>16:45</td><td>Avslutning: Anna Berg</td></tr>"
             "</table></figure>")
    result = extract_article(page(body="".join(f"<p>{p}</p>" for p in PARAGRAPHS) + table,
                                  header="<p>Publicerad 2023-06-13</p>"), ARTICLE_URL)
    assert result.body.split("\n\n")[-1] == "Avslutning: Anna Berg"


@pytest.mark.parametrize("opening", ["Liebe Spender:innen,", "Nu har familjedaghemmet startat i Eskilstuna!",
                                     "Vad gör metoden?"])
def test_a_heading_that_opens_the_text_like_a_sentence_stays(opening):
    body = f"<h3>{opening}</h3>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    result = extract_article(page(body=body, header="<p>Publicerad 2023-06-13</p>"), ARTICLE_URL)
    assert result.body.split("\n\n") == [opening, *PARAGRAPHS]


def test_sentences_set_as_headings_open_and_close_the_text():
    opening = ("<h2>Radion intervjuade professorn den 29.1.2025. Lyssna på intervjun här: "
               "<a href='https://radio.example/1-72883304'>https://radio.example/1-72883304</a></h2>")
    closing = "<h3>Välkommen till vår monter på mässan!</h3><h3>Relaterat</h3>"
    body = opening + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + closing
    result = extract_article(page(body=body, header="<p>Publicerad 2023-06-13</p>"), ARTICLE_URL)
    assert result.body.split("\n\n") == [
        "Radion intervjuade professorn den 29.1.2025. Lyssna på intervjun här: https://radio.example/1-72883304",
        *PARAGRAPHS, "Välkommen till vår monter på mässan!"]


def test_short_post_keeps_its_short_closing_line():
    body = (f"<div class='post-content'><p>{PARAGRAPHS[0]}</p><p>Ha en trevlig helg!</p>"
            "<p><a href='/bilder/helg.jpg'><img src='/bilder/helg.jpg' alt=''></a></p></div>")
    result = extract_article(page(body=body), "https://campus.example/posts/2022/02/25/kontoret/")
    assert result.body.split("\n\n") == [PARAGRAPHS[0], "Ha en trevlig helg!"]


def test_a_table_set_in_a_figure_and_a_closing_link_heading_stay():
    table = ("<figure class='wp-block-table'><table><tr><td>09:00</td><td>Öppning: Anna Svensson</td></tr>"
             "<tr><td>15:30</td><td>Avslutning: Per Olsson</td></tr></table></figure>")
    closing = "<h2>Programmet finns här: <a href='https://konferens.example/program'>konferens.example</a></h2>"
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + table + closing
    result = extract_article(page(body=body, header="<p>Publicerad 2023-06-13</p>"), ARTICLE_URL)
    assert "Avslutning: Per Olsson" in result.body
    assert result.body.endswith("Programmet finns här: konferens.example")


def test_text_set_in_heading_type_is_prose():
    body = "".join(f"<h2 class='kb-adv-heading'>{p}</h2>" for p in PARAGRAPHS)
    result = extract_article(page(body=body, header="<p>Publicerad 2023-06-13</p>"), ARTICLE_URL)
    assert result.body == "\n\n".join(PARAGRAPHS)


def test_first_line_before_a_line_break_stays():
    body = f"<div class='entry'>Kära medlemmar,<br>{PARAGRAPHS[0]}<br><br>{PARAGRAPHS[1]}<br><br>{PARAGRAPHS[2]}</div>"
    result = extract_article(page(body=body, header="<p>Publicerad 2023-06-13</p>"), ARTICLE_URL)
    assert result.body.startswith("Kära medlemmar, " + PARAGRAPHS[0])
    assert result.body.endswith(PARAGRAPHS[2])


def test_blog_post_set_as_text_and_line_breaks_in_a_widget_is_kept():
    post = "<br><br>".join(PARAGRAPHS)
    archive = "".join(f"<li><a href='/2023/0{n}/'>Arkiv för månad nummer {n}</a></li>" for n in range(1, 9))
    html = page(body=f"<div class='widget Blog'><div class='post'><div class='post-body'>{post}</div></div></div>"
                     f"<div class='widget Archive'><ul>{archive}</ul></div>", header="<p>Publicerad 2023-06-13</p>")
    assert extract_article(html, ARTICLE_URL).body == "\n\n".join(PARAGRAPHS)


def test_short_dated_post_is_an_article():
    text = "Här kan du se hela vår konsert på Visans dag, inspelad i Helsingfors."
    result = extract_article(page(body=f"<p>{text}</p>"), "https://campus.example/2021/03/12/konsert/")
    assert (result.page_type, result.body) == ("article", text)
    assert extract_article(page(body=f"<p>{text}</p>"), "https://campus.example/konsert/").page_type == "empty"


def test_a_stray_body_end_does_not_hide_the_page():
    html = page(header="<p>Publicerad 2023-06-13</p>").replace("<body>", "<body></body><body class='real'>", 1)
    assert extract_article(html, ARTICLE_URL).body == "\n\n".join(PARAGRAPHS)
