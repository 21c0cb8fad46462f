"""Which of a page's dates is its publication: stated metadata, the header's date line, the address, and the
order of trust between them."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article
from article_page import ARTICLE_URL, PARAGRAPHS, US_ARTICLE_URL, page


def test_date_sources_in_order_of_trust():
    jsonld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-06-12T09:00:00+02:00"}</script>'
    meta = '<meta property="article:published_time" content="2023-06-11T08:00:00+02:00">'
    text = "<p>Publicerad 10 juni 2023</p>"
    url = "https://campus.example/sv/2023/06/09/ny-metod/"
    assert extract_article(page(head=jsonld + meta, header=text), url).published_from == "json-ld"
    from_meta = extract_article(page(head=meta, header=text), url)
    assert (from_meta.published, from_meta.published_from) == ("2023-06-11T08:00:00+02:00", "meta")
    from_text = extract_article(page(header=text), url)
    assert (from_text.published, from_text.published_from) == ("2023-06-10", "text")
    from_url = extract_article(page(), url)
    assert (from_url.published, from_url.published_from) == ("2023-06-09", "url")


def test_utc_timestamp_gives_the_publishers_own_day():
    jsonld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-11-09T02:11:03Z"}</script>'
    shown = "<time datetime='2023-11-08T21:11:03-05:00'>November 8, 2023</time>"
    assert extract_article(page(head=jsonld, header=shown), ARTICLE_URL).published == "2023-11-08T21:11:03-05:00"
    in_url = extract_article(page(head=jsonld), "https://news.example/2023/11/08/story/")
    assert in_url.published == "2023-11-08"
    # An address day no real time zone can reach is the address's own business (a slug date, an old id).
    far = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-04-25T12:26:15Z"}</script>'
    assert extract_article(page(head=far), "https://news.example/x-2023-04-24/").published == "2023-04-25T12:26:15+00:00"


def test_date_in_a_date_classed_element_or_date_line_after_the_lead():
    lead = f"<p class='lead'>{PARAGRAPHS[0]} {PARAGRAPHS[1]}</p>"
    classed = page(header=lead + "<span class='date'>20.01.2022</span>")
    assert extract_article(classed, ARTICLE_URL).published == "2022-01-20"
    line = page(header=lead + "<div>Montag, 24. Januar 2022</div>")
    assert extract_article(line, ARTICLE_URL).published == "2022-01-24"


def test_disagreeing_metadata_dates_are_settled_by_the_date_the_page_shows():
    head = ('<meta name="pubdate" content="2021-12-14T15:41:07+01:00">'
            '<meta name="dc.date.issued" content="2022-02-04T15:33:00+01:00">')
    result = extract_article(page(head=head, header="<p class='author'>04.02.2022 | 15:33 Uhr</p>"), ARTICLE_URL)
    assert (result.published, result.published_from) == ("2022-02-04T15:33:00+01:00", "meta")
    assert extract_article(page(head=head), ARTICLE_URL).published == "2021-12-14T15:41:07+01:00"


def test_jsonld_in_a_cdata_section_is_read():
    head = ('<script type="application/ld+json">//<![CDATA[\n{"@type": "NewsArticle", "datePublished": '
            '"2020-07-10T14:15:42+02:00"}\n//]]></script>')
    assert extract_article(page(head=head), ARTICLE_URL).published_from == "json-ld"


def test_date_from_the_pages_own_script_data_or_a_dateline_paragraph():
    data = '<script>window.product = {"title": "Kaffe", "published_at": "2019-03-02T06:22:28+01:00"};</script>'
    assert extract_article(page(head=data), ARTICLE_URL).published == "2019-03-02T06:22:28+01:00"
    dateline = page(body=f"<p>{PARAGRAPHS[0]} {PARAGRAPHS[1]}</p><p>01.02.2022 – {PARAGRAPHS[2]}</p>")
    assert extract_article(dateline, ARTICLE_URL).published == "2022-02-01"


def test_a_post_date_linked_to_the_post_itself_is_its_date():
    header = ("<a href='https://campus.example/sv/nyheter/ny-metod/' rel='bookmark'>"
              "<time class='entry-date published' datetime='2019-02-10T09:30:10+01:00'>10 februari 2019</time></a>")
    assert extract_article(page(header=header), ARTICLE_URL).published == "2019-02-10T09:30:10+01:00"


def test_month_in_url_gives_first_of_month_only_without_a_better_date():
    url = "https://region.example/nyheter/2023/06/ny-metod/"
    assert extract_article(page(), url).published == "2023-06-01"
    assert extract_article(page(header="<p>14 juni 2023</p>"), url).published == "2023-06-14"


def test_a_number_opening_the_slug_yields_to_the_posts_date_line():
    """"/2015/03/5-tips-for-x/" is the headline's "5 tips", not the 5th: the date line under the headline dates it."""
    url = "https://blog.example/2015/03/5-nya-metoder-for-cellterapi/"
    assert extract_article(page(header="<p class='post-author'>8 mars 2015</p>"), url).published == "2015-03-08"
    assert extract_article(page(), url).published == "2015-03-05", "without a date line the address's reading stays"
    # A day in its own folder gives way too: the date line by the headline is the day the post went out (a static
    # generator keeps the draft's day in the path; tests/test_date_line_beats_address.py).
    assert extract_article(page(header="<p>8 mars 2015</p>"), "https://blog.example/2015/03/05/ny-metod/").published \
        == "2015-03-08"
    assert extract_article(page(), "https://blog.example/2015/03/05/ny-metod/").published == "2015-03-05"


