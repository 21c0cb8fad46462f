"""Article metadata: the title without the site's name, canonical address, author and lead."""
from __future__ import annotations

import json

import pytest

from news_archive.archive.record import ArticleItem
from news_archive.pipelines.clean import clean_item
from news_archive.pipelines.dedupe import dedupe_item
from news_archive.pipelines.extraction import extract_article
from article_page import ARTICLE_URL, PARAGRAPHS, page


def test_title_loses_site_name_suffix():
    for separator in (" | ", " - ", " – "):
        html = page().replace("<title>Ny metod för cellterapi | Campus</title>",
                              f"<title>Ny metod för cellterapi{separator}Campus Flemingsberg</title>")
        html = html.replace("<h1>Ny metod för cellterapi</h1>", "")
        assert extract_article(html, ARTICLE_URL).title == "Ny metod för cellterapi"


@pytest.mark.parametrize("headline", ["Feverish", "Klockan", "12 mars 2021", "2021-03-12"])
def test_short_or_date_headline_is_the_title_not_the_site_name(headline):
    head = '<meta property="og:site_name" content="Datenspende Projekt | News &amp; Analysen">'
    html = page(head=head, title=headline).replace(f"<title>{headline} | Campus</title>",
                                                   f"<title>{headline} | Datenspende Projekt | News &amp; Analysen</title>")
    html = html.replace("<main>", "<main><div class='search-modal'><h1>Search</h1></div>")
    assert extract_article(html, ARTICLE_URL).title == headline
    without_h1 = html.replace(f"<h1>{headline}</h1>", "")
    assert extract_article(without_h1, ARTICLE_URL).title == headline


def test_title_cut_short_by_the_site_names_its_headline():
    headline = "Fremtidens innkjøpsfunksjon – hvor er vi på vei?"
    html = page(title=headline).replace(f"<title>{headline} | Campus</title>",
                                        "<title>Ignite Procurement - Fremtidens innkjøpsfunksjon – hvor er vi på …</title>")
    assert extract_article(html, ARTICLE_URL).title == headline


@pytest.mark.parametrize("home_link", ['<a href="https://campus.example/" rel="home">',
                                       '<a href="/" title="Start">', '<a href="/sv/" rel="home">',
                                       '<a href="../../../index.html">'])
@pytest.mark.parametrize("headline", ["Ny metod för cellterapi", "Ny metod – cellterapi på campus"])
def test_header_heading_linking_home_is_the_site_name_not_the_headline(home_link, headline):
    """Themes print the site's name as an <h1> wrapped in a link home above the post's own <h1>; <title> holds both,
    and a site name longer than the headline (or a headline with a dash) made the name look like the headline."""
    site = "Framtidens forskning vid campus"
    html = page(title=headline).replace(f"<title>{headline} | Campus</title>", f"<title>{headline} | {site}</title>")
    html = html.replace('<header class="site-header">',
                        f'<header class="site-header"><h1 id="site-title"><span>{home_link}{site}</a></span></h1>')
    result = extract_article(html, ARTICLE_URL)
    assert result.title == headline
    without_post_h1 = html.replace(f"<h1>{headline}</h1>", "")
    assert extract_article(without_post_h1, ARTICLE_URL).title == headline


def test_a_headline_linking_to_the_page_itself_stays_the_title():
    html = page().replace("<h1>Ny metod för cellterapi</h1>",
                          f'<h1><a href="{ARTICLE_URL}" rel="bookmark">Ny metod för cellterapi</a></h1>')
    assert extract_article(html, ARTICLE_URL).title == "Ny metod för cellterapi"


