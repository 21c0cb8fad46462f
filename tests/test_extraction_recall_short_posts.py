"""Short posts keep their text: a line, a sentence and its document, a few lists, a release note; an undated
sentence is no post."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article
from recall_pages import CLUB_TITLE, CLUB_URL, PARAGRAPHS, TITLE, URL, page


def test_a_post_of_one_loose_sentence_and_its_document_is_its_text():
    # An old post migrated without <p>s: a sentence and a link to the document it presents, as loose text, under a
    # header whose tagline is a longer paragraph than the post's own words.
    text = ("Anna Berg seglade runt Gotland i somras. <a href='/uploads/2024/05/gotland.pdf'>Här kan du läsa om "
            "hennes resa</a>")
    page = f"""<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>{CLUB_TITLE}</title></head>
<body><header><h1><a href="/">Strandklubben</a></h1><p>Föreningen för alla som seglar i skärgården</p></header>
<main><article><p>Inlägg</p><h2>{CLUB_TITLE}</h2><div class="content">{text}</div></article></main></body></html>"""
    result = extract_article(page, CLUB_URL, listed_as_article=True)
    assert result.is_article and result.body == "Anna Berg seglade runt Gotland i somras. Här kan du läsa om hennes resa"


def test_a_post_of_one_linked_sentence_is_stored_with_it():
    """A sentence a third to two thirds linked, the page's only text, is the post: no furniture outweighs it."""
    for sentence in ("The harbour office's June <a href='https://docs.example/june.pdf'>newsletter</a> is out now.",
                     "The harbour office's June <a href='https://docs.example/june.pdf'>newsletter</a> is out now. See "
                     "<a href='https://docs.example/june-sv.pdf'>the Swedish edition too</a>."):
        result = extract_article(page(f"<p>{sentence}</p>"), URL)
        assert result.body.startswith("The harbour office's June newsletter is out now.") \
            and result.page_type == "article", sentence


SCREENSHOT = '<br><a href="/uploads/2024/05/ferry-screen.png"><img src="/uploads/ferry-screen.png" alt=""></a>'


@pytest.mark.parametrize("note, picture", [
    ("Any ideas what breaks here?", SCREENSHOT),  # one short question under a screenshot: shorter than a label
    ("In this post I will keep adding pictures of the ferry", ""),  # one line under 60 characters, no full stop
])
def test_a_posts_only_line_under_its_headline_is_its_text(note, picture):
    """A listed, dated post whose whole text is one short line: the line weighs as furniture and reads as a sign-off,
    yet nothing else is the post's, and a sign-off closes text above it."""
    post = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Harbour News</title></head>
<body><header><a href="/">Harbour News</a><nav><a href="/news/">Back to news</a></nav></header>
<main><article><header><h1>{TITLE}</h1><div class="meta">May 14, 2024 1 min read</div></header>
<div class="content"><p>{note}{picture}</p>
<h3>Related</h3></div></article>
<div class="post-nav"><h6>Previous post</h6><div><a href="/news/2024/05/10/ferry-strike/">Ferry strike ends on the island</a></div>
<h6>Next post</h6><div><a href="/news/2024/05/20/new-quay/">The new quay opens for visitors</a></div></div></main></body></html>"""
    result = extract_article(post, URL, listed_as_article=True)
    assert result.is_article and result.body == note


def test_an_undated_pages_one_short_sentence_is_no_post():
    """A contact page a listing happens to link ("Call us.") has one short sentence under its headline too; only a
    dated page's one line is a post's text."""
    contact = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Contact | Harbour News</title></head>
<body><header><a href="/">Harbour News</a></header><main><h1>Contact</h1><p>Call us.</p></main></body></html>"""
    result = extract_article(contact, "https://harbour.example/news/contact/", listed_as_article=True)
    assert not result.is_article and result.body == ""


REPLY_FORM = """<h2 id="respond">Leave a Reply</h2><form action="/wp-comments-post.php" method="post" id="commentform">
<p><input type="text" name="author"><label for="author">Name</label></p>
<p><input type="text" name="email"><label for="email">Email (never shown)</label></p>
<p><textarea name="comment"></textarea></p>
<p><small>Comments are read by a moderator before they appear. You need not send yours a second time.</small></p>
<p><input type="submit" value="Send"></p></form>"""


