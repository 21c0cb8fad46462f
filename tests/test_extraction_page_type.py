"""Page types a theme's furniture must not decide: a short post over a related-posts block, a post's empty shell,
an author page showing one post whole."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

SHORT_POST = ("<p>Did you answer the members' poll? Thank you!</p>"
              "<p>We counted the answers this morning: well over two hundred so far.</p>"
              "<p>That is more than last year, yet only a few per lab, which seems low to us.</p>"
              "<p>The poll stays open until the end of the year.</p>")


def _teaser_cards(count: int) -> str:
    return "".join(
        f"<div class='grid-item'><article class='teaser-item'><h2 class='teaser-title'>"
        f"<a href='/blog/2020/0{n}/0{n}/story-{n}/'>Story number {n} about the society's work</a></h2>"
        f"<p class='meta'>{n} minute read</p><p class='excerpt'>A short excerpt of story {n}, cut off after a "
        f"line or so of its opening...</p></article></div>" for n in range(1, count + 1))


def _related_page(post: str) -> str:
    """A static blog theme: sidebar, the post's <article>, then "You may also enjoy" teasers, all in one wrapper."""
    return (
        "<html><head><title>Poll update - Research society</title>"
        "<meta property='og:title' content='Poll update'><meta property='og:type' content='article'>"
        "<meta property='article:published_time' content='2019-11-15T00:00:00+01:00'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/blog/'>Blog</a> <a href='/about/'>About</a></nav>"
        "<div id='main'><div class='sidebar'><h3 class='author-name'>The board</h3></div>"
        f"{post}"
        "<div class='related'><h4 class='related-title'>You may also enjoy</h4>"
        f"<div class='grid'>{_teaser_cards(4)}</div></div></div>"
        "<footer><p>Research society, founded 2018.</p></footer></body></html>")


def test_a_short_post_over_a_related_posts_block_is_an_article():
    """Fails before: the four linked teaser headlines after the post outweighed its four short paragraphs."""
    post = (f"<article class='page'><header><h1 class='page-title'>Poll update</h1></header>"
            f"<section class='page-content'>{SHORT_POST}</section>"
            "<footer class='page-meta'><p>Tags: <a href='/tags/#poll'>poll</a></p></footer></article>")
    result = extract_article(_related_page(post), "https://society.example/blog/2019/11/15/poll-update/")
    assert (result.page_type, result.is_article) == ("article", True)
    assert result.body.startswith("Did you answer") and "end of the year" in result.body
    assert "Story number" not in result.body


def test_a_one_line_post_outweighed_by_the_related_posts_excerpts_keeps_its_text():
    """Fails before: the related posts' excerpts made the heaviest container, every line of it a teaser's, and the
    post of one linked line beside them was lost (an empty text, a listing), its <h1> printed empty by the theme."""
    post = ("<article class='page'><header><h1 class='page-title'> </h1></header><section class='page-content'>"
            "<p>Just checked how many read our <a href='/join/'>members' mailing list</a> and "
            "<a href='https://social.example/society'>social media feed</a> today:</p>"
            "<p><img src='/count.svg' alt=''></p>"
            "</section></article>")
    result = extract_article(_related_page(post), "https://society.example/blog/2019/11/15/poll-update/")
    assert (result.page_type, result.is_article) == ("article", True)
    assert result.body == "Just checked how many read our members' mailing list and social media feed today:"


def test_teasers_stay_a_listing_when_no_post_wrapper_of_its_own_holds_the_text():
    """The same teasers, with an intro in no post wrapper of its own, or each card holding its linked headline."""
    intro = "<div class='intro'><p>All the news of the society, newest first.</p></div>"
    result = extract_article(_related_page(intro), "https://society.example/blog/")
    assert result.page_type == "listing"
    cards = (f"<div class='posts'>{_teaser_cards(6)}</div>")
    result = extract_article(_related_page(cards), "https://society.example/blog/page/2/")
    assert result.page_type == "listing"


def _shell_page(inner: str) -> str:
    """A static generator's post template whose post is missing: only the footer's boxes, each under an <h2>."""
    return (
        "<html><head><title>Training project</title><meta property='og:title' content='Training project'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/lessons/'>Lessons</a> <a href='/blog/'>News</a></nav>"
        f"<div class='markdown'>{inner}</div><hr>"
        "<div class='footer-grid'><div><h2>Funding</h2><p>The project is run by a network of "
        "<a href='https://network.example/'>northern universities</a>.</p></div>"
        "<div><h2>Privacy</h2><p><a href='/privacy/'>Privacy policy</a></p></div>"
        "<div><h2>Contact</h2><p><a href='mailto:team@project.example'>team@project.example</a></p></div></div>"
        "</body></html>")


