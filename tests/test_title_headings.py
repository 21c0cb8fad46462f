"""Titles read from the heading that opens the text when the stated titles name the site, the section or an
editor's search-engine headline; and the post's date line rather than a day its headline names."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article
from news_archive.pipelines.extraction.lead_heading import is_unrendered_markdown

TEXT = ("<p>The working group met for two days to agree the next steps of the archive project, and the minutes are "
        "now open for comments from every member of the association.</p>"
        "<p>Members who could not attend may send their notes to the secretary before the end of the month.</p>")

SIDEBAR = "<div class='side'><h2>Quick links</h2><ul><li><a href='/a'>Members</a></li><li><a href='/b'>Join</a></li></ul></div>"


def _page(head: str, body: str) -> str:
    return f"<html lang='en'><head>{head}</head><body>{body}</body></html>"


def test_a_stated_title_no_heading_shows_loses_to_the_h2_opening_the_text():
    # og:title names the site on every page and <title> the section; the post's headline is an <h2>, no <h1>.
    head = "<title>Association News</title><meta property='og:title' content='Heritage-Home'>"
    body = (f"<header><a href='/'>Heritage Association</a></header>{SIDEBAR}"
            "<div id='content'><h2>Working group agrees the archive plan</h2>"
            f"<h6>Association News | March 3, 2021, 10:15 a.m.</h6>{TEXT}</div>"
            "<footer><h2>Contact</h2><p>Write to us.</p></footer>")
    found = extract_article(_page(head, body), "https://heritage.example/news/association_news/41.html")
    assert found.title == "Working group agrees the archive plan"
    # A stated title that a heading shows stays the title.
    shown = body.replace("<h6>", "<div class='post-title'>Archive plan agreed</div><h6>")
    found = extract_article(_page(head.replace("Heritage-Home", "Archive plan agreed"), shown),
                            "https://heritage.example/news/association_news/41.html")
    assert found.title == "Archive plan agreed"


def test_a_headline_under_a_logo_h1_keeps_its_dashes_and_commas_and_its_date_line_dates_it():
    # The site's logo is the <h1> (a link home); the headline is an <h2> linking to the page itself, naming the
    # days of an event; <title> repeats it. No part of it is the site's name, so nothing is cut, and the post's
    # date line under the headline dates the page, not the event's days in the breadcrumb and headline.
    headline = "Summer School on Archives, 22 - 26 July 2013"
    head = f"<title>{headline}</title>"
    body = ("<h1 class='logo'><a href='index.html'>Heritage - Network for Archives</a></h1>"
            f"<div class='crumbs'><a href='index.html'>Home</a> <a href='news.html'>News</a> {headline}</div>"
            f"<h2 class='contentheading'><a href='page7.html?view=article&amp;id=7'>{headline}</a></h2>"
            "<div class='article-meta'><span class='createdate'>Friday, 22 February 2013</span></div>"
            f"<div class='article-content'>{TEXT}</div>")
    found = extract_article(_page(head, body), "https://heritage.example/page7.html")
    assert found.title == headline
    assert found.published == "2013-02-22"


def test_an_articles_h1_beats_a_differing_search_engine_title():
    head = ("<title>Moving house, online</title><meta property='og:title' content='Moving house, online'>"
            "<script type='application/ld+json'>{\"@type\": \"Article\", \"headline\": \"Moving house, online\"}</script>")
    body = ("<header class='site-head'><a class='logo' href='/'>Tinkerer</a></header><main><article>"
            "<header class='article-header'><a href='/tag/hosting/'>hosting</a>"
            "<h1 class='article-title'>Why I moved my blog to a container</h1>"
            "<time datetime='2021-12-05'>Dec 5, 2021</time></header>"
            f"<section class='content'><h3>An update first</h3>{TEXT}<h1>Containers!</h1>{TEXT}</section>"
            "</article></main>")
    found = extract_article(_page(head, body), "https://tinkerer.example/posts/moved-my-blog/")
    assert found.title == "Why I moved my blog to a container"


def test_a_heading_holding_the_title_and_a_comment_count_or_date_gives_the_clean_title():
    # The theme prints the comment count or the post's day inside the headline's element; <title> is the headline.
    for extra in ("<span class='comments'>57</span>", "<em>March 3, 2021</em>"):
        head = "<title>Working group agrees the archive plan - Heritage</title>"
        body = (f"<div id='content'><h2><a href='/news/41.html'>Working group agrees the archive plan</a> {extra}</h2>"
                f"{TEXT}</div>")
        found = extract_article(_page(head, body), "https://heritage.example/news/41.html")
        assert found.title == "Working group agrees the archive plan"


def test_a_day_the_writer_typed_as_the_headlines_kicker_stays_in_the_title():
    # Fails before: "20th March 2021:" opening the <h1> was read as a day the theme adds to the stated title, and the
    # title lost it. The writer typed it, with its colon, as the headline's own words; the front matter's <title>
    # leaves it out. A day the theme sets beside the title (no colon) still goes (test above).
    head = "<title>Starting a members' forum / think tank - is it needed? - Heritage</title>"
    headline = "20th March 2021: Starting a members' forum / think tank - is it needed?"
    body = (f"<article class='md-content__inner'><h1>{headline}</h1>{TEXT}<h1>Notes from the meeting</h1>{TEXT}"
            "</article>")
    assert extract_article(_page(head, body), "https://heritage.example/blog/2021/03/20/forum/").title == headline


def test_a_day_badge_opening_the_headline_element_is_not_part_of_the_title():
    # The theme sets the post's day and month as a badge inside the <h1>, before the headline; <title> and og:title
    # hold an editor's search-engine title (or the headline) that the badge is not part of either.
    for stated in ("Archive plan: the group meets in Lyon - Heritage", "Working group agrees the archive plan - Heritage"):
        for badge in ("02 Jan", "17 Déc", "3 March 2021"):
            head = f"<title>{stated}</title><meta property='article:published_time' content='2021-01-02T10:00:00+00:00'>"
            body = ("<article class='post'><div class='post_text'>"
                    f"<h1 class='entry_title'><span class='date entry_date updated'>{badge}</span> "
                    "Working group agrees the archive plan</h1>"
                    f"<div class='post_info'>Posted in <a href='/category/news/'>News</a></div>{TEXT}</div></article>")
            found = extract_article(_page(head, body), "https://heritage.example/working-group-agrees/")
            assert found.title == "Working group agrees the archive plan", (stated, badge)
            assert found.body.startswith("The working group met for two days")
    # A headline that opens with a word of its own beside a day is no badge: "Season 3 March" stays whole.
    head = "<title>Heritage</title>"
    body = ("<article class='post'><h1><span class='kicker'>Review</span> Working group agrees the archive plan</h1>"
            f"{TEXT}</article>")
    assert extract_article(_page(head, body), "https://heritage.example/n/3").title == \
        "Review Working group agrees the archive plan"


def test_heading_text_drops_ruby_notes_keeps_soft_hyphens_and_keeps_lines_apart():
    head = "<title>Heritage</title>"
    body = (f"<article><h1 class='title'>Ar\u00adchive plan <ruby>agreed<rt>note</rt></ruby></h1>{TEXT}</article>")
    assert extract_article(_page(head, body), "https://heritage.example/n/1").title == "Ar\u00adchive plan agreed"
    body = f"<div id='content'><h2>Working group meets<br>Archive plan agreed</h2>{TEXT}</div>"
    found = extract_article(_page("<meta property='og:title' content='Heritage-Home'>", body),
                            "https://heritage.example/n/2")
    assert found.title == "Working group meets Archive plan agreed"


def test_label_owner_and_landmark_headings_do_not_beat_a_stated_title():
    head = "<title>Working group agrees the archive plan | Anna Berg</title>"
    pages = [
        # The blog owner's name in the site's header box.
        f"<div class='site-header'><h2>ANNA BERG</h2><p>{TEXT}</p></div><div id='content'>{TEXT}</div>",
        # A sharing box's label.
        f"<div id='content'><p>Working group agrees the archive plan</p>"
        f"<div class='likes'><h3>Like this:</h3>{TEXT}</div></div>",
        # A contents toggle.
        f"<div id='content'><button><h2>Contents</h2></button>{TEXT}</div>",
        # A short heading sharing no word with the title, whose words the page shows.
        f"<div id='content'><p>Working group agrees the archive plan</p><h2>Minutes</h2>{TEXT}</div>",
    ]
    for body in pages:
        found = extract_article(_page(head, body), "https://heritage.example/news/41.html")
        assert found.title == "Working group agrees the archive plan", body


def test_a_kicker_block_and_a_headline_join_without_a_space_before_the_colon_and_an_ellipsis_stays():
    head = "<title>Heritage</title>"
    body = ("<article><h1 class='title'><div class='kicker'>Archive plan</div><span class='hidden'>: </span>"
            f"<span>Working group agrees</span></h1>{TEXT}</article>")
    assert extract_article(_page(head, body), "https://heritage.example/n/3").title == \
        "Archive plan: Working group agrees"
    head = "<title>Working group agrees the archive plan… - Heritage</title>"
    body = f"<div id='content'><h2>Working group agrees the archive plan…</h2>{TEXT}</div>"
    assert extract_article(_page(head, body), "https://heritage.example/n/4").title == \
        "Working group agrees the archive plan…"


def test_the_site_name_h1_inside_the_logos_link_home_is_not_the_headline():
    # The logo's link holds an image and the site's name as an <h1>; <title> appends that name, longer than the post's.
    head = "<title>Recap | Weekly Notes Blog</title>"
    body = ("<main><header><a href='/'><img src='/logo.svg' alt=''><h1>Weekly Notes Blog</h1></a></header>"
            f"<article class='post'><h1>Recap</h1><p class='meta'>16 Feb 2026</p>{TEXT}</article></main>")
    found = extract_article(_page(head, body), "https://notes.example/2026/02/16/recap/")
    assert found.title == "Recap"


def test_an_h1_that_is_a_whole_stated_title_beats_one_left_of_a_title_less_a_guessed_site_name():
    head = "<title>Recap | Weekly Notes Blog</title><meta property='og:title' content='Recap'>"
    body = ("<div class='masthead'><h1>Weekly Notes Blog</h1></div>"
            f"<article class='post'><h1>Recap</h1><p class='meta'>16 Feb 2026</p>{TEXT}</article>")
    found = extract_article(_page(head, body), "https://notes.example/2026/02/16/recap/")
    assert found.title == "Recap"


def test_an_h2_showing_the_stated_title_beats_site_name_and_sidebar_card_h1s():
    # The theme prints the site's name as an <h1> in an intro box, a sidebar's recent posts as <h1> cards linking
    # to them, and the post's headline as an <h2> linking to the page itself; og:title is the headline, <title> adds
    # the site's short name.
    def page_for(headline: str) -> str:
        head = f"<title>{headline} - RRC</title><meta property='og:title' content='{headline} '>"
        body = ("<header id='site-header'><nav><h1 class='nav-title'><a href='/'>RRC</a></h1></nav></header>"
                "<section id='intro'><a href='/'><img src='/logo.png' alt='Logo'></a>"
                "<header><h1>Rivertown Rowing Club</h1></header><main><p>Rowing on the river since 1921.</p></main>"
                "</section><main id='site-main'><article class='post'><header><div class='title'>"
                f"<h2><a href='/news/post/'>{headline} </a></h2></div><div class='meta'>"
                f"<time datetime='2024-04-30'>April 30, 2024</time></div></header>{TEXT}</article></main>"
                "<section id='sidebar'><section id='recent'><header><h1>News</h1></header>"
                "<article class='mini-post'><header><h1><a href='/news/regatta/'>Rivertown Rowing: Spring regatta "
                "results</a></h1><time>May 2, 2024</time></header></article></section></section>")
        return _page(head, body)

    for headline in ("Rivertown Rowing Club meets the canoe section", "Rivertown Rowing",
                     "The Rivertown Rowing Club - new boats, new crews"):
        found = extract_article(page_for(headline), "https://rowing.example/news/post/")
        assert found.title == headline


def test_a_dash_between_numbers_is_a_range_not_a_site_name_separator():
    head = ("<title>Open days at the boathouse, June 10 - 11, 2024 - RRC</title>"
            "<meta property='og:title' content='Open days at the boathouse, June 10 - 11, 2024'>")
    found = extract_article(_page(head, f"<div id='content'>{TEXT}</div>"), "https://rowing.example/news/open/")
    assert found.title == "Open days at the boathouse, June 10 - 11, 2024"


def test_the_heading_right_above_the_date_line_is_the_headline_though_a_heading_or_h1_opens_the_text():
    # og:title names the site and <title> the section on every page; the headline is an <h2> with the section and
    # time stamp under it, and the post's own text opens with a heading of its own: an <h2> or an <h1>.
    head = "<title>Events</title><meta property='og:title' content='Heritage-Home'>"
    for opening in ("<h2>Held on 18th April</h2>", "<h1>Archives: open data for everyone<br></h1>",
                    "<h2>What</h2>"):
        body = (f"<header><a href='/'>Heritage Association</a></header>{SIDEBAR}"
                "<div id='content'><h2>Working group agrees the archive plan</h2>"
                f"<h6>Events | April 5, 2018, 1:09 p.m.</h6><br>{opening}{TEXT}</div>"
                "<footer><h2>Contact</h2><p>Write to us.</p></footer>")
        found = extract_article(_page(head, body), "https://heritage.example/news_events/events/227.html")
        assert found.title == "Working group agrees the archive plan", opening


def test_a_lower_heading_showing_the_title_but_for_a_kickers_colon_gives_the_stated_title():
    # The heading sets a kicker as a box of its own; the stated title keeps the colon between kicker and headline.
    head = "<title>Archive plan: Working group agrees - Heritage</title>"
    body = ("<div class='masthead'><h1>Heritage Association</h1></div><div id='content'><h2><span class='kicker'>"
            f"Archive plan</span> <span>Working group agrees</span></h2>{TEXT}</div>")
    found = extract_article(_page(head, body), "https://heritage.example/news/41.html")
    assert found.title == "Archive plan: Working group agrees"


def test_a_translated_pages_one_h1_beats_the_title_left_in_the_original_language():
    # A translation plugin translates the post (its <h1> and text, html lang) but leaves <title> as it was.
    head = "<title>Das Archiv braucht Helfer – Wer macht mit? – Heritage</title>"
    body = ("<header class='site-header'><a href='/en/'>Heritage</a></header><main><article class='post'>"
            "<header class='entry-header'><div class='row'><div class='column'>"
            "<h1 class='entry-title'>The archive needs helpers - who joins in?</h1></div></div></header>"
            f"<div class='entry-meta'><span class='posted-date'>2. June 2024</span></div>"
            f"<div class='entry-content'>{TEXT}</div></article></main>")
    url = "https://heritage.example/en/das-archiv-braucht-helfer/"
    assert extract_article(_page(head, body), url).title == "The archive needs helpers - who joins in?"
    # A stated title in the text's words (an editor's search-engine headline) is no translation left over.
    seo = "<title>Working group minutes open for comments – Heritage</title>"
    assert extract_article(_page(seo, body), url).title == "Working group minutes open for comments"


def test_a_short_headline_linked_to_its_permalink_beats_the_site_name_the_title_opens_with():
    # <title> is "Site · Post"; the <h1> is the logo, the post's short <h2> links to the page's own address.
    head = "<title>Heritage Association Notes &middot; Hello!</title>"
    body = ("<div id='header'><h1><a href='https://heritage.example/notes'><img src='/logo.png'></a></h1></div>"
            "<div id='content'><h4 class='date'>Oct 2, 2023</h4><div class='post'><h2 class='title'>"
            "<a href='https://heritage.example/notes/2023/10/02/hello/' rel='bookmark'>Hello!</a></h2>"
            f"by <a href='/notes/author/anna.html'>Anna</a>{TEXT}</div></div>")
    found = extract_article(_page(head, body), "https://heritage.example/notes/2023/10/02/hello/")
    assert found.title == "Hello!"
    # Not linked to the page, the short heading is still the owner's name over the text (see above).
    unlinked = body.replace("<a href='https://heritage.example/notes/2023/10/02/hello/' rel='bookmark'>Hello!</a>",
                            "Hello!")
    found = extract_article(_page(head, unlinked), "https://heritage.example/notes/2023/10/02/hello/")
    assert found.title == "Heritage Association Notes"


def test_an_empty_headline_slot_leaves_the_title_to_og_title_whole_not_the_texts_first_subheading():
    # The theme's <h1 class=page__title> is empty; <title> is og:title and the site name, and og:title holds " - "
    # and ": " of its own.
    site = "Heritage - Society for Archives"
    for headline in ("Save the date: Archive Day - Open house at the boathouse, June 4-6 2024",
                     "Working group meets - part 2 of the review", "Minutes of the spring meeting"):
        head = (f"<title>{headline} - {site}</title><meta property='og:site_name' content='{site}'>"
                f"<meta property='og:title' content='{headline}'>")
        body = ("<div id='main'><article class='page'><header><h1 id='page-title' class='page__title' "
                "itemprop='headline'>\n</h1><p class='page__meta'>2 minute read</p></header>"
                f"<section class='page__content'><p> </p><h2 id='intro'>Introduction</h2>{TEXT}"
                f"<h2 id='next'>Next steps</h2>{TEXT}</section></article></div>")
        found = extract_article(_page(head, body), "https://heritage.example/blog/2024/03/01/archive-day/")
        assert found.title == headline


def test_a_bare_h1_opening_main_beats_a_tagline_title_every_page_states():
    # <title> is the site's name and tagline on every page; the post's headline is an <h1> with no class, first in
    # <main>, a short date line or a subtitle under it (then the text's own sections, also <h1>s).
    head = "<title>Archive Forum | Keeping records open since 2001</title>"
    body = ("<header><nav><a href='/'>Archive Forum</a><a href='/news/'>News</a></nav></header>"
            "<main role='main' class='container'><h1 id='x'>Forum meets the city's record keepers</h1>"
            "<p>Public meeting hosted by the forum</p><p>March 9-10, 2021 - Harbour Town</p>"
            f"<h1 id='y'>WHY WE MET</h1>{TEXT}</main><footer><p>Copyright Archive Forum</p></footer>")
    found = extract_article(_page(head, body), "https://forum.example/news/meeting-2021/")
    assert found.title == "Forum meets the city's record keepers"
    # An <h1> after text in <main> does not open it: the stated title stays.
    late = body.replace("<main role='main' class='container'>", f"<main>{TEXT}")
    found = extract_article(_page(head, late), "https://forum.example/news/meeting-2021/")
    assert found.title != "Forum meets the city's record keepers"
    # A bare <h1> rewording the page's own stated title leaves the fuller stated title.
    own = "<title>Forum meets record keepers — the city's archives open their doors — Archive Forum</title>"
    found = extract_article(_page(own, body), "https://forum.example/news/meeting-2021/")
    assert found.title == "Forum meets record keepers — the city's archives open their doors"


def test_a_site_name_h1_above_main_is_not_the_headline():
    # The site's name as an <h1> in the header, outside <main>: the stated title stays.
    head = "<title>Storage tips for paper records</title>"
    body = ("<header><h1>Archive Forum</h1></header>"
            f"<main><p class='kicker'>Notes</p>{TEXT}</main>")
    found = extract_article(_page(head, body), "https://forum.example/news/storage/")
    assert found.title == "Storage tips for paper records"


def test_a_short_headline_before_a_double_slash_and_the_site_name_is_the_title():
    """Fails before: " // " was no separator, and a headline shorter than a title's usual opening lost to the
    <title> "Spring // Association News //"."""
    head = "<title>Spring // Association News // </title>"
    body = f"<div class='content'><section class='post'><h1>Spring</h1>{TEXT}</section></div>"
    assert extract_article(_page(head, body), "https://heritage.example/spring").title == "Spring"


def test_a_title_the_metadata_smartened_is_stored_with_the_quote_marks_its_headline_shows():
    # The generator curled the quotes and dashes of og:title and JSON-LD; the hero's title box, the headline a reader
    # sees, prints the straight ones the editor typed.
    headline = "Ada's team wins the \"Open Harbour\" prize for 2020-2021"
    stated = "Ada’s team wins the “Open Harbour” prize for 2020–2021"
    head = (f"<title>{stated} | Harbour Lab</title><meta property='og:title' content='{stated}'>"
            f"<script type='application/ld+json'>{{\"@type\": \"BlogPosting\", \"headline\": \"{stated}\"}}</script>")
    shown = headline.replace('"', "&quot;")
    body = (f"<section class='hero'><div class='container'><p class='title is-2'>{shown}</p>"
            f"</div></section><main><p>March 3, 2021</p>{TEXT}</main>")
    found = extract_article(_page(head, body), "https://harbour.example/2021/03/03/prize/")
    assert found.title == headline
    # Words that differ are no typography: the stated title stays.
    other = body.replace("prize for 2020-2021", "award - again")
    assert extract_article(_page(head, other), "https://harbour.example/2021/03/03/prize/").title == stated


def test_an_h1_holding_an_unrendered_markdown_heading_line_is_not_the_headline():
    # A generator set the post's own headline in a styled <span> and left the body's first line "## …" unrendered
    # inside an <h1> that names the site, as the stated title does: that line is part of the text; <title> states
    # the headline.
    head = "<meta charset='utf-8'>"
    body = ("<div class='menu'><a href='/de/'>de</a> / <a href='/'>en</a></div><main>"
            "<title>Archive project reaches its second stage<!-- --> – Lantern Circle Trust</title>"
            "<div class='c1'><span>March 3, 2021</span></div>"
            "<div class='c2'><span class='c3'>Archive project reaches its second stage</span></div>"
            "<div class='c1'><span>Lantern Circle Trust</span></div>"
            f"<div class='c4'><h1>## A good match: the reading group joins Lantern Circle Trust</h1>{TEXT}</div>"
            "</main>")
    found = extract_article(_page(head, body), "https://heritage.example/de/announcements/second-stage/")
    assert found.title == "Archive project reaches its second stage"
    # Only heading marks and a space opening the text are Markdown's: "Issue #12", "#OpenData week" are headlines.
    assert is_unrendered_markdown("### Part two") and is_unrendered_markdown("# Title")
    assert not any(map(is_unrendered_markdown, ["Issue #12 – a good match", "#OpenData week", "C# at ten"]))


def test_an_opening_heading_that_a_longer_search_engine_title_holds_is_the_headline():
    # No <h1>: the theme's post-title widget sets the headline as an <h2> linking to the post; an SEO plugin states
    # a longer title around the same words in <title>, og:title and JSON-LD. The headline a reader sees wins.
    seo = "Explaining the Archive Plan for New Members"
    head = (f"<title>{seo} | Heritage</title><meta property='og:title' content='{seo} | Heritage'>"
            "<script type='application/ld+json'>{\"@type\": \"BlogPosting\", \"headline\": \"" + seo
            + " | Heritage\"}</script>")
    body = ("<header><a href='/'><img src='/logo.png' alt='Heritage'></a></header><main>"
            "<div class='widget widget-theme-post-title page-title'><h2 class='heading-title'>"
            "<a href='/archive-plan/'>Archive plan for new members</a></h2></div>"
            f"<div class='widget widget-theme-post-content'>{TEXT}</div></main>")
    found = extract_article(_page(head, body), "https://heritage.example/archive-plan/")
    assert found.title == "Archive plan for new members"
