"""A text giving records one after another, each as labelled lines ("Difficulty: ...", "Mentors: ..."), keeps its
last record's last field, however short: a field whose label the text gave above is no sign-off."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://toolkit.example/posts/2024/summer-projects.html"
TITLE = "Summer projects 2024"


def page(story: str) -> str:
    """A project blog's post page: the site's navigation, the post's sections, a pager to the neighbouring posts."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} - Toolkit</title></head>
<body><nav><a href="/">Toolkit</a><a href="/blog.html">Blog</a><a href="/docs.html">Docs</a></nav>
<main><article><section id="summer-projects"><h1>{TITLE}</h1><p>Posted on 10 January 2024</p>{story}</section>
<div class="prev-next"><a href="/posts/2023/winter.html">Winter release</a></div></article></main>
<footer><p>Toolkit developers</p></footer></body></html>"""


def project(name: str, difficulty: str, mentors: tuple[str, str]) -> str:
    return (f"<section id='{name.lower().replace(' ', '-')}'><h2>{name}</h2>"
            f"<p><strong>Description:</strong> The {name.lower()} project asks a student to rework a part of the "
            f"toolkit that many users rely on, writing tests and documentation as they go, and to present the result "
            f"to the developers at the end of the summer.</p>"
            f"<ul><li><p>Read the current code and the open issues about it, and write down with the mentors which "
            f"of them the new code has to solve first</p></li><li><p>Rework the part with its tests</p></li></ul>"
            f"<p><strong>Difficulty:</strong> {difficulty}</p>"
            f"<p><strong>Skills required:</strong> Python, a little C.</p>"
            f"<p><strong>Mentors:</strong> <a href='mailto:{mentors[0].split()[0].lower()}@toolkit.example'>"
            f"{mentors[0]}</a> and <a href='mailto:{mentors[1].split()[0].lower()}@toolkit.example'>{mentors[1]}</a>"
            f"</p></section>")


INTRO = ("<p>The toolkit takes part in the summer programme again this year. Students write code for an open source "
         "project for three months with a mentor from the project, and the programme pays them a stipend.</p>")


def test_the_last_projects_mentors_close_the_post():
    story = INTRO + project("Faster file readers", "Intermediate", ("Anna Berg", "Ben Holt")) \
        + project("Viewer options", "Easy", ("Carla Diaz", "Dan Ek"))
    body = extract_article(page(story), URL).body.split("\n\n")
    assert body[-1] == "Mentors: Carla Diaz and Dan Ek"