def old_blog_post(entry: str, form: str = REPLY_FORM) -> str:
    """A post as a WordPress 3 theme prints it: the site's name and tagline in the header, the post in
    `div.post#post-N` (headline, date line, `div.entry`, a category line), the reply form after it."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Harbour News</title></head>
<body><div class="header"><div class="title"><span class="sitename"><a href="/">Harbour News</a></span>
<div class="slogan">All about the boats of our little harbour</div></div></div>
<div class="main"><div class="content"><div class="post" id="post-212"><h1>{TITLE}</h1>
<div class="descr">May 14th, 2024 by editor</div><div class="entry">{entry}</div>
<p class="info">Posted in <a href="/category/news/">News</a></p></div>{form}</div></div></body></html>"""


PICTURE = '<p><a href="/uploads/2024/05/ferry.jpg"><img src="/uploads/2024/05/ferry.jpg" alt=""></a></p>'


@pytest.mark.parametrize("form", [REPLY_FORM, ""])
def test_a_short_post_is_its_own_entrys_text_not_the_reply_form_or_the_tagline(form):
    """A post of a picture and two short lines weighs less than the reply form's labels below it, or the site's
    tagline above it: the post's own wrapper around its headline holds its text, however short."""
    entry = PICTURE + "<p>Better late than never!</p><p>See the timetable <a href='/timetable/2024/'>here</a></p>"
    result = extract_article(old_blog_post(entry, form), URL)
    assert result.is_article
    assert result.body.split("\n\n") == ["Better late than never!", "See the timetable here"]


@pytest.mark.parametrize("line", ["Read more <a href='/timetables/summer-2024/'>here</a>",
                                  "more details <a href='/timetables/'>here</a>"])  # typed in lower case
def test_a_line_pointing_to_where_the_post_goes_on_closes_it(line):
    """A teaser post closes on "Read more <a>here</a>", linking to the page where it goes on: the post's own last
    line in its own element, though it names furniture ("read more") and the site closes many posts with it."""
    entry = f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p><p>{line}</p>"
    result = extract_article(old_blog_post(entry), URL)
    assert result.body.split("\n\n") == [PARAGRAPHS[0], PARAGRAPHS[1], line.split(" <a")[0] + " here"]


@pytest.mark.parametrize("line", [
    "Read more: <a href='/news/2024/05/01/new-quay/'>New quay opens</a>",  # a teaser names its story
    "Source: <a href='/agencies/'>agency</a>",  # a label
    "Filed under <a href='/category/boats/'>Boats</a>",  # a name
    "Continue reading <a href='#more-212'>here</a>",  # the page itself
])
def test_a_closing_teaser_label_or_link_to_the_page_itself_is_no_pointer_line(line):
    entry = f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p><p>{line}</p>"
    result = extract_article(old_blog_post(entry), URL)
    assert result.body.split("\n\n") == [PARAGRAPHS[0], PARAGRAPHS[1]]


def test_a_dated_post_of_a_picture_and_a_pointer_line_is_a_post():
    """A post of a picture and "See them <a>here</a>" alone: shorter than any text, yet the post's, on a dated page."""
    result = extract_article(old_blog_post(PICTURE + "<p>See them <a href='/boats/2024/'>here</a></p>"), URL)
    assert result.is_article and result.body == "See them here"


TERMS = [("HMO", "Harbour Master's Office"), ("ITB", "Island Tourist Board"), ("SRS", "Sea Rescue Service"),
         ("BFA", "Bay Fishermen's Association"), ("PCC", "Pier Cleaning Crew"), ("YCB", "Yacht Club of the Bay")]


def test_a_dated_post_written_as_lists_of_linked_terms_is_an_article():
    """A post that is subheadings and lists of terms, each linked and followed by what it stands for, has no
    paragraph to outweigh its short points: they are its text. A page of bare linked titles has none."""
    def terms(pairs) -> str:
        return "<ul>" + "".join(f"<li><a href='https://{t.lower()}.example/'>{t}</a>: {name}</li>"
                                for t, name in pairs) + "</ul>"
    post = extract_article(page(f"<h2>On the water</h2>{terms(TERMS[:3])}<h2>On land</h2>{terms(TERMS[3:])}"), URL)
    assert post.is_article and post.body.split("\n\n")[0] == "HMO: Harbour Master's Office"
    assert post.body.split("\n\n")[-1] == "YCB: Yacht Club of the Bay"
    titles = "<ul>" + "".join(f"<li><a href='/news/{t.lower()}/'>{name}</a></li>" for t, name in TERMS) + "</ul>"
    assert extract_article(page(f"<h2>Stories</h2>{titles}"), URL).body == ""


