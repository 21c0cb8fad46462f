"""A page builder's ingress set as a classed <span> inside an unclassed text block is the post's standfirst, whatever
its length; a player's playlist of dated episodes dates the episodes, not the page that embeds it."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

_TEXT = "".join(f"<p>The students met the broadcaster's editors {n} times over the spring term to test what a young "
                f"audience wants from a match seen through a headset, and wrote down what they learnt.</p>"
                for n in range(2, 6))


def _builder_post(ingress: str) -> str:
    """An Oxygen-like post: the headline, the ingress as a span in its own text block, a byline box, the text."""
    return ("<html lang='nb'><head><title>Stadium at home - Media Lab</title>"
            "<script type='application/ld+json'>{\"@type\": \"Article\", \"headline\": \"Stadium at home\", "
            "\"datePublished\": \"2022-08-14T19:58:54+02:00\"}</script></head><body>"
            "<section class='ct-section'><h1 class='ct-headline'><span class='ct-span'>Stadium at home</span></h1>"
            "<div class='ct-new-columns'><div class='ct-div-block'><div class='ct-text-block'>"
            f"<span class='ct-span static-ingress'>{ingress}</span></div></div></div>"
            "<div class='ct-new-columns'><div class='ct-div-block'><picture><img src='/uploads/lounge.jpg'></picture>"
            "<div class='ct-text-block'><span class='ct-span'>Illustration from the prototype. </span></div>"
            "<div class='ct-code-block'>" + "".join(f"<a href='/sok/?_person={n}'><div class='person'>Student of "
                                                    f"the Design Number {n}</div></a>" for n in range(1, 6)) + "</div>"
            "<div class='ct-text-block'>Publisert: "
            "<span class='ct-span'>14. august 2022</span></div></div></div>"
            f"<div class='ct-new-columns'><div class='ct-text-block'><span class='ct-span'>{_TEXT}</span></div></div>"
            "</section><footer><p>Media Lab, Bergen</p></footer></body></html>")


def test_a_short_ingress_in_a_classed_span_opens_the_body():
    """Fails before: the ingress, shorter than a standfirst read by its length and classed only on its inline <span>,
    was left out: the body and its lead began at the text's first paragraph."""
    found = extract_article(_builder_post("A match in your own lounge, seen from the stands!"),
                            "https://lab.example/artikler/stadium-at-home/")
    assert found.body.startswith("A match in your own lounge, seen from the stands!\n\nThe students met")
    assert found.lead == "A match in your own lounge, seen from the stands!"


def _podcast_page() -> str:
    episodes = "".join(
        f"<li class='playlist__item'><div class='playlist__item__details'><h2 class='playlist__episode-title'>"
        f"Season one - Episode {n}</h2>\n<p>Apr {10 + n}, 2022 &bull; 10:{10 + n}</p><p></p></div>"
        f"<audio preload='none'><source src='/uploads/season-one-{n}.mp3'></audio></li>" for n in range(1, 5))
    return ("<html lang='nb'><head><title>Talk Lab: Season one - Media Lab</title>"
            "<meta property='og:type' content='article'></head><body><section class='ct-section'>"
            "<h1 class='ct-headline'>Talk Lab: Season one</h1><div class='podcast-player'><ul class='playlist__items'>"
            f"{episodes}</ul></div><div class='ct-text-block'>{_TEXT}</div></section></body></html>")


def test_a_playlist_of_dated_episodes_dates_no_page():
    """Fails before: the page was dated 2022-04-11, its first episode's day, as if its own date line."""
    found = extract_article(_podcast_page(), "https://lab.example/podcast_page/season-one/")
    assert found.published is None
