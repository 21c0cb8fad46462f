"""A post's section headings set in <h1> (a Markdown "# Part two" rendered by a static-site generator, an editor's
heading style) sit among its paragraphs under the theme's own <h1> headline: they are the text's, as <h2>s are.
A box of other stories or the next post heads its teasers in <h1>s of its own element, which stay out."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://bokcirkeln.example.se/blogg/arets-lasning-del-2/"
HEADLINE = "Årets läsning, del 2"
OPENING = "Här fortsätter genomgången av årets läsning, en bok i taget och i den ordning vi läste dem."
BOOKS = (
    ("Maja Lind - Fyren på isen",
     "Vi läste den under en lång vinter och pratade om den på varje möte. En fyrvaktare hittar en gammal karta i ett "
     "skåp och följer den ut över isen mot en ö som ingen har sett. Språket är enkelt men bilderna stannar kvar länge."),
    ("Olof Berg - Tolv stationer",
     "En roman om ett tåg som aldrig kommer fram, berättad av tolv resenärer som var och en tror att resan handlar om "
     "just dem. Halva cirkeln tyckte att den var för lång, den andra halvan ville att den aldrig skulle ta slut."),
    ("Sara Holm - Vattnets minne",
     "Kortare än de andra och kanske den bästa av dem alla: en forskare mäter havets temperatur i fyrtio år och skriver "
     "brev till en dotter hon aldrig träffar. Vi rekommenderar den till alla som tycker om långsamma böcker."),
)


def _post(sections: str, after: str = "") -> str:
    return ("<!DOCTYPE html><html lang='sv'><head><meta charset='utf-8'><title>" + HEADLINE + "</title></head><body>"
            "<header><p><a href='/'>Bokcirkeln</a> / <a href='/blogg'>Blogg</a></p></header><main><article><header>"
            f"<h1>{HEADLINE}</h1><p>Av <a href='/forfattare/eva/'>Eva</a> i <a href='/kategorier/bocker/'>Böcker</a> "
            "<time datetime='2009-01-12'>2009-01-12</time></p></header>"
            f"<p>{OPENING}</p>{sections}</article>{after}</main>"
            "<footer><nav><ul><li><a href='/blogg/del-1/' rel='prev'>Föregående</a></li></ul></nav></footer>"
            "</body></html>")


def _sections(tag: str = "h1") -> str:
    return "".join(f"<{tag} id='b{i}'>{name}</{tag}><p>{text}</p>" for i, (name, text) in enumerate(BOOKS))


def test_h1_section_headings_among_the_paragraphs_are_the_texts():
    """Fails before: each <h1> section heading was dropped as if it were another headline, its text kept."""
    found = extract_article(_post(_sections()), URL, listed_as_article=True)
    assert found.title == HEADLINE
    assert found.body.split("\n\n") == [OPENING, *(line for book in BOOKS for line in book)]


def test_h1_and_h2_section_headings_read_alike():
    found = {tag: extract_article(_post(_sections(tag)), URL, listed_as_article=True).body for tag in ("h1", "h2")}
    assert found["h1"] == found["h2"]


def test_other_stories_headed_in_h1_in_a_box_of_their_own_stay_out():
    box = ("<section class='more'>" + "".join(
        f"<h1>Fler tips: vinterns deckare nummer {n}</h1><p>Fem deckare som passar en mörk kväll, utvalda av "
        f"cirkelns medlemmar och recenserade i korthet.</p>" for n in range(1, 4)) + "</section>")
    found = extract_article(_post(_sections("h2"), after=box), URL, listed_as_article=True)
    assert "Fler tips" not in found.body
    assert found.body.endswith(BOOKS[-1][1])


def test_the_next_posts_h1_in_its_own_article_is_no_section_of_this_one():
    other = ("<article><h1>Vårens program</h1><p>Under våren träffas cirkeln första tisdagen i varje månad och läser "
             "en bok om havet, en om tåg och en som medlemmarna väljer själva.</p></article>")
    found = extract_article(_post(_sections("h2"), after=other), URL, listed_as_article=True)
    assert "Vårens program" not in found.body


def _sectioned_post(opening: str = "") -> str:
    """A generator's page (Pandoc, Quarto) wrapping each "# Part" and its paragraphs in a <section> of its own."""
    parts = "".join(f"<section id='b{i}' class='level1'><h1>{name}</h1><p>{text}</p></section>"
                    for i, (name, text) in enumerate(BOOKS))
    return ("<!DOCTYPE html><html lang='sv'><head><meta charset='utf-8'><title>" + HEADLINE + "</title></head><body>"
            f"<header id='title-block-header'><h1 class='title'>{HEADLINE}</h1><p class='date'>12 januari 2009</p>"
            f"</header><main id='document-content'>{opening}{parts}</main></body></html>")


def test_h1_opening_sections_of_their_own_are_the_texts_headings_the_first_one_too():
    """Fails before: with each <h1> alone in its <section>, no paragraph of the text shared its element, and every
    heading was dropped, the one opening the text too."""
    found = extract_article(_sectioned_post(), URL, listed_as_article=True)
    assert found.title == HEADLINE
    assert found.body.split("\n\n") == [line for book in BOOKS for line in book]


def test_h1_sections_after_an_opening_paragraph_read_as_the_flat_ones():
    found = extract_article(_sectioned_post(f"<p>{OPENING}</p>"), URL, listed_as_article=True)
    assert found.body.split("\n\n") == [OPENING, *(line for book in BOOKS for line in book)]