def test_a_weekly_summary_written_as_lists_outweighs_its_long_date_line():
    """A docs-site blog post whose text is subheadings over short points, its header's date line with a reading time
    long enough to weigh as prose, and a column of links to its subheadings beside it: the points are the text."""
    sections = [("Simulation", ["Added a small server that draws the queue lengths of every node",
                                "Wrote traces as JSON lines so that the plots update while it runs"]),
                ("Meetings", ["Talked through how blocks are built from the waiting items",
                              "Agreed to model one node with its queues before the whole net"])]
    text = "".join(f"<h2 id='s{i}'>{name}<a class='hash-link' href='#s{i}'>#</a></h2><ul>"
                   + "".join(f"<li>{point}</li>" for point in points) + "</ul>" for i, (name, points) in enumerate(sections))
    toc = "".join(f"<li><a href='#s{i}'>{name}</a></li>" for i, (name, _) in enumerate(sections))
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Weekly Summary - May 14, 2024 | Harbour
Lab</title><meta property="og:type" content="article"></head><body><nav><a href="/">Harbour Lab</a></nav>
<div class="row"><main class="col"><article><header><h1>Weekly Summary - May 14, 2024</h1>
<div class="meta"><time datetime="2024-05-14T00:00:00.000Z">May 14, 2024</time> · One min read</div></header>
<div class="markdown">{text}</div></article></main><div class="col toc"><ul>{toc}</ul></div></div></body></html>"""
    post = extract_article(html, "https://harbour.example/news/2024/05/14/weekly-summary/")
    lines = post.body.split("\n\n")
    assert post.is_article and lines[0] == sections[0][1][0] and lines[-1] == sections[1][1][-1]
    assert "Meetings" not in lines[-1] and not any(line == "Simulation" for line in lines[1:])


def test_a_list_of_addresses_under_a_posts_one_line_is_its_text():
    """A post of one line introducing a list of the tools it used, each with its address shown: the points are
    the text, though each weighs as a link."""
    body = ("<div class='row'><div class='col'><div class='content'><p>The pictures were taken with these free tools:"
            "</p><ul><li>Tide plotter (<a href='https://tides.example/plotter'>https://tides.example/plotter</a>)</li>"
            "<li>Chart viewer (<a href='https://charts.example/viewer'>https://charts.example/viewer</a>)</li></ul>"
            "</div></div></div>")
    lines = extract_article(page(body), URL).body.split("\n\n")
    assert lines[-1] == "Chart viewer (https://charts.example/viewer)"


def sidebar_theme_post(content: str) -> str:
    """A post as a blog theme with an intro column prints it: the site's name in <h1> and a tagline in a <main> of
    the intro section, the post in `main > article.post` under an <h2> linking to itself, a sidebar of recent posts
    whose mini-cards head their teasers with <h1>s."""
    cards = "".join(f"""<article class="mini-post"><header><h1><a href="/news/{slug}/">{headline}</a></h1>
<time class="published">{day}</time></header></article>"""
                    for slug, headline, day in (("new-quay", "The new quay opens to the public", "May 2, 2024"),
                                                ("winter-berths", "Winter berths: how to apply for next season",
                                                 "April 20, 2024")))
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Volunteering - HFA</title>
<meta property="og:title" content="Volunteering"><meta property="og:type" content="article">
<meta property="article:published_time" content="2024-05-14T00:00:00+00:00"></head>
<body><header id="site-header"><nav><h1 class="nav-title"><a href="/">news</a></h1></nav></header>
<div id="wrapper"><section id="site-intro"><header><h1>Harbour Friends Association</h1></header>
<main><p>Keeping our old harbour alive for the boats, the birds and the people of the town.</p></main></section>
<main id="site-main"><article class="post"><header><div class="title"><h2><a href="/news/volunteering/">Volunteering</a>
</h2></div><div class="meta"><time class="published" datetime="2024-05-14">May 14, 2024</time></div></header>
<div class="content">{content}</div></article></main>
<section id="site-sidebar"><section id="recent-posts"><header><h1>News</h1></header>{cards}</section></section>
</div></body></html>"""


