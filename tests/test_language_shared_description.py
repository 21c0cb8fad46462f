"""A description a source states for posts of other headlines (an SEO plugin's default) speaks for none of their
languages: a short picture post under an Arabic headline on a school's French-declared pages is Arabic, not the
French of the default description. A short post's own description still speaks for it."""
from __future__ import annotations

import pytest
from fault_site import FaultServer, crawl_one_source, page, stored_column

DEFAULT_DESCRIPTION = ("Découvrez la vie de notre école : ateliers, sorties et fêtes tout au long de l'année, "
                       "racontés par les élèves et leurs enseignants !")
# Short posts: a picture under an Arabic headline, the plugin's default description stated over each.
ARABIC_PICTURES = {
    "/2025/01/14/ziyara/": "زيارة تلاميذ القسم الرابع إلى المكتبة البلدية",
    "/2025/02/11/rabii/": "حفل استقبال فصل الربيع في ساحة المدرسة",
    "/2025/03/18/qiraa/": "مسابقة القراءة الكبرى بين أقسام المستوى الخامس",
}
FRENCH_PICTURES = {
    "/2025/04/08/carnaval/": "Le carnaval des petits de la maternelle",
}
# A short post whose description is its own, in French under a headline that is a name.
OWN_DESCRIPTION = ("/2025/05/06/atelier-robotique/", "Robotik Lab",
                   "Les élèves du collège ont construit et programmé leurs premiers robots cette semaine.")


# Long posts, each stating its own description: the default one then stands on fewer than half the pages.
LONG_POSTS = {
    f"/2024/1{n}/sortie-{n}/": (title, f"2024-1{n}-05", f"{title} : le récit de la journée.", f"<p>{text}</p>")
    for n, (title, text) in enumerate([
        ("Sortie au musée des sciences", "Les élèves de sixième ont passé la journée au musée des sciences, où ils ont "
         "découvert les machines anciennes et réalisé des expériences sur la lumière avec les animateurs du musée."),
        ("Semaine du livre au collège", "Pendant toute la semaine, la bibliothèque a accueilli des auteurs venus lire "
         "leurs histoires aux classes de cinquième, qui ont ensuite écrit et illustré leurs propres contes."),
        ("Tournoi de football des écoles", "Nos équipes ont disputé le tournoi régional sous un beau soleil et ont "
         "terminé à la deuxième place après une finale très serrée, encouragées par les parents venus nombreux."),
    ])}


def _post(title: str, day: str, description: str, content: str) -> str:
    return (f"<!DOCTYPE html><html lang='fr-FR'><head><meta charset='utf-8'><title>{title} - École Horizon</title>"
            f"<meta name='description' content=\"{description}\"><meta property='og:locale' content='fr_FR'>"
            f"<meta property='og:type' content='article'><meta property='og:description' content=\"{description}\">"
            "</head><body><header><a href='/'>École Horizon</a></header><main><article class='post type-post'>"
            f"<h1 class='entry-title'>{title}</h1><time class='entry-date' datetime='{day}T10:00:00+00:00'>{day}</time>"
            f"<div class='entry-content'>{content}</div></article></main></body></html>")


def _picture(name: str) -> str:
    return f"<p><img src='/photos/{name}.jpg' alt=''></p>"


@pytest.mark.parametrize("long_posts", [LONG_POSTS, {}], ids=["on-some-pages", "on-most-pages"])
def test_short_posts_stating_their_sites_default_description_take_their_headlines_language(tmp_path, long_posts):
    # Fails before: the three Arabic picture posts were stored as French, the language of the description the site
    # states for every post it was given none for (on most pages, a lead the boilerplate learnt the site's).
    posts = {path: (title, path[1:11].replace("/", "-"), DEFAULT_DESCRIPTION, _picture(str(n)))
             for n, (path, title) in enumerate({**ARABIC_PICTURES, **FRENCH_PICTURES}.items())}
    posts |= long_posts
    path, title, description = OWN_DESCRIPTION
    posts[path] = (title, "2025-05-06", description, _picture("robots"))
    server = FaultServer()
    teasers = "".join(f"<article class='post type-post'><h2 class='entry-title'><a href='{path}'>{title}</a></h2>"
                      f"<time class='entry-date' datetime='{day}'>{day}</time></article>"
                      for path, (title, day, _description, _content) in posts.items())
    server.routes["/actualites/"] = page("<!DOCTYPE html><html lang='fr-FR'><head><title>Actualités - École Horizon"
                                         f"</title></head><body><main><h1>Actualités</h1>{teasers}</main></body></html>")
    for path, post in posts.items():
        server.routes[path] = page(_post(*post))
    crawl_one_source(server, tmp_path, "horizon", "École Horizon", "/actualites/")
    languages = stored_column(server, tmp_path, "language")
    assert languages == {**{path: "ar" for path in ARABIC_PICTURES}, **{path: "fr" for path in FRENCH_PICTURES},
                         OWN_DESCRIPTION[0]: "fr", **{path: "fr" for path in long_posts}}