def test_an_empty_shell_is_no_article_though_the_site_lists_it():
    """Fails before: the footer's first box passed for a one-line post, titled by its heading, as the listing
    vouched for the page."""
    url = "https://project.example/blog/board-meeting/"
    result = extract_article(_shell_page(""), url, listed_as_article=True)
    assert (result.page_type, result.is_article) == ("empty", False)
    assert result.page_reason == "no headline of its own and less than 150 characters of text"
    # Nor does a day in its address make the shell a post.
    dated = extract_article(_shell_page(""), "https://project.example/blog/2024-09-19-board-meeting/")
    assert (dated.published, dated.page_type) == ("2024-09-19", "empty")
    # The post the shell was made for: a headline of its own and a line, listed by the site, is an article.
    post = _shell_page("<h1>Board meeting</h1><p>The board met on Monday; minutes follow.</p>")
    assert extract_article(post, url, listed_as_article=True).page_type == "article"


def _author_page(headline: str) -> str:
    text = "".join(f"<p>Paragraph {n} of the field trip report: what the team measured at the dig, how each find "
                   "was numbered and washed, and how the records reach the shared archive for others to use.</p>"
                   for n in range(8))
    return ("<html><head><title>Articles by Kim Lund · Open lab blog</title></head><body>"
            "<div id='header'><ul><li><a href='/blog/'>Home</a></li><li><a href='/blog/pages/about.html'>About</a>"
            "</li></ul><h1><a href='/blog/'><img src='/logo.png' alt=''></a></h1></div>"
            "<div id='content'><h4 class='date'>Jul 16, 2014</h4><div class='post'>"
            f"<h2 class='title'>{headline}</h2> by <a href='/blog/author/kim-lund.html'>Kim Lund</a>"
            f"{text}<div class='info'><a href='/blog/2014/07/16/field-trip/#comments'>Discuss this post</a></div>"
            "</div></div></body></html>")


def test_an_author_page_showing_one_post_under_a_link_to_it_is_a_listing():
    """Fails before: one long dated text on an author address passed for the page's own article, though its
    headline links to the post's own page."""
    linked = "<a href='/blog/2014/07/16/field-trip/' rel='bookmark'>A field trip to the dig</a>"
    result = extract_article(_author_page(linked), "https://lab.example/blog/author/kim-lund.html")
    assert (result.page_type, result.is_article) == ("listing", False)
    # Under its own, unlinked headline the same long dated text on such an address is that article.
    result = extract_article(_author_page("A field trip to the dig"), "https://lab.example/blog/category/trips/dig/")
    assert result.page_type == "article"


def _translated_post(text: str) -> str:
    """A bilingual static site: every post at both languages' addresses; a post written in one of them shows the
    plugin's notice, under its own headline and byline, in the other."""
    return ("<html lang='en'><head><title>Workshop day for doctoral students | Research network</title>"
            "<meta name='description' content='On 22 January the network holds a day of short talks...'></head><body>"
            "<nav><a href='/'>Home</a> <a href='/about.html'>About</a></nav>"
            "<article itemscope itemtype='http://schema.org/Article'><header><h1>Workshop day for doctoral students"
            "</h1></header><span>Dec 14, 2020</span>"
            "<meta itemprop='datePublished' content='2020-12-14T00:00:00+01:00'>"
            f"<div class='article__content' itemprop='articleBody'><p><strong><em>by Ada Berg</em></strong></p>{text}"
            "</div></article><footer><p>Research network, funded since 2019.</p></footer></body></html>")


def test_a_translation_plugins_notice_alone_is_no_article_though_the_site_lists_it():
    """Fails before: the page listed (and dated) as a post held its byline and the notice that the post is not in
    this language, and was stored as an article. The post's text is on its other language's page."""
    url = "https://network.example/2020/12/14/workshop-day.html"
    for notice in ("Sorry, this page is not available in English.", "Sorry, this entry is only available in Deutsch.",
                   "Entschuldigen Sie bitte, es ist noch keine Übersetzung dieses Artikels vorhanden."):
        result = extract_article(_translated_post(f"<p>{notice}</p>"), url, listed_as_article=True)
        assert (result.page_type, result.is_article) == ("empty", False), notice
        assert result.page_reason == "only a notice that the post is not available in this language"
    # A short post saying a document is only in another language is a post; so is the notice before the whole text.
    short = extract_article(_translated_post("<p>The minutes of the board meeting are only available in Swedish.</p>"),
                            url, listed_as_article=True)
    assert short.page_type == "article"
    shown = extract_article(_translated_post(
        "<p>Sorry, this entry is only available in Deutsch.</p>"
        "<p>On 22 January the network holds a day of short talks by its doctoral students, each followed by a "
        "discussion with two of the senior researchers. Registration is open until the end of the year.</p>"),
        url, listed_as_article=True)
    assert shown.page_type == "article"