def test_a_year_and_month_address_takes_the_day_a_closing_post_line_shows():
    """A theme that prints the post's date only in its closing line ("This entry was filed on ..."), below a long
    text: a day of the address's month anywhere outside comments and teasers beats the month's first."""
    body = "".join(f"<p>{PARAGRAPHS[0]} {PARAGRAPHS[i % 2 + 1]} ({i})</p>" for i in range(80))
    after = ("<div class='postmetadata'>This entry was filed on 20 March 2015 at 13:55 under "
             "<a href='/category/news/'>News</a>.</div>"
             "<div class='comments-area'><p class='comment-meta'>21 March 2015</p></div>")
    url = "https://blog.example/2015/03/ny-metod/"
    assert extract_article(page(body=body, after=after), url).published == "2015-03-20T13:55"
    other_month = after.replace("20 March", "20 April")
    assert extract_article(page(body=body, after=other_month), url).published == "2015-03-01", \
        "a date of another month is not this post's"
    comment_only = after.replace("filed on 20 March 2015 at 13:55 under", "filed under")
    assert extract_article(page(body=body, after=comment_only), url).published == "2015-03-01", \
        "a reader's comment date is not the post's"
    teaser = comment_only.replace("</div><div class='comments-area'>",
                                  "</div><aside><a href='/2015/03/annan/'>Annan nyhet 12 March 2015</a></aside>"
                                  "<div class='comments-area'>")
    assert extract_article(page(body=body, after=teaser), url).published == "2015-03-01", \
        "another post's teaser is not this post's"


def test_headline_is_the_h1_that_shows_the_title_and_a_date_inside_it_counts():
    logo = "<div class='logo'><h1>Campus</h1></div><div class='teasers'><span>Sista dag 31.12.2018</span></div>"
    kicker = ("<h1><span class='topline'>Nyhet <span class='date'>27.01.2022</span></span>"
              "<span>Ny metod för cellterapi</span></h1>")
    html = page(before=logo).replace("<h1>Ny metod för cellterapi</h1>", kicker)
    assert extract_article(html, ARTICLE_URL).published == "2022-01-27"


def test_a_linked_post_date_beside_the_headline_counts_even_above_it():
    header = ("<div class='entry-meta'><a href='https://mirror.example/ny-metod' rel='bookmark'>"
              "<time>27 januari 2014</time></a> av Anna</div>")
    menu = "<nav><a href='/arkiv/2013'>Arkiv 5 mars 2013</a></nav>"
    html = page(before=menu).replace("<article><h1>", f"<article><header>{header}<h1>").replace("</h1>", "</h1></header>", 1)
    assert extract_article(html, ARTICLE_URL).published == "2014-01-27"


