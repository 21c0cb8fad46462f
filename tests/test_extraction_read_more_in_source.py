"""A research story closing on where it was published, "Read more in <a>Journal</a>" linking the journal's site (and
"or download <a>PDF</a>"), keeps that line as its last: the writer names the story's source, as "The full paper
<a>here</a>" does. A site's prompt to read more about a topic, or a bare "Read more", still goes."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://biology.example/news/story-2014-88-moss-spores.html"
TITLE = "How Moss Spores Time Their Release"
FIRST = ("Mosses scatter their spores on dry, windy days, and a team in the department has now found the small "
         "protein switch that tells the capsule when the air outside is dry enough to open.")
SECOND = ("The switch reads the water held in the capsule's wall, the group reports, and the same family of proteins "
          "turns up in ferns, which suggests the trick is older than the first seed plants.")


def page(closing: str) -> str:
    """A department's story page: a breadcrumb line, the headline, a date line, the story's paragraphs, then the
    closing line under test and an empty paragraph, as an old news app stored its stories."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{TITLE} - Department of Biology - News</title></head><body>
<div class="container"><div class="row"><div class="col-12">
<p><a href="news_year_2014.html">News</a> : <a href="news_year_2014.html">2014</a> : {TITLE}</p>
<h2 class="title">{TITLE}</h2><p>by Staff Writer</p><p>March 4, 2014</p>
<!-- start: story content --><div class="col-12 text-left">
<p>{FIRST}</p><p>{SECOND}</p>
{closing}
<p>&nbsp;</p></div><!-- end: story content --></div></div></div>
<footer><p>Department of Biology, 16 Garden Street</p></footer>
</body></html>"""


@pytest.mark.parametrize("closing, last", [
    ('<p>Read more in <a href="https://journal.example/articles/moss-2014">Plant Journal</a> or download '
     '<a href="files/moss-2014.pdf">PDF</a></p>', "Read more in Plant Journal or download PDF"),
    ('<p>Read more in <a href="https://journal.example/articles/moss-2014">Plant Journal</a></p>'
     '<p>Download <a href="files/moss-2014.pdf">PDF</a></p>', "Read more in Plant Journal"),
    ('<p><a href="https://journal.example/articles/moss-2014">Read more in<em> Plant Journal</em></a></p>'
     '<div style="padding:20px"><img src="files/moss.jpg" width="300"> Spore capsules of a moss, open on a dry day'
     '</div>', "Read more in Plant Journal"),
])
def test_a_closing_line_naming_where_the_story_was_published_stays(closing, last):
    """Fails before: "read more" is a furniture phrase, so the line was no closing link line, and short and
    unpunctuated, before a download line or a picture's box, it was trimmed as a sign-off: the story lost it."""
    body = extract_article(page(closing), URL).body
    assert body.startswith(FIRST[:40])
    assert last in body.split("\n\n")[-2:]


@pytest.mark.parametrize("closing", [
    '<p><a href="https://programme.example/plants/">Read more</a></p>',
    '<p><a href="https://programme.example/plants/">Read more</a></p><p>Download <a href="files/m.pdf">PDF</a></p>',
])
def test_a_prompt_to_read_more_still_goes(closing):
    """A bare "Read more", naming no source, is the site's prompt."""
    body = extract_article(page(closing), URL).body
    assert "Read more" not in body


def blog_post(closing: str) -> str:
    """A static generator's post page: the headline and date in the article's header, the text in div.e-content,
    the tags and the previous/next links in an aside after it."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Lab wins a three-year grant | Lab News</title>
</head><body><nav><a href="/">Lab News</a> <a href="/news/">News</a> <a href="/people/">People</a></nav>
<div id="content"><article class="post-text h-entry postpage"><header><h1 class="entry-title">Lab wins a three-year grant</h1>
<p class="dateline"><time class="published" datetime="2019-10-01T10:00:00+13:00">2019-10-01 10:00</time></p></header>
<div class="e-content entry-content"><p>The lab's work on plain-language tools for field biologists
<a href="https://fund.example/2019-round/">won a grant</a> for the next three years.</p>
{closing}</div><aside><ul class="pager"><li><a href="/news/earlier/" rel="prev">Previous post</a></li></ul></aside>
</article></div><footer>Contents © 2019 The Lab</footer></body></html>"""


def test_a_closing_line_naming_the_news_site_that_ran_the_story_stays():
    """Fails before: "Read more on <site>:" over its linked headline read as the site's prompt to read more."""
    closing = ('<p>Read more on Garden Wire: <a href="https://gardenwire.example/stories/grant">Small lab wins big '
               'grant</a></p>')
    body = extract_article(blog_post(closing), "https://lab.example/news/lab-wins-grant/").body
    assert body.rstrip().endswith("Read more on Garden Wire: Small lab wins big grant"), body
