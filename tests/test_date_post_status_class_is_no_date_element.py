"""A WordPress theme shows the post's day as a plain linked line in its header ("enero 11, 2026", no <time>) and closes
on a "related posts" box of short cards, each card wrapped in the classes WordPress gives every post (`post type-post
status-publish`). `status-publish` names the post's state, not its publication date: a card's short text is no
publication-classed date element, and the post keeps the day its own header shows."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://fundacion.example/actividades-culturales/"


def _card(number: int, slug: str, headline: str, day: str) -> str:
    return (f"<div class='column-1_2'><div class='related_item post_format_standard post-{number} post type-post "
            f"status-publish format-standard has-post-thumbnail hentry category-noticias'><div class='post_header "
            f"entry-header'><div class='post_categories'><a href='/category/noticias/'>Noticias</a></div>\n\t\t<h6 "
            f"class='post_title entry-title'><a href='/{slug}/'>{headline}</a></h6>\n\t\t<div class='post_meta'><span "
            f"class='post_meta_item post_date'><a href='/{slug}/'>{day}</a></span>| <a href='#' class='post_meta_item "
            f"post_counters_likes'>1Like</a></div>\n\t</div></div></div>")


def _page(own_day: str) -> str:
    cards = (_card(1672, "taller-de-lectura", "La biblioteca recibe nuevos libros para el taller de lectura",
                   "julio 21, 2026")
             + _card(1432, "huerto-escolar", "El huerto escolar da su primera cosecha", "mayo 14, 2026"))
    return ("<!DOCTYPE html><html lang='es'><head><meta charset='utf-8'><title>Actividades culturales – Fundación"
            "</title></head><body class='single single-post postid-1428'><div class='page_wrap'><div "
            "class='top_panel_title'><h1 class='sc_layouts_title_caption'>Actividades culturales para los niños</h1>"
            "</div><div class='content'><article class='post_item_single post_type_post post-1428 post type-post "
            "status-publish format-standard hentry category-noticias'><div class='post_content entry-content'><div "
            "class='sc_layouts_title_meta'><span class='post_meta_item post_categories'><a href='/category/noticias/'>"
            f"Noticias</a></span> <span class='post_meta_item post_date'><a href='{URL}'>{own_day}</a></span></div>"
            "<p>Ampliamos los programas educativos de la comunidad rural con clases de música, danza, pintura y un "
            "club de cine para los niños de seis a quince años.</p>"
            "<p>Las clases se dan por la tarde en el salón de la escuela, y las familias pueden inscribir a sus hijos "
            "en la oficina de la fundación durante todo el mes.</p></div></article>"
            f"<section class='related_wrap'><h3 class='section_title'>También te puede interesar</h3><div "
            f"class='columns_wrap posts_container'>{cards}</div></section></div></div></body></html>")


def test_a_related_cards_post_status_class_does_not_date_the_post():
    """Fails before: the first related card (class `status-publish`, short text) gave its day, 2026-07-21."""
    assert extract_article(_page("enero 11, 2026"), URL).published[:10] == "2026-01-11"


def test_a_publication_classed_date_element_still_dates_the_post():
    """A date element whose class names the publication itself ("entry-date published") stays the post's date."""
    page = _page("enero 11, 2026").replace(
        "<span class='post_meta_item post_date'><a href='" + URL + "'>enero 11, 2026</a></span>",
        "<span class='entry-date published'>enero 9, 2026</span>")
    assert extract_article(page, URL).published[:10] == "2026-01-09"
