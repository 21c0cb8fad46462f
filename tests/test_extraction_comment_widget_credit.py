"""A blog generator's comment template closes a post with an empty thread element, its script and a link crediting the
widget's maker ("comments powered by <maker>"). That link line is the site's, not a source the writer closes with: it
stays out of the text, while a writer's own closing link to another site stays."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://architecture.example/blog/2015/12/containers/"
OPENING = ("The architecture unit is trying out containers as a way to ship the applications of the clouds we run, "
           "and this post tells what we learnt so far.")
CLOSING = ("Each image starts in a second, with its settings and rules handed to the container when it starts up.")
WIDGET = ("<a name='comments'></a><div id='chat_thread'></div>"
          "<script>var chat_shortname = 'architecture';</script>"
          "<noscript>Please enable JavaScript to view the <a href='https://chatterbox.example/?ref_noscript'>comments "
          "powered by Chatterbox.</a></noscript>"
          "<a href='https://chatterbox.example' class='cbx-brlink'>comments powered by "
          "<span class='logo-chatterbox'>Chatterbox</span></a>")


def page(after_text: str) -> str:
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Containers for our applications</title>"
            "</head><body><header><a href='/'>Architecture</a><nav><a href='/news/'>News</a><a href='/blog/'>Blog</a>"
            "</nav></header><section class='border-start'><article class='bgGrey'><div class='container'>"
            "<ol class='breadcrumb'><li><a href='/'>Home</a></li><li><a href='/blog'>Blog</a></li>"
            "<li>Containers for our applications</li></ol>"
            "<h1 class='headline'>Containers for our applications</h1></div></article>"
            "<article class='contents'><div class='container'>"
            f"<p>{OPENING}</p>"
            "<p>Vendors ship ready images of their software as well, so that a server of theirs runs the same way in "
            "every place it is started, from a laptop to the cloud.</p>"
            f"<p>{CLOSING}</p>{after_text}"
            "</div></article></section><footer><p>Architecture unit of the regional government</p></footer>"
            "</body></html>")


def test_the_comment_widgets_credit_to_its_maker_is_no_closing_line():
    """Fails before: the credit, a line linking to another site after the text, was kept as the post's closing link."""
    body = extract_article(page(WIDGET), URL).body
    assert body.startswith(OPENING)
    assert body.endswith(CLOSING)
    assert "powered by" not in body


def test_a_writers_closing_link_to_another_site_stays_above_the_widget():
    link = ("<p><a href='https://agency.example/reports/containers.pdf'>Read the agency's report on containers</a></p>")
    body = extract_article(page(link + WIDGET), URL).body
    assert body.endswith(CLOSING + "\n\nRead the agency's report on containers")