def test_a_bare_date_tag_gives_way_to_the_date_the_header_shows():
    saved = '<meta name="date" content="2020-02-12">'
    shown = "<div>05.02.2020 - Redaktion: Anna Berg</div>"
    assert extract_article(page(head=saved, header=shown), ARTICLE_URL).published == "2020-02-05"
    assert extract_article(page(head=saved), ARTICLE_URL).published == "2020-02-12"
    # A named publication tag keeps its trust over the header.
    named = '<meta property="article:published_time" content="2020-02-12T10:00:00+01:00">'
    assert extract_article(page(head=named, header=shown), ARTICLE_URL).published == "2020-02-12T10:00:00+01:00"


def test_a_date_glued_to_a_label_in_another_element_is_read():
    header = "<div class='kicker'><span>Original Research</span><span>7 April 2020</span></div>"
    assert extract_article(page(header=header), ARTICLE_URL).published == "2020-04-07"


def test_text_set_without_paragraph_tags_ends_the_header_but_a_standfirst_does_not():
    body = (f"<div class='text'><strong>Huddinge (12.11.2021). {PARAGRAPHS[0]} {PARAGRAPHS[1]}</strong></div>"
            f"<div class='text'>{PARAGRAPHS[2]} {PARAGRAPHS[1]}</div>"
            "<div class='events'><div>Lör 13.11.2021 Konsert</div><div>Sön 14.11.2021 Gudstjänst</div></div>")
    assert extract_article(page(body=body), ARTICLE_URL).published == "2021-11-12"
    standfirst = (f"<div class='excerpt'><div>{PARAGRAPHS[0]} {PARAGRAPHS[1]}</div></div>"
                  f"<div class='meta'>Stockholm, 23 oktober 2024</div>")
    assert extract_article(page(header=standfirst), ARTICLE_URL).published == "2024-10-23"


def test_an_indented_byline_line_below_the_lead_is_a_date_line():
    indent = "\n" + " " * 24
    byline = (f"<div class='byline'>{indent}<span>Anna Svensson |</span>{indent}"
              f"<span>05.04.2025 - Uppdaterad: 06.04.2025</span>{indent}</div>")
    result = extract_article(page(header=f"<p>{PARAGRAPHS[0]} {PARAGRAPHS[1]}</p>{byline}"), ARTICLE_URL)
    assert (result.published, result.updated) == ("2025-04-05", "2025-04-06")


def test_the_date_line_under_the_headline_and_the_address_outrank_a_labelled_date_in_the_first_sentence():
    """A post about another site's article names that article's day ("an article published on June 22nd, 2015"):
    the address and the date line under the headline agree on the post's own."""
    opening = ("In an article published on June 22nd, 2015, the city paper looked at the council's new budget and "
               "what it means for the schools.")
    html = page(header="<h5>2015-06-25</h5>", body=f"<p>{opening}</p>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS),
                title="The city paper on our budget", lang="en")
    assert extract_article(html, "https://council.example/news/20150625-city-paper-on-budget/").published \
        == "2015-06-25"
    assert extract_article(html, "https://council.example/news/city-paper-on-budget/").published == "2015-06-25", \
        "without the address's word the date line under the headline, before the text, still beats a label in it"
    byline = page(header="<p>Published June 22, 2015</p><h5>2015-06-25</h5>", title="The city paper on our budget",
                  lang="en")
    assert extract_article(byline, "https://council.example/news/20150625-city-paper-on-budget/").published \
        == "2015-06-22", "a label in a line of its own is the page's byline"