def test_posts_whose_theme_also_names_the_site_root_as_canonical_keep_their_own_addresses():
    """A theme printing its own canonical (the site root, `../../`) before the CMS's names two pages; search engines
    then ignore both. Taking the first would archive every post of the site under the home page, one over the other."""
    urls = []
    for slug in ("ny-metod", "nytt-labb"):
        url = f"https://campus.example/sv/nyheter/{slug}.html"
        head = f'<link href="../../" rel="canonical"><link href="{slug}.html" rel="canonical">'
        html = page(head=head, header="<p class='date'>Publicerad 2024-03-05</p>")
        item = ArticleItem(source="campus", url=url, html=html, fetched_at="2024-03-05T10:00:00+00:00")
        urls.append(dedupe_item(clean_item(item)).canonical_url)
    assert urls == ["https://campus.example/sv/nyheter/ny-metod.html",
                    "https://campus.example/sv/nyheter/nytt-labb.html"]
    with_og = ('<link href="/" rel="canonical"><link href="/sv/x/" rel="canonical">'
               '<meta property="og:url" content="/sv/y/">')
    assert extract_article(page(head=with_og), ARTICLE_URL).canonical_url == "https://campus.example/sv/y/"
    same_twice = ('<link href="/sv/nyheter/ny-metod/" rel="canonical">'
                  '<link href="https://campus.example/sv/nyheter/ny-metod" rel="canonical">')
    assert extract_article(page(head=same_twice), ARTICLE_URL).canonical_url == ARTICLE_URL


def test_metadata_fields():
    head = ('<link rel="canonical" href="/sv/nyheter/ny-metod/"><meta property="og:locale" content="sv_SE">'
            '<meta property="og:image" content="/bilder/labb.jpg"><meta name="description" content="Kort om metoden.">'
            '<link rel="alternate" hreflang="en" href="https://campus.example/en/news/new-method/">'
            '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle",'
            ' "headline": "Ny metod för cellterapi", "datePublished": "2023-06-13T10:00:00+02:00",'
            ' "dateModified": "2023-06-14T08:00:00+02:00", "author": [{"@type": "Person", "name": "Anna Svensson"},'
            ' {"@type": "Person", "name": "Per Olsson"}], "publisher": {"@type": "Organization", "name": "Campus"}}]}'
            '</script>')
    result = extract_article(page(head=head, header="<p class='ingress'>Forskare har hittat ett nytt sätt att "
                                                    "odla celler för behandling av svåra sjukdomar.</p>"), ARTICLE_URL)
    assert result.title == "Ny metod för cellterapi"
    assert (result.published, result.updated) == ("2023-06-13T10:00:00+02:00", "2023-06-14T08:00:00+02:00")
    assert result.author == "Anna Svensson, Per Olsson"
    assert result.canonical_url == "https://campus.example/sv/nyheter/ny-metod/"
    assert result.image == "https://campus.example/bilder/labb.jpg"
    assert (result.html_lang, result.og_locale) == ("sv", "sv_SE")
    assert result.alternates == {"en": "https://campus.example/en/news/new-method/"}
    assert result.lead.startswith("Forskare har hittat ett nytt sätt")


@pytest.mark.parametrize("byline, expected", [
    ("<p class='byline'>By Anna Svensson</p>", "Anna Svensson"),
    ("<p class='author'>Text: Anna Svensson och Per Olsson</p>", "Anna Svensson, Per Olsson"),
    ("<p class='byline'>Av <a href='https://campus.example/anna'>Anna Svensson</a> 2023-06-13</p>", "Anna Svensson"),
    ("<p class='author'>https://campus.example/author/anna</p>", None),
    ("<p class='author'>Campus</p>", None),
    ("<p class='author'>Folgen</p>", None),
    ("<p class='byline'>Quelle: red</p>", None),
])
def test_author_from_byline_without_junk(byline, expected):
    head = '<meta property="og:site_name" content="Campus">'
    assert extract_article(page(head=head, header=byline), ARTICLE_URL).author == expected


def test_author_from_meta_tag():
    result = extract_article(page(head='<meta name="author" content="Per Olsson">'), ARTICLE_URL)
    assert result.author == "Per Olsson"


def test_lead_falls_back_to_first_paragraph():
    assert extract_article(page(header="<p>2023-06-13</p>"), ARTICLE_URL).lead == PARAGRAPHS[0]


def test_tailwind_line_height_classes_mark_no_lead():
    """Tailwind sets line heights with "leading-6", "leading-relaxed"... on every paragraph: no standfirst marker."""
    notice = "Redaktionen har sommaruppehåll och nya nyheter publiceras igen i mitten av augusti."
    body = "".join(f'<p class="mb-4 text-lg leading-7">{line}</p>' for line in PARAGRAPHS)
    html = page(body=body, header="<p>2023-06-13</p>",
                before=f'<div class="bg-yellow-100"><p class="text-sm leading-6 md:leading-relaxed">{notice}</p></div>')
    result = extract_article(html, ARTICLE_URL)
    assert result.lead == PARAGRAPHS[0]
    assert result.body == "\n\n".join(PARAGRAPHS)


