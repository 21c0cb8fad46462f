"""A research institute's news listing links its posts without the trailing slash (`/news/summer-school`), and the server
answers each at its folder (301 to `/news/summer-school/`), as static hosts do. One post presents a course: a few
paragraphs, then a grid of cards, one per student project, each linking the project's page elsewhere on the site. The
listing shows it as a post, so it is one, however many cards it holds; the project pages are not posts."""
from __future__ import annotations

import sqlite3

from news_archive.spiders.families import leaf_shape
from fault_site import FaultServer, crawl_one_source, moved, page

PLAIN = {
    "summer-school": "Summer school on soil sampling",
    "doctoral-grants": "Doctoral grants open for applications",
    "river-seminar": "Seminar on river sediments",
}
COURSE_SLUG, COURSE_TITLE = "machines-course", "A design course on small machines"
PROJECTS = ["tide-sensor", "bird-atlas", "river-map", "bridge-model", "solar-kite", "echo-garden", "paper-robot",
            "night-sky"]


def _frame(title: str, inner: str) -> str:
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
            f"<title>{title} | Institute</title><meta property='og:type' content='website'></head><body>"
            "<header><a href='/'>Institute</a><nav><ul><li><a href='/news'>News</a></li>"
            "<li><a href='/team'>Team</a></li><li><a href='/contact'>Contact</a></li></ul></nav></header>"
            f"{inner}<footer><p>Institute of earth studies, a school of engineering.</p></footer></body></html>")


def _post(title: str, paragraphs: list[str], extra: str = "") -> str:
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    return _frame(title, f"<div class='mx-auto mt-14'><span class='uppercase'>Teaching</span><h1 class='text-4xl'>"
                         f"{title}</h1><div class='flex'><span>The team</span> <time datetime='2024-11-08T12:00:00.000Z'>"
                         f"Fri 8 Nov 2024</time></div></div><div class='mx-auto prose'>{text}{extra}</div>")


def _project_card(slug: str) -> str:
    name = slug.replace("-", " ")
    return (f"<div class='flex rounded-md border-2'><img src='/img/{slug}.avif' alt='{name}'>"
            f"<div class='grow px-6'><span class='font-semibold'>Project {name}</span>"
            f"<span class='text-gray-600'>Students built a {name} prototype</span>"
            f"<a href='/projects/{slug}' class='text-sm'>Read about the {name} project</a></div></div>")


def _course() -> str:
    opening = ["Every spring the students of the second year build a small machine in groups of four, from the first "
               "sketch to a working model shown at the open day.",
               "Workshops on motors, sensors and cheap materials come first; the groups then choose their subject."]
    cards = "".join(_project_card(slug) for slug in PROJECTS)
    return _post(COURSE_TITLE, opening, f"<h3>Projects of this year</h3><p>This year's projects:</p>{cards}")


def _listing() -> str:
    cards = "".join(f"<li><a href='/news/{slug}'><h2>{title}</h2><p>A short summary of this news item.</p></a></li>"
                    for slug, title in [*PLAIN.items(), (COURSE_SLUG, COURSE_TITLE)])
    return _frame("News", f"<h1>News</h1><ul class='grid'>{cards}</ul>")


def test_a_slashless_link_and_its_folder_are_one_address_shape():
    assert leaf_shape("https://institute.example/news/summer-school") == leaf_shape(
        "https://institute.example/news/summer-school/")


def test_a_post_of_project_cards_linked_without_its_slash_is_stored(tmp_path):
    """Fails before: the listing taught the family `/news/<words>` with no slash, the posts answered at `/news/<words>/`
    (a folder: another shape), so the listing no longer vouched for them and the course post, mostly cards, was taken
    for a listing and never stored."""
    server = FaultServer()
    server.routes["/news"] = moved("/news/")
    server.routes["/news/"] = page(_listing())
    for slug, title in PLAIN.items():
        server.routes[f"/news/{slug}"] = moved(f"/news/{slug}/")
        server.routes[f"/news/{slug}/"] = page(_post(title, [
            f"The institute announces the {title.lower()} for the coming year, open to every student of the school.",
            "Registration opens in the spring and closes a month later."]))
    server.routes[f"/news/{COURSE_SLUG}"] = moved(f"/news/{COURSE_SLUG}/")
    server.routes[f"/news/{COURSE_SLUG}/"] = page(_course())
    for slug in PROJECTS:
        server.routes[f"/projects/{slug}"] = moved(f"/projects/{slug}/")
        server.routes[f"/projects/{slug}/"] = page(_frame(slug, f"<h1>{slug}</h1><p>A student project page.</p>"))
    crawl_one_source(server, tmp_path, "institute", "Institute", "/news/")
    titles = {title for (title,) in sqlite3.connect(tmp_path / "a.db").execute("select title from articles")}
    assert titles == {*PLAIN.values(), COURSE_TITLE}
