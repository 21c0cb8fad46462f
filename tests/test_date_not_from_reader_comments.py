"""A reader comment's stamp says when a reader wrote, not when the page went out: a page showing no date of its own
is not dated by its first comment's "submitted" line, while a post's own date line stays its date."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

BOOK_URL = "https://community.example/node/812/"
POST_URL = "https://blog.example/spring-seminar/"


def book_page(intro: str) -> str:
    """A CMS book page: a headline, a few links to the chapters (no paragraph of text), then readers' comments,
    each with its "submitted" line."""
    return f"""<!DOCTYPE html><html lang="en"><head><title>Talks from the autumn camp | Community</title></head>
<body><div id="page"><div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/guides/">Guides</a></div>
<h1>Talks from the autumn camp</h1>
<div id="node-812" class="node clear-block"><div class="content">{intro}
<ul><li><a href="/node/813/">Opening talk: where the project stands</a></li>
<li><a href="/node/814/">Building a site for a small library</a></li>
<li><a href="/node/815/">Caching for beginners</a></li></ul></div>
<div class="book-navigation"><a href="/node/813/">Opening talk ›</a></div></div>
<div id="comments"><h2 class="comments">Comments</h2><a id="comment-31"></a>
<div class="comment comment-published clear-block"><div class="comment-header clearfloat">
<div class="submitted">15 August, 2011 - 20:15 submitted by Luke (not verified).</div>
<div class="comment-link"><a href="#comment-31">#1</a></div></div>
<div class="comment-main"><h3><a href="#comment-31">Slides?</a></h3>
<div class="content">Are the slides of the caching talk online somewhere?</div></div></div>
<div class="comment comment-published clear-block"><div class="comment-header clearfloat">
<div class="submitted">16 August, 2011 - 17:00 submitted by <a href="/user/956/">mark</a>.</div>
<div class="comment-link"><a href="#comment-32">#2</a></div></div>
<div class="comment-main"><h3><a href="#comment-32">Re: Slides?</a></h3>
<div class="content">They are linked from the talk's own page now.</div></div></div></div>
</div></body></html>"""


def test_book_page_without_date_is_not_dated_by_its_first_comment():
    found = extract_article(book_page(""), BOOK_URL)
    assert found.published is None


def test_book_page_with_intro_is_not_dated_by_a_later_comment_line():
    intro = ("<p>The autumn camp's talks were recorded; each chapter below holds one talk with its slides and the "
             "questions the audience asked after it, written up by the speakers themselves.</p>")
    found = extract_article(book_page(intro), BOOK_URL)
    assert found.published is None


WORDPRESS_POST = f"""<!DOCTYPE html><html lang="en"><head><title>Notes from the spring seminar</title></head>
<body><header><a href="/">Lab blog</a></header><main><article class="post">
<h1 class="entry-title">Notes from the spring seminar</h1>
<div class="entry-meta"><span class="posted-on">Posted on May 3, 2024</span> by <span class="author">Ann</span></div>
<div class="entry-content"><p>The spring seminar gathered researchers from four departments to compare methods.</p>
<p>Most of the afternoon went to a debate on how shared equipment should be booked between the groups.</p></div>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">One thought on "Notes"</h2>
<ol class="commentlist"><li id="li-comment-11" class="comment even depth-1"><div id="comment-11" class="comment-body">
<div class="comment-author vcard"><cite class="fn">Maria</cite> <span class="says">says:</span></div>
<div class="comment-meta commentmetadata"><a href="{POST_URL}#comment-11">May 9, 2024 at 9:12 am</a></div>
<p>Will the recording include the debate on booking, or only the talks?</p></div></li></ol></div>
</main></body></html>"""


def test_post_keeps_its_own_date_over_its_comments():
    found = extract_article(WORDPRESS_POST, POST_URL)
    assert found.published[:10] == "2024-05-03"


FORUM_URL = "https://macforum.example/forum/discussion/no-app-store-over-mobile-data-4711.html"
FORUM_THREAD = """<!DOCTYPE html><html lang="de"><head><title>Kein App Store über mobile Daten?</title></head>
<body><main id="content"><div class="trail"><a href="/forum/">Forum</a> &gt; <a href="/forum/iphone/">iPhone</a></div>
<h2 class="Title">Kein App Store über mobile Daten?</h2>
<div class="ForumComment" id="ThreadCommentFirst"><div class="ForumCommentProfile" id="Comment88101"></div>
<div class="ForumCommentInformation"><span class="ForumCommentName">anton</span>
<span class="ForumCommentTime">28.09.19 12:44</span></div>
<div class="ForumCommentText">Seit dem Update lädt der App Store bei mir nur noch im WLAN. Über mobile Daten bleibt die Seite
leer, auf allen Geräten. Hat jemand eine Idee, was ich anders einstellen könnte? Die Einstellungen habe ich geprüft.
</div></div>
<h2 class="Title" id="comments">Kommentare</h2>
<div class="ForumComment" id="ThreadComment_0"><div class="ForumCommentInformation">
<span class="ForumCommentName">berta</span> <span class="ForumCommentTime">13.10.19 09:02</span></div>
<div class="ForumCommentText">Bei mir geht es mit der neuesten Version wieder.</div></div>
<div class="ForumComment" id="ThreadComment_1"><div class="ForumCommentInformation">
<span class="ForumCommentName">carl</span> <span class="ForumCommentTime">14.10.19 10:15</span></div>
<div class="ForumCommentText">Schau mal in die Liste der Apps unter Mobilfunk.</div></div>
</main></body></html>"""


def test_thread_opening_post_set_like_its_replies_keeps_its_own_date():
    """The opening post stands before the replies' heading and in no section naming comments: its date is the page's."""
    found = extract_article(FORUM_THREAD, FORUM_URL)
    assert found.published[:10] == "2019-09-28"


PICTURE_POST_URL = "https://photoblog.example/at-the-harbour/"


def picture_post(comments: str) -> str:
    """A photo blog's post: a headline, a picture and one line, a theme printing no date of the post's, then readers'
    comments, each stamped with its day."""
    return f"""<!DOCTYPE html><html lang="en"><head><title>AT THE HARBOUR &#8211; A PHOTO BLOG</title></head>