def test_a_short_post_of_a_sentence_and_lists_beats_the_sidebars_tagline():
    """A post of one sentence introducing lists of a few words, a rule and a subheading over another list, headed by
    an <h2> (the theme's <h1>s name the site and head the sidebar's teasers): its text is what its own <article>
    holds, not the intro column's tagline, which weighs more than the post's one sentence and sits in a <main> of
    its own."""
    # A longer point weighs as prose, so the page-wide wrapper outweighs both the tagline and the post.
    points = ["Painting the boats", "guiding visitors on the summer weekends around the quay, the old customs house "
              "and the lighthouse,", "Cleaning the piers"]
    content = ("<p>One of the ways to help the association is to volunteer:</p><ul>"
               + "".join(f"<li>{p}</li>" for p in points)
               + "</ul><hr><h4>What we offer</h4><ul><li>Training</li><li>Coffee</li><li>A yearly dinner</li></ul>")
    result = extract_article(sidebar_theme_post(content), "https://harbour.example/news/volunteering/")
    assert result.is_article
    lines = result.body.split("\n\n")
    assert lines[0] == "One of the ways to help the association is to volunteer:"
    assert lines[-1] == "A yearly dinner"
    assert "Keeping our old harbour" not in result.body


def test_a_one_paragraph_posts_own_heading_under_the_headline_and_date_line_opens_its_text():
    # An Eleventy-style post: headline, a date list, then the post's own heading and its one paragraph, all in <main>.
    heading = "The quay café opens again"
    line = ("After a long winter the café on the old quay serves coffee and buns again, every day from nine until "
            "the last ferry leaves.")
    html = f"""<html><head><title>{TITLE}</title></head><body><header><a href="/">Harbour News</a></header>
<main><h1>{TITLE}</h1><ul class="post-metadata"><li><time datetime="2024-05-14">14 May 2024</time></li></ul>
<p><img src="/img/quay.png" alt=""></p><h2 id="quay">{heading} <a class="header-anchor" href="#quay">#</a></h2>
<p>{line}</p></main><footer>Harbour News</footer></body></html>"""
    assert extract_article(html, URL).body.split("\n\n") == [heading, line]


def release_note(content: str) -> str:
    """A short post as a blog theme without a headline of its own prints it: <title> and the <h1> are the site's
    name (the logo) on every page, a banner repeats the post's headline in an <h2>, and the post's own <article>
    heads it with a linked <h2> over its date line and its text."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>HTT</title></head>
<body><div class="navbar"><h1 class="logo"><a href="/"><img src="/logo.png" alt="HTT"></a></h1>
<ul><li><a href="/">Home</a></li><li><a href="/news.html">News</a></li><li><a href="/download.html">Download</a></li>
</ul></div><div class="banner"><h2 class="page-title">Release 3.1.2</h2><div class="crumbs"><a href="/">Home</a>
<a href="/news.html">News</a> <span>Release 3.1.2</span></div></div>
<div class="main"><article class="single-post"><h2 class="post-title"><a href="/release-312.html">Release 3.1.2</a>
</h2><div class="meta"><span class="date">14 May 2024</span></div><div class="entry">{content}</div></article>
<aside><h3>Categories</h3><ul><li><a href="/news.html">News</a></li><li><a href="/releases.html">Releases</a></li>
</ul></aside></div><footer><a href="/imprint.html">Imprint</a></footer></body></html>"""


TIDE_TABLE_FIXES = ["added sorting by hour to the tide table view", "added export of the tide table to spreadsheets",
                    "unified the settings tabs of the harbour and the pier views",
                    "restored the 'high water only' option in the filter",
                    "fixed the start-up check of the settings file", "fixed minor build issues"]


def test_a_short_post_written_as_one_list_under_an_h2_headline_is_an_article():
    """A release note whose whole text is a few plain points, its headline an <h2> because the theme's <h1> is the
    logo and <title> the site's name: the points weigh as neither prose nor furniture, so no container wins, yet
    they are the post's text, with or without a subheading over them."""
    points = "<ul>" + "".join(f"<li>{fix}</li>" for fix in TIDE_TABLE_FIXES) + "</ul>"
    for content in (points, f"<h3>Changelog</h3>{points}"):
        post = extract_article(release_note(content), "http://site.example/release-312.html")
        assert post.title == "Release 3.1.2" and post.published == "2024-05-14"
        assert post.is_article and post.page_type == "article"
        assert post.body.split("\n\n") == TIDE_TABLE_FIXES


def test_a_post_of_two_points_in_its_own_article_has_a_post_of_its_own():
    """Two points, fewer characters than a page needs: the post's own <article> around them vouches for them as a
    dated post's text, though no headline of the page's own is found by <title> or an <h1>."""
    points = TIDE_TABLE_FIXES[:2]
    post = extract_article(release_note("<ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>"),
                           "http://site.example/release-312.html")
    assert post.page_type == "article" and post.body.split("\n\n") == points
