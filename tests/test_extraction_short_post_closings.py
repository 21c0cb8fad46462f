"""A short post keeps its own text and no more: a social network's post embedded alone (the fallback text its script
replaces by a video) is no line of it however much longer it is, nor is the excerpt of a related post whose headline
ends the post's own title in words."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "http://physio.example/benefits-of-tape-in-the-rowing-season/"
TITLE = "Benefits of tape in the rowing season"
TEXT = ("Tape in the rowing season: it eases the ache of the lower back within days, takes the load off the "
        "shoulders and keeps the tired muscles of the forearm working through the long sessions on the water.")
CHROME = ("<header><nav><a href='/'>Home</a> <a href='/blog/'>Blog</a> <a href='/contact/'>Contact</a></nav></header>",
          "<footer><p>Physio by the river, Quay Street 2</p><a href='/privacy/'>Privacy</a></footer>")


def _post(title: str, text: str, after_entry: str = "") -> str:
    return (f"<html><head><title>{title} | Physio by the river</title></head><body class='single single-post'>"
            f"{CHROME[0]}<header class='page-header'><h1 class='page-title'>{title}</h1></header>"
            f"<section class='area'><div class='container'><div class='row'><div class='col-md-12'>"
            f"<div class='entry-box'><div class='entry-content'><header class='entry-header'>"
            f"<h3 class='post-title'>{title}</h3><p class='entry-author'><a href='/author/anna/'>Anna Berg</a></p>"
            f"</header><div id='single-content'>{text}</div></div>"
            f"<footer class='entry-box-footer'><a href='/older-post/'>Previous post</a></footer></div>{after_entry}"
            f"</div></div></div></section>{CHROME[1]}</body></html>")


def test_a_post_embedded_alone_from_a_social_network_is_not_the_text():
    """Fails before: the embed's fallback, five times the writer's paragraph, was taken for the text whole."""
    shared = " ".join(f"Point {n} of the trainer's video: keep the breath low and the belly soft while you pull, and "
                      f"stop the set as soon as the middle line of the belly bulges." for n in range(1, 9))
    embed = ("<div class='fb-video' data-href='https://social.example/trainer/videos/1/'>"
             "<blockquote cite='https://social.example/trainer/videos/1/' class='fb-xfbml-parse-ignore'>"
             "<p><a href='https://social.example/trainer/videos/1/'></a></p>"
             f"<p>{shared}</p><p>Posted by <a href='https://social.example/trainer/'>The Trainer</a> on Monday, "
             "November 20, 2017</p></blockquote></div>")
    result = extract_article(_post(TITLE, f"<p>{TEXT}</p>{embed}"), URL)
    assert result.body == TEXT


def test_a_related_posts_headline_ending_the_title_in_words_heads_a_teaser():
    """Fails before: the third card's headline, "Tape in the rowing season", lies within the page's title, so it
    was read as the post's own headline and its excerpt closed the text."""
    cards = "".join(
        f"<div class='col-md-4'><article class='entry-item related-item'><div class='entry-content'>"
        f"<span class='entry-categories'><a href='/category/physio/' rel='category tag'>physio</a></span>"
        f"<h5 class='entry-title'><a href='/{slug}/'>{headline}</a></h5><p>{excerpt}</p></div></article></div>"
        for slug, headline, excerpt in (
            ("tape-for-rowers-backs", "How tape helps a rower's back",
             "A rower's back carries the whole stroke, and after a long winter on the machines it often aches by the "
             "second week on the water. Tape set along the long muscles of the back takes part of that load."),
            ("tape-and-posture", "Tape and the posture of young rowers",
             "Young rowers grow fast, and their posture changes with every season. Exercises chosen for each of them "
             "come first; tape helps them feel the right position through the day."),
            ("tape-in-the-rowing-season", "Tape in the rowing season",
             "Many rowers feel the first aches in the lower back within weeks of the season's start, and they grow "
             "with the distance rowed. Painkillers are no answer for an athlete, so I offer tape, which")))
    related = f"<div id='related-post'><h4>Related Posts</h4><div class='row'>{cards}</div></div>"
    result = extract_article(_post(TITLE, f"<p>{TEXT}</p>", related), URL)
    assert result.body == TEXT
