"""A short post titled from its site's name until the crawl's end is judged again under its own headline: a Spanish
notice on a theme that declares English on every page and states the site's name as every page's <title> (the
headline shown only as an <h1>) is Spanish, not the English its site's name stood for while it was judged."""
from __future__ import annotations

from fault_site import FaultServer, crawl_one_source, page, stored_column

# The <title> every page states: the site's initials and name. The menu names one of its topics in the name's words,
# which has the name read as each page's own title until the crawl's end shows it the site's.
STATED_TITLE = "ISL - Sound and Filter Design group"


def _menu(label: str, items: list[str]) -> str:
    links = "".join(f"<li><a href='/{label.lower()}/{n}/'>{item}</a></li>" for n, item in enumerate(items))
    return f"<li class='dropdown'><a href='/{label.lower()}/'>{label}</a><ul>{links}</ul></li>"


NAV = ("<nav><a href='/' class='logo'><img src='/logo.webp' alt='ISL Icon'><span>ISL</span></a><ul>"
       + "".join(f"<li><a href='/{label.lower()}/'>{label}</a></li>" for label in ("People", "Projects"))
       + _menu("Topics", ["Filter design", "Arrays", "Acoustics", "Radio", "Optics"])
       + _menu("Papers", ["Journals", "Conferences", "Books", "Talks", "Theses"])
       + "".join(f"<li><a href='/{label.lower()}/'>{label}</a></li>" for label in ("Code", "Data", "News", "Contact"))
       + "</ul></nav>")
ENGLISH_POSTS = {
    "/news/2024/grant/": ("New grant for the sensor array", "The lab has been awarded a three-year grant to build a "
                          "sensor array for the valley observatory, with two new doctoral positions that open in "
                          "spring and a workshop for the partners of the project in the autumn."),
    "/news/2024/award/": ("Best paper award at the signals meeting", "Our paper on sparse filters for noisy recordings "
                          "won the best paper award at this year's signals meeting, where the jury praised the open "
                          "data and the code that came with it."),
    "/news/2024/school/": ("Summer school on field recordings", "The summer school on field recordings returns in June "
                           "with a week of lectures and hands-on sessions in the old mill, and registration is open "
                           "to students of every partner university."),
}
# A notice of one sentence opening on an abbreviation ("prof."): its first "sentence" alone is no language's.
SPANISH_NOTICE = ("/news/2025/premio/", "Nuevo premio para el laboratorio de señales",
                  "El prof. Ortega recibe el premio anual de la sociedad de ingeniería por su trabajo sobre señales.")


def _post(headline: str, text: str) -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{STATED_TITLE}</title></head><body>"
            f"{NAV}<main><div class='container'><div class='box-single'><h1>{headline}</h1></div>"
            f"<div class='box-content'><p>{text}</p></div></div></main></body></html>")


def test_short_post_titled_from_the_site_name_is_judged_under_its_own_headline(tmp_path):
    # Fails before: the Spanish notice was stored as English, judged while its title was the site's English name.
    posts = {**ENGLISH_POSTS, SPANISH_NOTICE[0]: SPANISH_NOTICE[1:]}
    server = FaultServer()
    cards = "".join(f"<div class='card'><a href='{path}'>{headline}</a></div>" for path, (headline, _) in posts.items())
    server.routes["/news/"] = page(f"<!DOCTYPE html><html lang='en'><head><title>{STATED_TITLE}</title></head><body>"
                                   f"{NAV}<main><h1>News</h1>{cards}</main></body></html>")
    for path, post in posts.items():
        server.routes[path] = page(_post(*post))
    crawl_one_source(server, tmp_path, "signals", "Invented Signals Lab", "/news/")
    titles = stored_column(server, tmp_path, "title")
    languages = stored_column(server, tmp_path, "language")
    assert titles == {path: headline for path, (headline, _) in posts.items()}
    assert languages == {**{path: "en" for path in ENGLISH_POSTS}, SPANISH_NOTICE[0]: "es"}