def _blog_page(body_class: str, inner: str) -> str:
    """A blog theme's page: the body's classes say which kind of page the CMS made, then the main column."""
    return ("<html lang='fr'><head><title>Lighting works | Town blog</title>"
            "<meta property='og:type' content='article'></head>"
            f"<body class='{body_class}'><div class='menu'><a href='/'>Home</a> <a href='/news/'>News</a></div>"
            f"<div id='main-content' class='large-8 columns'>{inner}</div>"
            "<div class='footer'><p>Town blog, since 2014.</p></div></body></html>")


def _whole_post(headline: str) -> str:
    text = "".join(f"<p>Paragraph {n} of the notes on the lighting works: which streets were fitted, how much power "
                   "each lamp saves at night, and what the next stage of the works will cost the town.</p>"
                   for n in range(8))
    return (f"<div class='post type-post hentry'><h2 class='post-title'>{headline}</h2>"
            f"<div class='post-info'><span class='date'>Le 19/04/2015</span></div>{text}</div>")


def test_a_tag_or_category_archive_showing_one_post_whole_is_a_listing():
    """Fails before: an archive at an address naming no tag (/topics/works/) showing one long dated post was
    stored as an article, though the CMS marks it an archive in its <body> classes."""
    post = _whole_post("<a href='/lighting-works/' rel='bookmark'>Lighting works</a>")
    for body_class in ("archive tag tag-works tag-16", "archive category category-blog category-3",
                       "tag-template tag-works", "path-taxonomy page-taxonomy-term"):
        result = extract_article(_blog_page(body_class, post), "https://town.example/topics/works/",
                                 listed_as_article=True)
        assert (result.page_type, result.is_article) == ("listing", False), body_class
        assert result.page_reason == "the CMS marks it an archive of posts"
    # The post's own page, tagged like the archive, is the article.
    own = extract_article(_blog_page("post-template-default single single-post postid-7 tag-works",
                                     _whole_post("Lighting works")), "https://town.example/lighting-works/")
    assert (own.page_type, own.is_article) == ("article", True)


def _protected_post(extra: str = "") -> str:
    return _blog_page(
        "single single-post postid-460",
        "<div class='post post-password-required'><h1 class='page-title'>Protected: Stages of a project</h1>"
        "<form action='/wp-login.php?action=postpass' class='post-password-form' method='post'>"
        "<p>This content is password protected. To view it please enter your password below:</p>"
        "<p><label for='pwbox-460'>Password: <input name='post_password' id='pwbox-460' type='password'></label>"
        f" <input type='submit' name='Submit' value='Enter'></p></form>{extra}</div>")


def test_a_protected_post_showing_only_its_password_form_is_no_article():
    """Fails before: the form's two lines were stored as the text of a dated, listed post."""
    url = "https://town.example/2015/04/27/stages-of-a-project/"
    result = extract_article(_protected_post(), url, listed_as_article=True)
    assert (result.page_type, result.is_article) == ("empty", False)
    assert result.page_reason == "only the form asking for the post's password"
    # A post's text beside a password form (a members' login box) keeps it an article.
    shown = extract_article(_protected_post(
        "<p>The works on the second street start in May; the town council agreed on the plan on Monday night and "
        "the first lamps are fitted within a week.</p>"), url, listed_as_article=True)
    assert (shown.page_type, shown.is_article) == ("article", True)


def _collection_page(teasers: int) -> str:
    """A documentation generator's blog extension: a year or place archive under its own unlinked <h1>, each post
    shown by a linked heading, its date and author, an excerpt and a "Read more ..." link to the post."""
    items = "".join(
        f"<div class='section post-card'><h2 class='post-title'><a href='../atlas-{n}.html'>A new atlas of the "
        f"lizard brain, part {n}</a></h2><ul class='card-meta'><li><span>1{n} March 2024</span></li>"
        f"<li><a href='../author/noor-said.html'>Noor Said</a></li></ul>"
        f"<p class='excerpt'>Part {n} of our series: the team traced the optic tract in forty scans, merged the "
        "labels with the older template and checked every region by hand before the release went out to the "
        "users of the package, who had asked for it at the spring meeting.</p>"
        f"<p class='expand'><a href='../atlas-{n}.html'><em>Read more ...</em></a></p><hr></div>"
        for n in range(1, teasers + 1))
    return ("<html lang='en'><head><title>Posts from Lisbon - Atlas project</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/blog.html'>Blog</a> <a href='/docs/'>Docs</a></nav>"
            "<aside><h3><a href='/blog.html'>Recent posts</a></h3><ul><li><a href='/blog/atlas-1.html'>"
            "14 March - A new atlas of the lizard brain</a></li></ul></aside>"
            f"<main><article class='doc-article'><div class='section collection'><h1>Posts from Lisbon</h1>{items}"
            "</div></article></main><footer><p>Atlas project, a research software initiative.</p></footer>"
            "</body></html>")


