"""A post's own box (its short headline in an unlinked <h3>, its text, its tag line) beside a box of related posts:
when the post's tag has the words of the last related post's title, both boxes close on a link of the same words,
which is how a list of like entries closing on "Read more" looks. The box holding the page's own headline is still
the post, not a teaser: its text is the body (before, the post's only paragraph went as a teaser's excerpt and the
page was stored empty)."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://clinic.example/shoulder-blade-drills/"
TEXT = ("Shoulder blades that stand out are a common posture fault in growing children, and most often a weak "
        "muscle along the ribs is behind it. The muscle holds the blade against the chest while the arm works above "
        "the head, and when it tires the blade lifts away. Three short drills a day, done slowly in front of a "
        "mirror, strengthen it within a few weeks, and a therapist checks the progress at each visit.")
RELATED = [("/posture-in-school/", "Posture in school", "Backpacks that weigh too much and chairs that are too low "
            "bend a child's back day after day, and the habit stays long after school. " * 3),
           ("/posture-faults/", "Posture faults", "A posture fault found early is easy to train away with a few "
            "exercises at home, done every day for a month or two. " * 3)]


def _page(tag: str) -> str:
    related = "".join(f"<div class='col'><article class='entry-item'><div class='entry-content'><h5 class='entry-"
                      f"title'><a href='{href}'>{title}</a></h5><p>{excerpt}</p><a href='{href}'>{title}</a></div>"
                      f"</article></div>" for href, title, excerpt in RELATED)
    return ("<html lang='en'><head><title>Shoulder blade drills – Clinic</title></head><body><header><a href='/'>"
            "Clinic</a><nav><a href='/blog/'>Blog</a></nav></header><section><div class='container'><div class="
            "'row'><div class='col-12'><div class='entry-box'><div class='entry-content'><header><div class="
            "'entry-title'><h3>Shoulder blade drills</h3><div class='meta'><a href='/author/anna/'>Anna Berg</a> / "
            f"<a href='/category/therapy/'>therapy</a></div></div></header><div><p>{TEXT}</p></div></div>"
            f"<div class='tag-box'><span>Tags:</span> <a href='/tag/{tag.lower().replace(' ', '-')}/'>{tag}</a></div>"
            f"</div><div><h4>Related posts</h4><div class='row'>{related}</div></div></div></div></div></section>"
            "<footer><p>Clinic, Harbour Street 1</p></footer></body></html>")


def test_the_box_of_the_pages_own_headline_is_the_post_though_it_closes_as_a_related_box_does():
    article = extract_article(_page("Posture faults"), URL)
    assert article.title == "Shoulder blade drills"
    assert article.body.startswith(TEXT[:60]) and TEXT[-50:] in article.body


def test_with_another_tag_the_body_is_the_same():
    assert extract_article(_page("Shoulders"), URL).body.startswith(TEXT[:60])
