"""The line of reading time, section and tags a theme prints under the headline, each value beside a <meta> stating it
(schema.org timeRequired, articleSection, keywords), is no part of the stored text, in whatever language it reads."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

PARAGRAPHS = "".join(
    f"<p>El equipo del ayuntamiento probó durante {n} semanas el nuevo módulo de firma en los puestos de la oficina "
    f"de registro, y anotó cada paso que los empleados tuvieron que dar para firmar los documentos con su tarjeta.</p>"
    for n in range(2, 6)) + "<ul>" + "".join(f"<li>Paso {n} del registro</li>" for n in range(1, 16)) + "</ul>" + \
    "<p>Los pasos se repiten cada mañana, y el equipo los apunta para la guía que leerán las demás oficinas.</p>"


def _page() -> str:
    info = ("<div class='page-info'>"
            "<span class='page-author-info' aria-label='Autor'><span>@equipo</span>"
            "<span property='author' content='@equipo'></span></span>"
            "<span class='page-date-info' aria-label='Fecha'><span></span>"
            "<meta property='datePublished' content='2011-02-16T11:59:00.000Z'></span>"
            "<span class='page-reading-time-info' aria-label='Tiempo de lectura'><span>Alrededor de 2 min</span>"
            "<meta property='timeRequired' content='PT2M'></span>"
            "<span class='page-category-info' aria-label='Categoría'><span class='page-category-item' "
            "role='navigation'>Seguridad</span><meta property='articleSection' content='Seguridad'></span>"
            "<span class='page-tag-info' aria-label='Etiquetas'><span class='page-tag-item' role='navigation'>Firma electrónica"
            "</span><span class='page-tag-item' role='navigation'>Tarjetas criptográficas</span>"
            "<meta property='keywords' content='Firma electrónica,Tarjetas criptográficas'></span></div><hr>")
    return ("<html lang='es-ES'><head><title>La firma en la oficina</title>"
            "<meta property='article:published_time' content='2011-02-16T11:59:00.000Z'></head><body>"
            "<div id='app'><header class='navbar'><a href='/'>Proyecto</a></header><main class='page'>"
            "<nav class='breadcrumb'></nav>"
            f"<div class='page-title'><h1>La firma en la oficina</h1>{info}</div>"
            f"<div class='theme-content'>{PARAGRAPHS}</div>"
            "<footer class='page-meta'></footer><nav class='page-nav'><a href='/blog/posts/antes.html'>Anterior"
            "</a><a href='/blog/posts/despues.html'>Siguiente</a></nav></main></div></body></html>")


def test_a_reading_time_section_and_tags_line_stated_in_meta_tags_is_no_text():
    """Fails before: the body opened with "Alrededor de 2 minSeguridadFirma electrónicaTarjetas criptográficas"."""
    found = extract_article(_page(), "https://ayuntamiento.example/blog/posts/firma.html")
    assert found.body.startswith("El equipo del ayuntamiento probó durante 2 semanas"), found.body[:80]
    assert "Alrededor de 2 min" not in found.body and "Seguridad" not in found.body
