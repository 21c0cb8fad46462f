"""A short post titled from its site's name until the crawl's end is judged again under its own headline.

The language stage reads a short post's headline with its text: a notice whose headline and opening sentence are in
the language its page declares is in it, and a headline plainly in another language outweighs the declaration. A
theme that states the site's name as every page's <title> and shows the headline only as an <h1> has its posts titled
from that name until the crawl's end shows it the site's (shared_title.py): their language was judged under the
site's name, and a Spanish notice on a theme declaring English everywhere came out English, its English-named site
standing in for its Spanish headline. Once the crawl's end gives such a post its own headline, its language is judged
again under it. A longer text says its own language whatever it stands under.
"""
from __future__ import annotations

from news_archive.archive.storage import Archive
from news_archive.pipelines.language import judge_again

# The longest body a headline may sway: a short post quoting a title in another language (language.py).
HEADLINE_SWAYS_CHARS = 400


def tag_retitled(archive: Archive, retitled: set[int]) -> list[int]:
    """Judge again the language of the short posts among these articles that the crawl's end gave their own headline;
    returns the ids of those whose language changed."""
    changed = []
    for source in archive.sources_of(retitled):
        short = archive.short_articles(source, sorted(retitled), HEADLINE_SWAYS_CHARS)
        changed += judge_again(archive, short, archive.source_languages(source))
    return changed