def test_a_bare_datum_field_in_the_text_is_an_events_day_and_the_address_dates_the_post():
    """A notice lists its event as fields ("Datum:", "Tid:") or signs off with the party's day: no publication's."""
    fields = page(body="<p>Vattnet stängs av i fastigheten för byte av ventiler:</p>"
                       "<ul><li>Datum: Tisdagen den 18 november</li><li>Tid: kl. 08:15 – 15:00</li></ul>"
                       + "".join(f"<p>{p}</p>" for p in PARAGRAPHS), title="Vattenavstängning")
    assert extract_article(fields, "https://brf.example/nyheter/2025/10/10/vatten.html").published == "2025-10-10"
    party = page(body="".join(f"<p>{p}</p>" for p in PARAGRAPHS)
                      + "<p>Vi ses på adventsfikat på gården!<br><strong>Datum:</strong> 2024-12-15 15:00</p>",
                 title="Infobrev december")
    assert extract_article(party, "https://brf.example/nyheter/2024/12/05/infobrev.html").published == "2024-12-05"
    assert extract_article(page(header="<p>Datum: 2024-12-05</p>"), ARTICLE_URL).published == "2024-12-05", \
        "a date line so labelled under the headline still dates a page whose address names no day"


def test_a_day_among_the_slugs_words_yields_to_the_posts_own_date():
    """A slug made from the headline ("Meeting 11.12.2022") names the event's day; the post's date line is its own."""
    html = page(header="<div class='entry-meta'><span class='posted-date'>5. Dezember 2022</span></div>",
                body="<p>Am Sonntag, 11.12.2022, findet unser nächstes Treffen statt.</p>"
                     + "".join(f"<p>{p}</p>" for p in PARAGRAPHS), title="Treffen 11.12.2022", lang="de")
    assert extract_article(html, "https://verein.example/treffen-11-12-2022/").published == "2022-12-05"
    assert extract_article(page(lang="de"), "https://verein.example/treffen-11-12-2022/").published \
        == "2022-12-11", "without a date of its own the page keeps its address's day"
    # A day opening the slug (newsrooms name their pages so) is the page's when nothing by the headline says
    # otherwise; the post's own date line beats it.
    assert extract_article(page(lang="de"), "https://verein.example/news/11-12-2022-treffen/").published \
        == "2022-12-11"
    assert extract_article(page(header="<p>5. Dezember 2022</p>", lang="de"),
                           "https://verein.example/news/11-12-2022-treffen/").published == "2022-12-05"


def test_a_video_pages_upload_date_dates_it_but_not_an_article_that_embeds_an_older_video():
    video = '{"@type": "VideoObject", "name": "Council vote", "uploadDate": "2020-03-03T17:02:00-05:00"}'
    html = page(head=f'<script type="application/ld+json">{video}</script>', lang="en")
    assert extract_article(html, US_ARTICLE_URL).published == "2020-03-03T17:02:00-05:00"
    stated = f'[{{"@type": "NewsArticle", "headline": "Council approves new budget"}}, {video}]'
    html = page(head=f'<script type="application/ld+json">{stated}</script>', lang="en")
    assert extract_article(html, US_ARTICLE_URL).published is None


def test_the_analytics_tags_publication_counts_only_where_the_page_shows_none():
    tag = ("<meta name='parsely-page' content='{\"title\": \"Council approves new budget\", "
           "\"pub_date\": \"2020-03-03T23:02:00Z\", \"section\": \"News\"}'>")
    assert extract_article(page(head=tag, lang="en"), US_ARTICLE_URL).published == "2020-03-03T23:02:00+00:00"
    shown = page(head=tag, header="<p>Published March 2, 2020</p>", lang="en")
    assert extract_article(shown, US_ARTICLE_URL).published == "2020-03-02"
    in_address = extract_article(page(head=tag, lang="en"), "https://daily.example/2020/03/02/budget/")
    assert in_address.published == "2020-03-02"


def test_utc_timestamp_takes_the_day_the_article_header_shows():
    evening = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2020-03-04T02:30:00Z"}</script>'
    shown = page(head=evening, header="<p>Published 9:30 PM ET Mar 3, 2020</p>", lang="en")
    assert extract_article(shown, US_ARTICLE_URL).published == "2020-03-03"
    # A masthead above the headline prints the day the page was rendered, not the article's.
    masthead = page(head=evening, before="<div class='masthead'><span>Wednesday, March 4, 2020</span></div>", lang="en")
    assert extract_article(masthead, "https://daily.example/2020/03/03/budget/").published == "2020-03-03"
    # The header shows the UTC moment's day: the address's other day is another zone's naming.
    utc_shown = page(head=evening, header="<p>March 4, 2020 - 2.30am</p>", lang="en")
    assert extract_article(utc_shown, "https://daily.example/budget-20200303-x.html").published == "2020-03-04T02:30:00+00:00"


