"""Reader comments: found by the traits comment sections share, kept out of the body, the controls around them left out."""
from __future__ import annotations

import json

import lxml.html

from news_archive.pipelines.extraction import extract_article

URL = "https://blog.example/2024/05/03/spring-seminar/"
ARTICLE = """<h1>Notes from the spring seminar</h1>
<p>The spring seminar gathered researchers from four departments to compare their methods for growing tissue.</p>
<p>Most of the afternoon went to a debate on how shared equipment should be booked between the groups.</p>
<p>The slides and a recording will be published on the department pages later this month.</p>"""
REPLY_FORM = """<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published.</p>
<p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment"></textarea></p>
<p class="form-submit"><input type="submit" value="Post Comment"></p></form></div>"""


def page(comments: str, head: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><title>Notes from the spring seminar</title>{head}</head>
<body><header><a href="/">Lab blog</a></header><main><article class="post">{ARTICLE}</article>{comments}</main>
<footer><p>The lab blog, Campus Road 1</p></footer></body></html>"""


WORDPRESS = f"""<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on "Notes"</h2>
<ol class="commentlist">
 <li id="li-comment-11" class="comment even thread-even depth-1"><div id="comment-11" class="comment-body">
  <div class="comment-author vcard"><cite class="fn"><a href="https://maria.example/" rel="external nofollow">Maria</a></cite>
   <span class="says">says:</span></div>
  <div class="comment-meta commentmetadata"><a href="{URL}#comment-11">May 4, 2024 at 9:12 am</a></div>
  <p>Will the recording include the debate on booking, or only the talks?</p>
  <div class="reply"><a class="comment-reply-link" href="{URL}?replytocom=11#respond">Reply</a></div>
 </div>
 <ol class="children"><li id="li-comment-12" class="comment byuser bypostauthor odd alt depth-2">
  <div id="comment-12" class="comment-body"><div class="comment-author vcard"><cite class="fn">Editor</cite> says:</div>
  <p>Both: the whole afternoon was recorded, with the speakers' consent.</p>
  <div class="reply"><a class="comment-reply-link" href="{URL}?replytocom=12#respond">Reply</a></div></div></li></ol>
 </li>
</ol>
<div class="navigation"><div class="alignleft"><a href="{URL}comment-page-1/#comments">Older Comments</a></div></div>
{REPLY_FORM}</div>"""

ARTICLE_ITEMS = """<section id="comments"><h2>Comments (2)</h2>
<article class="comment" id="c1"><header><b>Jonas</b> <time datetime="2024-05-05">5 May 2024</time></header>
<p>Booking the microscope has been a puzzle for years, glad someone raised it.</p>
<p>Perhaps a shared calendar would do.</p><a href="#c1">Permalink</a> <a href="#" class="reply-link">Reply</a></article>
<article class="comment" id="c2"><header><b>Lena</b> <time datetime="2024-05-06">6 May 2024</time></header>
<p>Our group already uses one; happy to show how it works.</p></article>
<p class="login-prompt"><a href="/login">Log in</a> to join the discussion.</p>
</section>"""


def test_wordpress_comment_list_is_kept_apart_from_the_body():
    result = extract_article(page(WORDPRESS), URL)
    assert "recording" in result.body and "Maria" not in result.body and "booking, or only" not in result.body
    assert result.comments.split("\n\n") == [
        "Maria says:", "May 4, 2024 at 9:12 am", "Will the recording include the debate on booking, or only the talks?",
        "Editor says:", "Both: the whole afternoon was recorded, with the speakers' consent."]


def test_comment_articles_in_a_comments_section_keep_commenter_lines_and_drop_controls():
    result = extract_article(page(ARTICLE_ITEMS), URL)
    assert result.comments.split("\n\n") == [
        "Jonas 5 May 2024", "Booking the microscope has been a puzzle for years, glad someone raised it.",
        "Perhaps a shared calendar would do.", "Lena 6 May 2024", "Our group already uses one; happy to show how it works."]
    assert "Permalink" not in result.comments and "Reply" not in result.comments
    assert "Log in" not in result.comments and "Comments (2)" not in result.comments
    assert "Booking the microscope" not in result.body


def test_a_page_with_only_an_empty_comment_form_has_no_comments():
    empty = f"""<div id="comments" class="comments-area">{REPLY_FORM}</div>"""
    result = extract_article(page(empty), URL)
    assert result.comments == ""
    assert result.body == extract_article(page(""), URL).body


def test_body_is_the_same_with_or_without_comments():
    without = extract_article(page(""), URL)
    for comments in (WORDPRESS, ARTICLE_ITEMS):
        found = extract_article(page(comments), URL)
        assert (found.body, found.body_html, found.lead) == (without.body, without.body_html, without.lead)


def test_a_prompt_or_notice_in_a_comment_section_is_no_comment():
    notice = """<div id="comments" class="comments-area"><h3>Have your say</h3>
<div class="comments-list"><p>Comments are read by an editor before they appear, which can take a while.</p></div>
<button class="load-comments">Show comments</button></div>"""
    assert extract_article(page(notice), URL).comments == ""


def test_recent_comments_widget_and_comment_count_link_are_no_comments():
    widget = """<aside class="widget widget_recent_comments"><h3>Recent comments</h3><ul id="recentcomments">
<li class="recentcomments">Anna on <a href="/other-post/">Another post about the autumn course</a></li></ul></aside>
<div class="comments-link"><a href="#comments">3 Comments</a></div>"""
    assert extract_article(page(widget), URL).comments == ""


def test_hidden_comment_tab_is_left_out():
    hidden = """<div class="tab-panel hidden" id="panel-comments"><div class="comment"><p>A reader wrote this long
enough comment about the seminar and the booking rules for the shared equipment.</p></div></div>"""
    assert extract_article(page(hidden), URL).comments == ""


def test_microdata_comments_without_comment_classes():
    items = """<div class="responses"><div itemprop="comment" itemscope itemtype="https://schema.org/Comment">
<span itemprop="author">Pekka</span> <time itemprop="dateCreated" datetime="2024-05-04">4 May</time>
<p itemprop="text">The debate deserved a seminar of its own, to be honest.</p></div>
<div itemprop="comment" itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Sara</span> <time itemprop="dateCreated" datetime="2024-05-05">5 May</time>
<p itemprop="text">Agreed, and the booking system could be its first topic.</p></div></div>"""
    assert extract_article(page(items), URL).comments.split("\n\n") == [
        "Pekka 4 May", "The debate deserved a seminar of its own, to be honest.",
        "Sara 5 May", "Agreed, and the booking system could be its first topic."]


def test_json_ld_comments_when_the_page_shows_none():
    data = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": "Notes from the spring seminar",
            "comment": [{"@type": "Comment", "author": {"@type": "Person", "name": "Ola"},
                         "text": "Thanks for the summary of the afternoon."}]}
    head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    assert extract_article(page("", head=head), URL).comments == "Ola\n\nThanks for the summary of the afternoon."


def test_comments_from_a_parsed_tree_leave_the_tree_to_the_body():
    tree = lxml.html.document_fromstring(page(WORDPRESS))
    from_tree = extract_article(tree, URL)
    from_text = extract_article(page(WORDPRESS), URL)
    assert (from_tree.body, from_tree.comments) == (from_text.body, from_text.comments)


FURNISHED = f"""<div class="comments-wrapper"><div class="comments-header"><span class="title">View comments</span> (3)</div>
<p class="comments-total">3 comments</p>
<div class="stream-sort"><a class="sort-newest">Newest</a> | <a class="sort-oldest">Oldest</a></div>
<div class="comment-list">
 <div class="comment-item"><b>Maria</b> <span>May 4, 2024 at 9:12 am</span>
  <p>Will the recording include the debate on booking, or only the talks?</p>
  <p class="actions">[<a href="javascript:void(0)">Reply</a>]</p>
  <p class="profile">Comments (41)</p></div>
 <div class="comment-item"><b>Jonas</b> <span>May 5, 2024 at 8:02 am</span>
  <p>Comments on the booking debate are welcome at the next meeting too.</p>
  <p class="actions"><a href="#c2">Reply</a> | <a href="#c2">Quote</a></p>
  <p class="profile">Comments (7)</p></div>
</div>
<p><a href="{URL}#new">Leave a comment</a></p></div>"""


def test_the_sections_own_count_sort_and_prompt_lines_are_left_out_and_readers_words_kept():
    result = extract_article(page(FURNISHED), URL)
    assert result.comments.split("\n\n") == [
        "Maria May 4, 2024 at 9:12 am", "Will the recording include the debate on booking, or only the talks?",
        "Comments (41)",
        "Jonas May 5, 2024 at 8:02 am", "Comments on the booking debate are welcome at the next meeting too.",
        "Comments (7)"]


SAID = [
    "Booking the microscope has been a puzzle for years, and I am glad someone finally raised it at a seminar "
    "where all four groups were in the room. A shared calendar would settle it, with a weekly slot for each group.",
    "Our group already uses a shared calendar for the centrifuges and it works well, as long as everyone cancels "
    "the slots they do not need. I am happy to show how we set it up to anyone who drops by on a Thursday.",
    "Will the recording include the debate on booking, or only the talks? Several of us could not stay for the "
    "afternoon session because of teaching, and the debate sounded like the part we would most like to hear.",
]


def discussion(post: str) -> str:
    """A post above a comment list in which readers wrote many times more than the post."""
    items = "".join(f"<li class='comment'><div class='comment-author'>Reader {n}</div>"
                    f"<div class='comment-meta'>May {n + 4}, 2024 at 9:12 am</div><p>{text}</p></li>"
                    for n, text in enumerate(SAID))
    return f"""<html><head><title>Notes from the spring seminar</title></head><body><div id="page">
<div class="post"><h2>Notes from the spring seminar</h2>{post}</div>
<div id="comments"><h3>3 Responses</h3><ol class="commentlist">{items}</ol></div></div></body></html>"""


def test_a_long_comment_list_under_a_short_post_stays_apart_and_leaves_the_post_whole():
    # The comments must not pass for the page's main text.
    post = ["The spring seminar gathered researchers from four departments to compare their methods.",
            "The slides will be published on the department pages later this month."]
    result = extract_article(discussion("".join(f"<p>{p}</p>" for p in post)), URL)
    assert result.body.split("\n\n") == post
    assert result.comments.split("\n\n")[:3] == ["Reader 0", "May 4, 2024 at 9:12 am", SAID[0]]


def test_a_post_without_a_line_of_its_own_is_read_for_its_discussion():
    # A video put to readers: the comments are the page's text, and it stays an article.
    result = extract_article(discussion("<iframe src='https://video.example/embed/42'></iframe><p>Watch.</p>"), URL)
    assert result.is_article and SAID[0] in result.body


# Two comments as a hosted widget shows them, in one list with the widget's own lines: a commenter line (name,
# date), then the words.
def widget_comments(before: str = "", between: str = "") -> str:
    return f"""<div id="comments"><div class="comment-list">{before}
<div class="entry"><div class="who">Maria</div><div class="when">May 4, 2024 at 9:12 am</div>
<p>Will the recording include the debate on booking, or only the talks?</p></div>{between}
<div class="entry"><div class="who">Jonas</div><div class="when">May 5, 2024 at 8:40 am</div>
<p>Booking the microscope has been a puzzle for years, glad someone raised it.</p></div></div></div>"""


WIDGET_LINES = ["Maria", "May 4, 2024 at 9:12 am", "Will the recording include the debate on booking, or only the talks?",
                "Jonas", "May 5, 2024 at 8:40 am",
                "Booking the microscope has been a puzzle for years, glad someone raised it."]


def test_house_rules_set_before_the_first_comment_are_left_out():
    rules = """<p class="intro">Keep this a friendly place: stay on the topic, be kind to one another, and tell us
    about any comment that breaks these rules so that we can remove it.</p>"""
    assert extract_article(page(widget_comments(rules)), URL).comments.split("\n\n") == WIDGET_LINES


def test_the_widgets_own_links_and_terms_before_the_first_comment_are_left_out():
    vendor = """<ul class="menu"><li><a href="https://widgets.example/">Get the widget</a></li>
    <li><a href="https://widgets.example/help">Help</a></li></ul>
    <div class="terms-title"><a href="/terms">Read the terms of use</a></div>"""
    assert extract_article(page(widget_comments(vendor)), URL).comments.split("\n\n") == WIDGET_LINES


def test_a_first_comment_with_a_date_but_another_shape_is_kept():
    pinned = """<div class="pinned"><b>Editor</b>, May 3, 2024 at 5:00 pm: thanks for all the questions so far.</div>"""
    lines = extract_article(page(widget_comments(pinned)), URL).comments.split("\n\n")
    assert lines == ["Editor, May 3, 2024 at 5:00 pm: thanks for all the questions so far.", *WIDGET_LINES]


def test_comment_numbers_and_permalinks_are_left_out():
    between = f"""<p class="link"><a href="{URL}?post=11">Link to this (Comment number 1)</a></p>
    <h4 class="position">Comment number 2.</h4>"""
    assert extract_article(page(widget_comments(between=between)), URL).comments.split("\n\n") == WIDGET_LINES


def test_a_widget_that_failed_to_load_shows_no_comments():
    failed = """<div id="comments"><div class="stream">
    <div class="comments-lede">We will show the most thoughtful comments first, so that everyone sees them.</div>
    <div class="comments-failed error-box">Sorry, the comments could not be loaded. Try again.</div>
    <div class="comments-sorting"><ul class="sort"><li><a href="#comments">Top</a></li>
    <li class="sort-fail">Retry sort</li></ul></div></div></div>"""
    assert extract_article(page(failed), URL).comments == ""


def test_the_widgets_copy_of_the_post_is_left_out():
    post = """<div class="entry"><div class="who">Ada Writer posted</div>
    <p>"Notes from the spring seminar"</p></div>"""
    head = '<meta property="og:title" content="Notes from the spring seminar">'
    assert extract_article(page(widget_comments(post), head), URL).comments.split("\n\n") == WIDGET_LINES


# An old blog theme's single post: the comment heading and form follow the post in the same column, no wrapper of
# their own, and the form's small print is longer than the teaser post's two lines.
def teaser_with_comment_form(entry: str, category: str = "News") -> str:
    return f"""<html lang="sv"><head><title>Winter tyres | Car club</title></head><body>
<div class="header"><a href="/">Car club</a></div><div class="main"><div class="content">
<div class="post" id="post-7"><h1>Winter tyres</h1><div class="descr">May 4th, 2011 by editor</div>
<div class="entry">{entry}</div><p class="info">Posted in <a href="/category/">{category}</a></p></div>
<h2 id="respond">Have your say</h2>
<form action="/wp-comments-post.php" method="post" id="commentform">
<p><input type="text" name="author" id="author"> <label for="author">Name</label></p>
<p><input type="text" name="email" id="email"> <label for="email">Email (never shown)</label></p>
<p><textarea name="comment" id="comment"></textarea></p>
<p><small><strong>Note:</strong> an editor reads every comment before it appears, which can take a day or two.
Please send yours only once.</small></p>
<p><input name="submit" type="submit" value="Send"></p></form>
</div><div class="navigation"><h2>Models</h2><ul><li><a href="/cars/">Cars</a></li><li><a href="/vans/">Vans</a></li>
</ul></div></div></body></html>"""


def test_a_comment_form_beside_a_short_post_is_no_part_of_its_text():
    lines = ["Har du koll på vinterdäcken i år?", "Läs om de nya reglerna här"]
    result = extract_article(teaser_with_comment_form(f"<p>{lines[0]}</p><p>{lines[1]}</p>"),
                             "https://club.example/2011/05/winter-tyres/")
    assert result.body.split("\n\n") == lines


def test_a_subheading_above_a_picture_opens_a_one_line_post():
    # The subheading, a picture in a heading of its own, then the one line: the subheading is the post's first line.
    entry = ("<p>&nbsp;</p><h2>Snow chains or studs this winter?</h2>"
             "<h2><a href='/img/tyre.jpg'><img src='/img/tyre.jpg' alt=''></a></h2>"
             "<p>Läs om hur de nya reglerna påverkar din bil <a href='/news/tyres/'>här</a></p>")
    result = extract_article(teaser_with_comment_form(entry, category="Uncategorised"),
                             "https://club.example/2011/05/winter-tyres/")
    assert result.body.split("\n\n") == ["Snow chains or studs this winter?",
                                        "Läs om hur de nya reglerna påverkar din bil här"]


# A forum-style widget: each comment's text sits in an element its class calls a message ("message-text").
MESSAGE_CLASSES = """<section id="comments"><h2>Kommentare</h2><ul class="comments-list">
<li class="comment member" id="msg-301"><a href="/user/17/"><span class="author">Waldkauz</span></a>
<time datetime="2024-05-04T09:12">04.05.2024, 09:12 Uhr</time>
<div class="text message-text-container"><p>Die Buchung der Geräte war schon im letzten Semester ein Thema, gut dass es
jetzt besprochen wurde und hoffentlich bald eine gemeinsame Lösung für alle Gruppen gefunden wird. Bis dahin tragen
wir unsere Zeiten weiter auf der Liste an der Tür ein.</p></div></li>
<li class="comment member" id="msg-302"><a href="/user/18/"><span class="author">Fichtenmeise</span></a>
<time datetime="2024-05-04T10:40">04.05.2024, 10:40 Uhr</time>
<div class="text message-text-container"><p>Ein gemeinsamer Kalender würde vieles erleichtern, wir nutzen schon einen
und zeigen gern, wie er funktioniert, wenn jemand aus den anderen Gruppen Interesse daran hat. Meldet euch einfach
beim Sekretariat, dort kennt man die Zugänge.</p></div></li>
</ul><div class="message error">Kommentare konnten nicht geladen werden.</div></section>"""


def test_a_comments_text_in_an_element_classed_message_is_kept():
    comments = extract_article(page(MESSAGE_CLASSES), URL).comments.split("\n\n")
    assert comments[0] == "Waldkauz 04.05.2024, 09:12 Uhr" and comments[2] == "Fichtenmeise 04.05.2024, 10:40 Uhr"
    assert comments[1].startswith("Die Buchung der Geräte") and comments[3].startswith("Ein gemeinsamer Kalender")
    assert not any("nicht geladen" in line for line in comments)


# The reply form waits hidden (inline style) until a reader clicks; a compound noun heads the section; each commenter
# has an avatar drawn as their initials.
HIDDEN_FORM = f"""<div id="comments" class="comments-area"><div class="head"><a href="/forum/">Kommentarübersicht</a></div>
<ol class="commentlist">
 <li class="comment" id="comment-5"><span class="comment-avatar avatar-letters">MK</span><div class="name">Mikko Kallio</div>
  <div class="when"><a href="{URL}#comment-5">May 4, 2024 at 9:12 am</a></div>
  <p>Will the recording include the debate on booking, or only the talks?</p></li>
 <li class="comment" id="comment-6"><span class="comment-avatar avatar-letters">SB</span><div class="name">Sara Berg</div>
  <div class="when"><a href="{URL}#comment-6">May 5, 2024 at 8:02 am</a></div>
  <p>Our group already uses a shared calendar and would gladly show it.</p></li>
</ol>
<div id="new-comment" class="addNew commentTools" style="display: none">
 <p>Your screen name will be shown beside your comment. Please be kind to each other.</p>
 <textarea name="body"></textarea><p class="small">Your comment may take a few minutes to appear.</p></div>
</div>"""


def test_hidden_reply_form_avatar_initials_and_a_compound_heading_are_no_comments():
    assert extract_article(page(HIDDEN_FORM), URL).comments.split("\n\n") == [
        "Mikko Kallio", "May 4, 2024 at 9:12 am", "Will the recording include the debate on booking, or only the talks?",
        "Sara Berg", "May 5, 2024 at 8:02 am", "Our group already uses a shared calendar and would gladly show it."]


# A hosted blog's comment box: a count line naming threads, a "Report this comment" link a script drives inside each
# commenter's line, and the preview and confirmation boxes that wait hidden by a class ("hiddenBox") until a reader posts.
PREVIEW_BOXES = """<div id="all-comments" class="comments"><p class="sorting">Showing All Comment Threads</p>
<div class="comment" id="comment-71"><p class="comment-byline"><a href="#" class="flagger">Report this comment</a>
 Posted by: Ilse Vos | May 4, 2024 at 09:12 AM</p>
 <p>Will the recording include the debate on booking, or only the talks?</p></div>
<div class="comment" id="comment-72"><p class="comment-byline"><a href="#" class="flagger">Report this comment</a>
 Posted by: Tomas Lind | May 5, 2024 at 08:02 AM</p>
 <p>Our group already uses a shared calendar and would gladly show it.</p></div>
<div class="hiddenBox" id="comment-preview"><h3 class="comments-header">Previewing your Comment</h3>
 <div class="comment"><p>This is only a preview. Your comment has not yet been posted.</p><p>Posted by: |</p></div></div>
<div class="hiddenBox notice" id="comment-posted"><p>Your comment has been posted. Post another comment</p></div></div>"""


def test_preview_boxes_thread_counts_and_report_links_are_no_comments():
    assert extract_article(page(PREVIEW_BOXES), URL).comments.split("\n\n") == [
        "Posted by: Ilse Vos | May 4, 2024 at 09:12 AM",
        "Will the recording include the debate on booking, or only the talks?",
        "Posted by: Tomas Lind | May 5, 2024 at 08:02 AM",
        "Our group already uses a shared calendar and would gladly show it."]


# Each commenter's line is a heading; the first comes right after the section's own title.
HEADED_COMMENTERS = """<section id="comments"><header class="comments-head"><h3>2 comments on "Notes"</h3></header>
<ol class="comment-list"><li class="comment" id="comment-81"><h4 class="vcard">Ilse Vos wrote on May 4, 2024 at 9:12 am:</h4>
 <blockquote class="entry-content"><p>Will the recording include the debate on booking, or only the talks?</p></blockquote></li>
<li class="comment" id="comment-82"><h4 class="vcard">Tomas Lind wrote on May 5, 2024 at 8:02 am:</h4>
 <blockquote class="entry-content"><p>Our group already uses a shared calendar and would gladly show it.</p></blockquote></li>
</ol></section>"""


def test_the_first_commenters_heading_is_kept_with_its_comment():
    assert extract_article(page(HEADED_COMMENTERS), URL).comments.split("\n\n") == [
        "Ilse Vos wrote on May 4, 2024 at 9:12 am:",
        "Will the recording include the debate on booking, or only the talks?",
        "Tomas Lind wrote on May 5, 2024 at 8:02 am:",
        "Our group already uses a shared calendar and would gladly show it."]
