"""A post of one line and a video keeps that line alone when the theme sets a newsletter sign-up box below it (a
heading and a pitch over an e-mail field): the pitch outweighs the post, yet a sign-up box outside the post's own
element is never its text. A registration form the writer set inside the post leaves the post's lines in place."""
from news_archive.pipelines.extraction import extract_article

URL = "http://crew.example/blog/2016/12/10/logo-animation/"
TITLE = "Logo animation"
LINE = "A friend of ours made this lovely animation of our logo."
PITCH = ("Knowledge and inspiration on how to build better business with colleagues who are new in the country, "
         "once a month. You can of course unsubscribe whenever you like.")

SHARE = ('<div><div style="display:inline-block"><div class="fb-share-button" data-layout="button"></div></div>'
         '<div style="display:inline-block;float:right"><a href="https://twitter.com/share" '
         'class="twitter-share-button">Tweet</a></div></div>')


def page(post_text: str) -> str:
    """A hand-made theme: one page-wide container holding the menu, the post with its share buttons, the sign-up box
    and the footer."""
    return f"""<html lang="en"><head><meta charset="utf-8"><title>Crew - {TITLE}</title></head><body><div class="container">
<nav class="header"><a href="/">Crew</a> <a href="/blog/">Blog</a> <a href="/about-us/">About us</a></nav>
<section><div class="wrap"><div class="post"><header class="post-header"><h1 class="post-title">{TITLE}</h1>
{SHARE}<p class="post-meta">Dec 10, 2016</p></header>
<article class="post-content">{post_text}{SHARE}</article></div></div></section>
<div class="grid"><div class="row"><div class="column"><div class="marketing"><h1>Newsletter</h1><h1>@</h1></div></div>
<div class="column"><div class="marketing"><div class="newsletter-form"><h3>Newsletter</h3><p>{PITCH}</p>
<form action="https://forms.example/submit" method="POST"><div><input type="email" name="email" placeholder="E-mail">
</div><input type="hidden" name="formId" value="9084"><button type="submit">Sign up</button></form></div></div></div>
</div></div>
<footer><div class="footer-col"><h3>About us</h3><ul><li><a href="/about-us/">Who we are</a></li></ul></div>
<p class="copyright">&copy; 2016 Crew</p></footer></div></body></html>"""


def test_the_sign_up_pitch_below_a_post_of_one_line_stays_out():
    """Fails before: the pitch outweighed the post's line and the body ran on into the sign-up box."""
    body = extract_article(page(f'<p>{LINE}</p><video controls src="/media/logo.mp4"></video>'), URL).body
    assert body == LINE


def test_a_registration_form_in_the_post_leaves_its_lines():
    form = ('<p>Register for the evening below.</p><form action="/register"><input type="email" name="email">'
            '<button>Register</button></form>')
    body = extract_article(page(f'<p>{LINE}</p>{form}'), URL).body
    assert body.startswith(LINE)
    assert "Register for the evening below." in body
    assert PITCH not in body
