"""Release notes set as a heading per package over a list of its changes: the lists are the post's text."""
from news_archive.pipelines.extraction import extract_article

URL = "https://desk.example/blog/2024-05-14-tools-2-4-released/"
TITLE = "Tools 2.4 released"
INTRO = ("The team has published updated packages for the 2.4 series, with a good number of bug fixes and small "
         "improvements. Most distributions will ship them within the next weeks. The changes are listed below:")
PACKAGES = [
    ("viewer 2.4.1", ["Fixed a crash when closing an empty window", "Fixed the build with newer compilers",
                      "Added search keywords to the launcher"]),
    ("files 2.4.2", ["Fixed text drawing on a plain background", "Counted folder sizes on one disk only",
                     "Kept the button pressed while ejecting"]),
    ("archiver 2.4.1", ["Fixed opening files inside compressed folders", "Updated the manual pages"]),
    ("bindings 2.4.1", ["Now finds the interpreter with the build tool"]),
]


def post(content: str) -> str:
    """A blog engine's post page: the headline and date in the entry's header, the text in its "e-content"."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Desk blog</title></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/blog/">Blog</a></li><li><a href="/about/">About</a></li>
</ul></nav><article class="post-text h-entry hentry"><header><h1 class="p-name entry-title">{TITLE}</h1>
<p class="dateline"><time class="published dt-published" datetime="2024-05-14T10:00:00Z">2024-05-14</time></p>
</header><div class="e-content entry-content"><div>{content}</div></div></article>
<footer><p>Contents &copy; 2024 The Desk Team</p></footer></body></html>"""


def sections(packages, linked: bool = False) -> str:
    def change(n: int, text: str) -> str:
        return f"<a href='https://code.example/desk/commit/{n:07x}'>{n:07x}</a> {text}" if linked else text
    return "".join(f"<h3>{name}</h3><ul>{''.join(f'<li>{change(i * 97 + j, c)}</li>' for j, c in enumerate(changes))}"
                   f"</ul>" for i, (name, changes) in enumerate(packages))


def test_an_intro_paragraph_over_sections_of_short_points_keeps_the_points():
    """Short points without links weigh nothing, so the intro paragraph alone was the container; the post's own
    text element holds them and nothing weighing as furniture."""
    lines = extract_article(post(f"<p>{INTRO}</p>{sections(PACKAGES)}"), URL).body.split("\n\n")
    assert lines[0] == INTRO
    assert "files 2.4.2" in lines and "Counted folder sizes on one disk only" in lines
    assert lines[-1] == "Now finds the interpreter with the build tool"


def test_a_changelog_of_linked_commits_after_the_highlights_stays():
    """Each change opens on its commit's link: a short linked item weighs against its container, and the highlights'
    long points outweighed the whole text element; the changes are still the writer's words."""
    highlights = "".join(f"<li>{p}</li>" for p in (
        "The panel has been reworked a great deal so that it works well with the new display server protocol",
        "The file manager can now show desktop notifications when long-running copy operations finish",
        "The calculator now supports up to fifteen digits of accuracy, and copy and paste was improved a bit",
        "The image viewer has a reworked side panel and reads far more of the metadata stored in photographs",
        "Tabs in the text editor can now be switched with keyboard shortcuts and by scrolling the mouse wheel",
        "A few new key shortcuts were added, among them the media keys found on many laptops and keyboards"))
    many = [(f"{name.split()[0]}-{n} {name.split()[1]}", changes) for n in range(40) for name, changes in PACKAGES]
    content = (f"<p>{INTRO}</p><h3>Highlights</h3><ul>{highlights}</ul><h3>Changelog</h3>"
               f"<p>Here are all the details.</p>{sections(many, linked=True)}")
    lines = extract_article(post(content), URL).body.split("\n\n")
    assert lines[0] == INTRO
    assert lines[-1].endswith(" Now finds the interpreter with the build tool")
    assert sum(1 for line in lines if line.endswith("Fixed a crash when closing an empty window")) == 40


def test_a_last_section_whose_one_change_repeats_an_earlier_one_stays():
    """"Translations update" under every package: under a subheading of its own the point is that section's text,
    not a box shown twice."""
    packages = [(name, [*changes, "Translations update"]) for name, changes in PACKAGES[:3]] \
        + [("bindings 2.4.1", ["Translations update"])]
    lines = extract_article(post(f"<p>{INTRO}</p>{sections(packages)}"), URL).body.split("\n\n")
    assert lines[-2:] == ["bindings 2.4.1", "Translations update"]


def test_a_share_box_in_the_text_element_stays_out():
    """Links to share the post are no points of the writer's: the text element is not taken for them."""
    share = "<ul class='share'>" + "".join(f"<li><a href='https://{s}.example/share'>Share on {s}</a></li>"
                                           for s in ("Mastodon", "Bluesky", "Email")) + "</ul>"
    lines = extract_article(post(f"<p>{INTRO}</p>{sections(PACKAGES)}{share}"), URL).body.split("\n\n")
    assert not any(line.startswith("Share on") for line in lines)
