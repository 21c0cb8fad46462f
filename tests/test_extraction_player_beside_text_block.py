"""A post built of a CMS's content sections (a rich-text <div>, then the embedded player in a <div> of its own): the
text block's last paragraph announcing the player ("More of the camp in the film here:") is the writer's line, kept
though the player is gone, as a line just above a player is."""
from news_archive.pipelines.extraction import extract_article

URL = "http://youth.example/news/camp-film"
TITLE = "The camp film is out"
TEXT = ("This summer's camp in the valley is all about a hidden island, and the leaders have been planning the games "
        "and the evening stories since the winter.")
MORE = "The film of the camp gives you a first look at the island's colourful world before we set off in July!"


def _post(last: str) -> str:
    return (f"<html lang='de'><head><title>Youth club</title></head><body><header><nav><a href='/'>Home</a>"
            f"<a href='/news'>News</a></nav></header><main class='PageStructure-module__x1__main'><h1>{TITLE}</h1>"
            f"<div class='StrapiComponentArray-module__x2__container'><div class='StrapiContentSection-module__x3__richText'>"
            f"<p>{TEXT}</p><p>{MORE}</p><p>{last}</p><br/></div><div style='aspect-ratio:1.77'>"
            f"<iframe src='https://video.example/embed/abc' title='video player'></iframe></div></div>"
            f"<div class='page-module__x4__publishedDate'>Published on: 15.6.2018</div></main>"
            f"<footer><a href='/impressum'>Impressum</a></footer></body></html>")


def test_the_last_line_of_a_text_block_announcing_the_player_beside_it_stays():
    """Fails before: the line was trimmed as a closing label, the player in the next <div> not counted as its."""
    line = "More of the camp in the film here:"
    assert extract_article(_post(line), URL).body.split("\n\n")[-1] == line