def test_of_two_stated_descriptions_the_one_the_page_shows_is_the_lead():
    """A site-wide meta description beside the article's own in its JSON-LD: the page shows the article's."""
    tagline = "Nyheter och berättelser från forskare och företag på campus, samlade på ett ställe."
    standfirst = "Ett nytt sätt att odla celler kan ge bättre behandlingar, visar forskare på campuset."
    ld = json.dumps({"@type": "NewsArticle", "headline": "Ny metod för cellterapi", "description": standfirst})
    head = f'<meta name="description" content="{tagline}"><script type="application/ld+json">{ld}</script>'
    header = f'<p class="mt-6 text-xl text-slate-600">{standfirst}</p><p>2023-06-13</p>'
    assert extract_article(page(head=head, header=header), ARTICLE_URL).lead == standfirst


@pytest.mark.parametrize("marked", ["article-lead", "c-article__lead", "entry leadText", "ingress", "post-excerpt"])
def test_a_class_naming_the_lead_in_words_marks_the_standfirst(marked):
    standfirst = "Ett nytt sätt att odla celler kan ge bättre behandlingar, visar forskare på campuset."
    ad = "Annons: prenumerera på vårt nyhetsbrev och få veckans viktigaste nyheter från campus."
    header = f'<div class="ad-leaderboard"><p>{ad}</p></div><p class="{marked}">{standfirst}</p><p>2023-06-13</p>'
    assert extract_article(page(header=header), ARTICLE_URL).lead == standfirst


def test_the_writers_intro_in_an_author_card_is_no_standfirst():
    """Fails before: a blog theme's author card ("avatar__intro": the writer's name over their job title) named an
    intro, so the writer's name and employer became the post's lead wherever they ran to 40 characters."""
    card = ('<div class="avatar"><a href="https://people.example/maria"><img src="/m.png" alt="Maria"></a>'
            '<div class="avatar__intro authorDetails_x1"><div class="avatar__name"><span>Maria Lind</span></div>'
            '<small class="authorTitle_x2">Forskningsingenjör vid Institutionen för cellbiologi</small></div></div>')
    assert extract_article(page(header=f"<p>2023-06-13</p>{card}"), ARTICLE_URL).lead == PARAGRAPHS[0]


def test_a_description_the_page_shows_in_its_footer_is_the_sites_tagline_not_the_lead():
    tagline = "Vi samlar forskare, vårdgivare och företag kring nya material för ett hållbart samhälle i regionen."
    opening = "Labbet tog i veckan emot fyra nya doktorander som ska arbeta med återvunnen betong."
    text = "".join(f"<p>{line}</p>" for line in (opening, "De första proverna gjuts redan i mars och mäts under våren.",
                                                  "Resultaten presenteras på en öppen seminariedag i juni."))

    def page(footer: str) -> str:
        return (f'<html><head><title>Nya doktorander</title><meta name="description" content="{tagline}"></head>'
                f'<body><main><article><h1>Nya doktorander</h1>{text}</article></main>'
                f'<footer><div class="widget"><p>{footer}</p></div></footer></body></html>')

    assert extract_article(page(tagline), "http://p/nyheter/doktorander/").lead == opening
    assert extract_article(page("Kanalgatan 4, Norrköping"), "http://p/nyheter/doktorander/").lead == tagline


def test_an_image_naming_the_site_root_is_no_picture():
    # A theme that fills og:image with the site's address when a post names no picture: the home page is not an image.
    root_only = ('<meta property="og:image" content="https://campus.example">'
                 '<meta name="twitter:image" content="https://campus.example/">')
    assert extract_article(page(head=root_only), ARTICLE_URL).image is None
    with_picture = root_only + '<meta name="twitter:image:src" content="/bilder/labb.jpg">'
    assert extract_article(page(head=with_picture), ARTICLE_URL).image == "https://campus.example/bilder/labb.jpg"
