"""A post whose Markdown closes on a call to action set as a linked subheading ("##### [Search jobs here](/jobs/)",
which the generator gives the anchor id="search-jobs-here") keeps that line as its last, wherever it leads (the
site's own sign-up page, a mail address). A theme's box of other stories after the text, its headlines linked and
carrying no such anchor, stays out, and so does a run of more anchored linked headings than a closing call or two."""
from news_archive.pipelines.extraction import extract_article

URL = "http://crew.example/blog/2019/05/17/tips-for-job-seekers/"
TITLE = "Tips for job seekers"
TEXT = ("<p>In a new series of films we share useful and inspiring tips, both for those looking for work and for "
        "employers. Here is Andrew, who came from abroad and tells of looking for his first job here.</p>"
        "<p>We believe in what you can do as a newcomer!</p>")


def post(content: str, after: str = "") -> str:
    return f"""<html lang="en"><head><meta charset="utf-8"><title>Crew - {TITLE}</title></head><body>
<nav><a href="/">Crew</a> <a href="/blog/">Blog</a> <a href="/about-us/">About us</a></nav>
<div class="post"><header class="post-header"><h1 class="post-title">{TITLE}</h1>
<p class="post-meta">May 17, 2019</p></header>
<article class="post-content">{content}</article>{after}</div>
<footer><p>&copy; 2019 Crew</p></footer></body></html>"""


def test_an_anchored_linked_call_closing_the_post_stays():
    """Fails before: the linked line leading to the site's own page was dropped as a link line after the text."""
    for call, words in (('<h5 id="search-jobs-here"><a href="/candidate/?utm_source=blog">Search jobs here</a></h5>',
                         "Search jobs here"),
                        ('<h4 id="tell-us-what-you-think"><a href="mailto:hello@crew.example">Tell us what you think'
                         '</a></h4>', "Tell us what you think")):
        body = extract_article(post(TEXT + call), URL).body
        assert body.startswith("In a new series of films")
        assert body.endswith(words)


def test_two_anchored_calls_stay():
    calls = ('<h5 id="want-to-post-a-job"><a href="/employers/">Want to post a job?</a></h5>'
             '<h5 id="want-to-find-a-job"><a href="/candidate/">Want to find a job?</a></h5>')
    body = extract_article(post(TEXT + calls), URL).body
    assert body.endswith("Want to post a job?\n\nWant to find a job?")


def test_other_stories_after_the_text_stay_out():
    unanchored = ('<h5><a href="/blog/2019/04/01/first-day/">First day at a new job</a></h5>'
                  '<h5><a href="/blog/2019/03/02/cv/">How to write a short CV</a></h5>')
    anchored_run = "".join(f'<h5 id="story-number-{n}"><a href="/blog/2019/0{n}/01/story/">Story number {n}</a></h5>'
                           for n in range(1, 4))
    for after in (unanchored, anchored_run):
        body = extract_article(post(TEXT + after), URL).body
        assert body.endswith("as a newcomer!"), after


def test_a_video_credit_closing_on_calls_keeps_them():
    """Fails before: a post of one linked line (an embedded video's credit) is read as that line alone, and the
    writer's calls under it went with the page's furniture."""
    credit = ('<p><a href="https://video.example/216969958">How we match you with new colleagues</a> from '
              '<a href="https://video.example/user6357">Anna Berg</a> on <a href="https://video.example">Video</a>.</p>')
    calls = ('<h5 id="want-to-post-a-job"><a href="/employers/">Want to post a job?</a></h5>'
             '<h5 id="want-to-find-a-job"><a href="/candidate/">Want to find a job?</a></h5>')
    body = extract_article(post(credit + calls), URL).body
    assert body.startswith("How we match you with new colleagues")
    assert body.endswith("Want to post a job?\n\nWant to find a job?")


def test_a_one_paragraph_post_closing_on_a_call_keeps_it():
    """Fails before: the text was read from the post's one paragraph, and the call under it, outside that paragraph,
    went with the page."""
    one = ('<p>Many exciting jobs coming up! Soon we will need a great many people with experience of events and '
           'restaurants.<br><br><br></p><p><a href="https://app.crew.example/job/265"><img src="/j1.png" alt=""></a>'
           '</p><h4 id="see-other-jobs"><a href="https://app.crew.example/jobs/">See other jobs</a></h4>')
    body = extract_article(post(one), URL).body
    assert body.startswith("Many exciting jobs coming up!")
    assert body.endswith("See other jobs")


def test_an_anchored_subheading_closing_the_post_over_an_embedded_script_stays():
    """Fails before: the appendix's subheading, set as the text's other sections are, over a script the page's HTML
    does not show, was dropped as the heading of a box after the text. One with no anchor still goes
    (test_other_stories_after_the_text_stay_out), and so does an anchored one in a box of its own
    (test_extraction_citation_box)."""
    appendix = ('<h4 id="appendix--raw-survey-tables">Appendix – raw survey tables</h4>'
                '<script src="https://gist.example/crew/0047.js"></script>')
    body = extract_article(post('<h2 id="why-we-made-the-films">Why we made the films</h2>' + TEXT + appendix),
                           URL).body
    assert body.endswith("We believe in what you can do as a newcomer!\n\nAppendix – raw survey tables")
