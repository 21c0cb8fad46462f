"""A post whose report sits in a page builder's columns block, then, in the same text element, the list of what was
seen: a subheading set as a line wholly in bold ("<p><strong>Beetles</strong></p>") over each short list, as editors
with no heading style set one. The columns' prose outweighed the lists, and the bold lines, short and unpunctuated,
kept the post's text element from being the text: the lists were cut."""
from news_archive.pipelines.extraction import extract_article

REPORT = "".join(f"<p>{line}</p>" for line in (
    "On a warm evening in June the group met by the old mill for the third count of the season. Twelve members "
    "came, and the lamp was lit a little after ten, when the wind had dropped.",
    "The first visitors were small and brown, but by midnight the sheet was busy with larger ones, some of them "
    "seen here for the first time since the counts began.",
    "We packed up at two in the morning, tired and pleased, and agreed to meet again at the same place in August.",
))
GROUPS = {
    "Beetles": ["Northern reed beetle (Lund, 1801)", "Grey bark beetle (Moss, 1822)"],
    "Moths": ["Pale hook-tip (Berg, 1775)", "Lesser oak moth (Lund, 1801)", "Brown-lined wave (Hale, 1809)"],
    "Lacewings": ["Green lacewing (Moss, 1830)"],
}


def _page() -> str:
    lists = "".join(f"<p><strong>{group}</strong></p><ul>{''.join(f'<li><em>{n}</em></li>' for n in names)}</ul>"
                    f"<figure class='gallery'><ul><li><figure><img src='/u/{group}.jpg' alt=''></figure></li></ul>"
                    f"</figure>" for group, names in GROUPS.items())
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Third night count - Field group</title>
<meta property="article:published_time" content="2015-06-20T22:00:00+00:00"></head>
<body class="single single-post"><header><a href="/">Field group</a><nav><a href="/blog/">Blog</a></nav></header>
<div class="page-header"><h1 class="entry-title">Third night count</h1><time class="entry-date published"
datetime="2015-06-20">20 June 2015</time></div>
<article id="post-12" class="section"><div class="single-post-wrap entry-content">
<div class="wp-block-columns"><div class="columns-wrap"><div class="wp-block-column"><figure><img src="/u/mill.jpg"
alt=""></figure></div><div class="wp-block-column">{REPORT}</div></div></div>{lists}</div></article>
<footer><p>Field group, 2015</p></footer></body></html>"""


def test_the_lists_under_bold_subheadings_close_the_text():
    """Fails before: the body ended on the report's last paragraph."""
    body = extract_article(_page(), "https://field.example/2015/06/20/third-night-count/").body
    assert body.startswith("On a warm evening in June")
    assert body.endswith("Green lacewing (Moss, 1830)")
    assert "Moths\n\nPale hook-tip (Berg, 1775)" in body