def test_the_articles_own_time_of_a_bare_day_beats_a_utc_day_the_address_repeats():
    # A blog exported from a CMS that named its addresses by the UTC day; its theme prints the local day.
    late = '<meta property="article:published_time" content="2019-05-20T22:40:12.000Z">'
    shown = "<time class='post-date' datetime='2019-05-21'>May 21, 2019</time>"
    html = page(head=late, header=shown, lang="en")
    assert extract_article(html, "https://blog.example/2019/05/20/new-bike-shed/").published == "2019-05-21"
    # A day no zone reaches from the moment is another date, and the stated moment stands.
    far = page(head=late, header="<time class='post-date' datetime='2019-05-23'>May 23, 2019</time>", lang="en")
    assert extract_article(far, "https://blog.example/2019/05/20/new-bike-shed/").published.startswith("2019-05-20")


def test_a_zone_less_time_of_the_same_instant_gives_the_local_day():
    utc = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-11-09T01:09:55Z"}</script>'
    local = "<div class='time'><time datetime='2023-11-08 18:09:55'>November 8, 2023 at 6:09 p.m.</time></div>"
    assert extract_article(page(head=utc, header=local), ARTICLE_URL).published == "2023-11-08T18:09:55"
    # A teaser's time on the hour is another moment, whatever the offset between them.
    on_hour = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-04-08T03:00:00Z"}</script>'
    teaser = "<aside><time datetime='2025-04-07 18:00:00'>18:00</time></aside>"
    assert extract_article(page(head=on_hour, after=teaser), ARTICLE_URL).published == "2025-04-08T03:00:00+00:00"


def test_a_time_in_a_nav_or_aside_counts_only_when_the_article_shows_no_date():
    today = "<nav><ul><li>Today <time datetime='2020-03-05T08:00:00-05:00'>Mar 5, 2020</time></li></ul></nav>"
    teaser = "<aside><time datetime='2020-02-01'>Feb 1, 2020</time></aside>"
    assert extract_article(page(before=today, header="<p>March 3, 2020</p>"), ARTICLE_URL).published == "2020-03-03"
    own = "<time datetime='2020-03-03'>March 3, 2020</time>"
    assert extract_article(page(before=teaser, header=own), ARTICLE_URL).published == "2020-03-03"
    assert extract_article(page(before=teaser), ARTICLE_URL).published == "2020-02-01"


def test_a_bare_date_tag_gives_way_to_the_articles_time_element():
    saved = '<meta name="dcterms.date" content="2022-01-21T09:43+01:00">'
    time = "<div class='article-meta'><time datetime='2022-01-25T08:00:00+01:00'>25.01.2022</time></div>"
    assert extract_article(page(head=saved, after=time), ARTICLE_URL).published == "2022-01-25T08:00:00+01:00"


def test_an_article_keeps_its_own_date_beside_a_linked_kicker_or_a_linked_headline():
    text = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    kicker = (f"<article><h6><a href='/sv/nyheter/'>Nyheter</a></h6><h2>Ny metod för att mäta fibrer</h2>"
              f"<time datetime='2024-03-12'>12 mars 2024</time>{text}</article>")
    linked_h1 = (f"<article class='post'><h1><a href='https://campus.example/ny-metod'>Ny metod för att mäta fibrer</a>"
                 f"</h1><time datetime='2024-03-12'>12 mars 2024</time>{text}</article><article class='post'>"
                 f"<h2><a href='/annat/'>Ett annat inlägg</a></h2></article>")
    for body in (kicker, linked_h1):
        assert extract_article(f"<html><body>{body}</body></html>", ARTICLE_URL).published == "2024-03-12", body[:40]
