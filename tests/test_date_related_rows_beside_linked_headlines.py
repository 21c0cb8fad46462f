"""A static theme's activity post shows no date of its own (its feed and its listing give the day) and closes on a
"Related activities" box built of plain rows, no list and no card: each row a cell with another post's day beside a cell
with that post's headline as a link. Those days date the other posts, not this one."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://velo.example/activities/2018/night-shelter-2018/"


def _row(day: str, href: str, headline: str) -> str:
    # Indented on lines of their own, as the generator prints them: the box's text runs long with its white space.
    pad = "\n" + " " * 20
    return (f"{pad}<div class='row'>{pad}<div class='col-4'>{pad}<h6>{pad}{day}{pad}</h6>{pad}</div>"
            f"{pad}<div class='col-8'>{pad}<h6><b><a href='{href}'>{headline}</a></b>{pad}</h6>{pad}</div>{pad}</div>")


def _page(rows: str) -> str:
    return ("<!DOCTYPE html><html lang='es'><head><meta charset='utf-8'><title>Refugio Nocturno 2018 | Velo Club</title>"
            "</head><body><nav><a href='/'>INICIO</a><a href='/activities/'>ACTIVIDADES</a></nav>"
            "<div class='container'><h3><b>Refugio Nocturno 2018</b></h3><div class='panel'><div class='blogpost'>"
            "<p>Por segundo año el club abrió un refugio nocturno para recibir a los ciclistas que llegan a la ciudad "
            "durante la noche de la gran peregrinación, con agua, baños y un lugar seguro para las bicicletas.</p>"
            "<p>Más de cien personas descansaron en el refugio y el equipo de voluntarios registró cada llegada para "
            "preparar mejor la próxima edición junto al municipio.</p>"
            f"<br>\n<div class='related-posts'>\n<h5>Actividades Relacionadas</h5>{rows}</div>\n"
            "</div></div></div></body></html>")


def test_the_day_beside_a_related_posts_linked_headline_is_not_the_posts():
    """Fails before: the one related row's day (08/12/2017) was taken as the post's date."""
    found = extract_article(_page(_row("08/12/2017", "/activities/2017/night-shelter-2017/", "Refugio Nocturno 2017")),
                            URL)
    assert found.published is None


def test_a_related_row_of_one_word_like_the_rows_beside_it_is_no_date_of_the_post():
    """Fails before: the last row, whose linked headline is one word ("¡Ciclofiesta!"), dated the post."""
    rows = (_row("29/09/2023", "/activities/2023/car-free-day/", "Día Sin Autos 2023")
            + _row("23/09/2023", "/activities/2023/ciclofiesta/", "¡Ciclofiesta!"))
    rows = _row("31/10/2022", "/activities/2022/costume-ride/", "Paseo de Disfraces 2022") \
        + _row("31/10/2021", "/activities/2021/costume-ride/", "Paseo de Disfraces 2021") \
        + _row("31/10/2018", "/activities/2018/costume-ride/", "Paseo de Disfraces 2018") + rows
    assert extract_article(_page(rows), URL).published is None


def test_a_date_line_beside_a_linked_label_is_still_the_posts():
    """A post's own date line beside its category, set as a linked heading of one word, stays its date."""
    page = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Spring ride | Velo Club</title></head>"
            "<body><article><h1>Spring ride</h1><div class='meta'><h6><a href='/category/rides/'>Rides</a></h6>"
            "<span>14 April 2019</span></div><p>The club rode along the coast to the old lighthouse and back, forty "
            "riders in all, and stopped for lunch at the harbour before the wind turned.</p></article></body></html>")
    assert extract_article(page, "https://velo.example/rides/spring-ride/").published.startswith("2019-04-14")
