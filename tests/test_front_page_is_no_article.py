"""A CMS marks the site's front page in the body's classes (Drupal `path-frontpage`, Drupal 7 `front`, WordPress
`home`). A language's front page shows the site's welcome text over the latest post's teaser, one a page: reached
from a post's logo link it was stored as an article titled "Inicio" (home). It is the site's home, a listing."""
import lxml.html
import pytest

from news_archive.spiders.decisions import SourceDecisions

WELCOME = ("El proyecto reúne a coros, orquestas y universidades para abrir los archivos de música de dominio "
           "público, con herramientas nuevas para cantar, tocar y anotar las partituras que ya son de todos.")
TEASER = ("Nuestra comunidad sigue creciendo y para el final del proyecto abrimos el tercer y último concurso de "
          "anotación musical, con premios para los participantes que más contribuyan durante las próximas semanas.")


def _front(body_class: str) -> str:
    return f"""<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Inicio | Coros</title>
<meta property="og:type" content="article"></head><body class="{body_class}"><header><a href="/es" rel="home">Coros</a>
<nav><a href="/es/noticias">Noticias</a><a href="/es/proyecto">Proyecto</a></nav></header><main>
<div class="region-content-top"><h2>Coros</h2><p>{WELCOME}</p></div><div class="views-row"><article class="node
node--type-article node--view-mode-teaser"><div class="submitted-date">Feb 03 2021</div><h2><a href="/es/node/131">
Lanzamos la última campaña de anotación</a></h2><p>{TEASER}</p><a href="/es/node/131">Lee más</a></article></div>
<nav class="pager"><a href="/es?page=1" rel="next">››</a></nav></main><footer><p>Coros, 2021</p></footer></body></html>"""


@pytest.mark.parametrize("body_class", ["layout-one-sidebar path-frontpage", "html front not-logged-in page-node",
                                        "home page-template-default page page-id-5"])
def test_the_front_page_is_a_listing_wherever_it_is_reached(body_class):
    decisions = SourceDecisions(lambda url, why: None, ["https://coros.example/news"])
    root = lxml.html.fromstring(_front(body_class))
    assert decisions.is_listing(root, "https://coros.example/index.php/es", "candidate")


def test_a_post_page_is_still_an_article():
    decisions = SourceDecisions(lambda url, why: None, ["https://coros.example/news"])
    post = _front("layout-one-sidebar path-node page-node-type-article").replace("views-row", "node-full")
    root = lxml.html.fromstring(post.replace("node--view-mode-teaser", "node--view-mode-full"))
    assert not decisions.is_listing(root, "https://coros.example/es/node/131", "candidate")