<body><div id="wrapper"><div id="header"><a href="/">A photo blog</a></div><div id="content">
<div id="post-77" class="hentry post publish"><h2 class="entry-title">AT THE HARBOUR</h2>
<div class="entry-content"><p><img src="/uploads/harbour.jpg" alt=""></p>
<p>The fishing boats came in early, their nets still full of the morning's catch.</p></div>
<div class="entry-meta"></div></div>
<div id="comments">{comments}</div></div></div></body></html>"""


def test_short_post_the_theme_leaves_undated_is_a_post_by_its_readers_stamped_comments():
    """Readers wrote under it on the days their comments show: the page was out as a post, its one line its text,
    though those days are the readers' and not the post's."""
    comments = ('<div id="comments-list" class="comments"><h3><span>3</span> Comments</h3><ol>' + "".join(
        f'<li id="comment-{n}" class="comment"><div class="comment-author vcard"><span class="fn">Reader {n}</span>'
        f'</div><div class="comment-meta">October {n}, 2013, | <a href="#comment-{n}">Permalink</a></div>'
        f"<p>{text}</p></li>" for n, text in ((2, "Lovely light on the water."), (3, "Where is this harbour?"),
                                             (5, "The colours of those boats!"))) + "</ol></div>")
    found = extract_article(picture_post(comments), PICTURE_POST_URL)
    assert found.published is None
    assert found.is_article


def test_short_undated_page_without_comments_is_still_too_short():
    found = extract_article(picture_post(""), PICTURE_POST_URL)
    assert not found.is_article
