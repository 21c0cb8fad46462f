"""A post closing on another site's post embedded in it (a blog engine's oEmbed: an <iframe> of the page's embed view,
with a fallback <blockquote> linking the same page just before it, which the engine hides once the frame loads): the
writer's line introducing it ("The whole call is on the station's site:") is the text's last line, kept once both
are gone, as a line just above a player is. The fallback's link is the embedded page's own address, no writer's line."""
import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://polarclub.example/news/recruitment-for-the-winter-expedition/"
TITLE = "Recruitment for the winter expedition"
TEXT = ("The research station has opened recruitment for next season's wintering team, and applications are "
        "accepted until the end of February from engineers, cooks, doctors and field technicians.")
PAGE = "https://station.example/en/recruitment/"


def _post(embed: str, intro: str = "The whole call is on the station's site:") -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{TITLE} - Polar Club</title></head>"
            f"<body><header><nav><a href='/'>Home</a><a href='/category/news/'>News</a></nav></header>"
            f"<main><article class='post type-post'><header><h1 class='entry-title'>{TITLE}</h1>"
            f"<time class='entry-date published' datetime='2024-01-20T10:00:00+01:00'>20/01/2024</time></header>"
            f"<div class='entry-content'><p>{TEXT}</p><p>{intro}</p>{embed}</div></article></main>"
            f"<footer><p>Polar Club, Museum Street 1</p></footer></body></html>")


def _wp_embed(inside_paragraphs: bool) -> str:
    card = f"<a href='{PAGE}'>Recruitment</a>"
    frame = (f"<iframe class='wp-embedded-content' sandbox='allow-scripts' security='restricted' "
             f"style='position: absolute; clip: rect(1px, 1px, 1px, 1px);' src='{PAGE}embed/#?secret=Ab12' "
             f"data-secret='Ab12' title='Recruitment - Research Station'></iframe>")
    if inside_paragraphs:
        return (f"<blockquote class='wp-embedded-content' data-secret='Ab12'><p>{card}</p></blockquote>"
                f"<p>{frame}</p>")
    return f"<p></p><blockquote class='wp-embedded-content' data-secret='Ab12'>{card}</blockquote>{frame}"


@pytest.mark.parametrize("inside_paragraphs", [False, True])
def test_the_line_introducing_an_embedded_post_stays(inside_paragraphs):
    """Fails before: the fallback card was taken for the line above the frame, so the writer's line, short and
    without a full stop once the card and frame were gone, was trimmed as a sign-off (body ended on TEXT)."""
    body = extract_article(_post(_wp_embed(inside_paragraphs)), URL).body
    assert body.startswith(TEXT[:40])
    assert body.endswith("The whole call is on the station's site:")
    assert "Recruitment\n" not in body + "\n"


def test_a_closing_label_above_links_elsewhere_still_goes():
    """A card linking another page than the frame shows is no fallback of it: the line above the card is no
    introducer of the frame, and a label closing the text stays trimmed as before."""
    embed = (f"<blockquote><a href='https://other.example/page/'>Another page</a></blockquote>"
             f"<iframe src='{PAGE}embed/' title='Recruitment'></iframe>")
    body = extract_article(_post(embed, intro="Share"), URL).body
    assert body.endswith(TEXT[-40:])