def test_an_archive_of_one_place_showing_teasers_with_read_more_links_is_a_listing():
    """Fails before: a year's or a place's archive page of a blog extension, one to three posts each under a heading
    linking the post and closing on a "Read more ..." link to it, was stored as an article (its title "Posts from
    Lisbon", its text the excerpts)."""
    for teasers in (1, 3):
        result = extract_article(_collection_page(teasers), "https://atlas.example/blog/location/lisbon.html",
                                 listed_as_article=True)
        assert (result.page_type, result.is_article) == ("listing", False), teasers
    # A post closing on a related post's teaser (heading, excerpt, "Read more") keeps its own longer text.
    text = "".join(f"<p>Paragraph {n} on how the lizard atlas was built: the scans, the labels, the checks and the "
                   "release, told at the length a post takes to tell it to the package's users.</p>" for n in range(6))
    related = ("<div class='related'><h3><a href='/blog/atlas-2.html'>A new atlas of the lizard brain, part 2</a></h3>"
               "<p>Part 2 of our series: the optic tract.</p><p><a href='/blog/atlas-2.html'>Read more ...</a></p></div>")
    post = ("<html lang='en'><head><title>A new atlas of the lizard brain - Atlas project</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/blog.html'>Blog</a></nav><main><article class='doc-article'>"
            f"<h1>A new atlas of the lizard brain</h1><p><span>14 March 2024</span></p>{text}{related}</article></main>"
            "</body></html>")
    result = extract_article(post, "https://atlas.example/blog/atlas-1.html", listed_as_article=True)
    assert (result.page_type, result.is_article) == ("article", True)
    # So does a short post whose related teasers below hold more words than it: it writes text of its own.
    longer = related.replace("<p>Part 2 of our series: the optic tract.</p>",
                             "<p>Part 2 of our series: the team traced the optic tract in forty scans, merged the labels "
                             "with the older template and checked every region by hand before the release went out to "
                             "the users of the package, who had asked for it at the spring meeting.</p>")
    short = post.replace(text, text[:text.index("</p>") + 4] * 3).replace(related, longer * 4)
    result = extract_article(short, "https://atlas.example/blog/atlas-1.html", listed_as_article=True)
    assert (result.page_type, result.is_article) == ("article", True)


def _author_page_under_site_intro(teaser_href: str) -> str:
    """A project site's author page built on its home page's template: a banner, the project's long "About" text in
    plain sections, then the author's one post as a teaser (linked headline, date line, cut-off excerpt, "Learn more")."""
    about = "".join(f"<p>Part {n} of what the toolkit does: it reads the shared model format, builds each part of "
                    "the vessel from its outline, and hands the shapes to the tools of every team that studies them, "
                    "so that nobody redraws the same hull twice.</p>" for n in range(6))
    return ("<html lang='en'><head><title>Hull toolkit - Articles by Ida Berg</title></head><body>"
            "<nav><a href='/hull/'>Home</a> <a href='/hull/pages/features.html'>Features</a></nav>"
            "<section id='content'><section class='slider'><h2 class='banner'>SHAPES FROM NUMBERS</h2>"
            "<p>Model a wide range of vessels from one file.</p></section>"
            f"<div class='container'><section class='row about'><h2 class='section-title'>About</h2>{about}</section>"
            "<section id='news' class='news row'><article class='type-post single-post'>"
            f"<h2 class='post-title'><a href='{teaser_href}'>Tutorial: sizing a keel</a></h2>"
            "<footer class='entry-meta'><span class='author'><a href='/hull/author/ida-berg.html'>Ida Berg</a></span>"
            "<span class='date'>Wed 30 October 2019</span></footer>"
            "<div class='entry'><p>This tutorial walks through sizing a keel with the toolkit's bindings. The "
            "libraries sit under the install folder …</p></div>"
            f"<div class='btn'><a class='read-more' href='{teaser_href}'>Learn more</a></div></article></section>"
            "</div></section><footer><p>Imprint</p></footer></body></html>")


def test_an_author_page_showing_one_teaser_under_the_sites_long_intro_is_a_listing():
    """Fails before: an author page built on the home page's template, its one post a teaser under the project's
    long "About" text, passed for an article (that text, dated by the teaser's date line)."""
    page = _author_page_under_site_intro("https://ship.example/hull/tutorial-sizing-a-keel.html")
    result = extract_article(page, "https://ship.example/hull/author/ida-berg.html")
    assert (result.page_type, result.is_article) == ("listing", False)
