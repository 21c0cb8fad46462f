"""URL families learnt per source: the address shapes its news listings and feeds link to as articles."""
from __future__ import annotations

import re
from collections import Counter
from urllib.parse import unquote, urlsplit

from news_archive.archive.language_codes import ISO_639_1
from news_archive.archive.urls import LANGUAGE_FOLDER, NUMBER, cached, url_family
from news_archive.spiders.site_maps import sub_path_roots

# A leaf opening with its day (`/2024-07-02-new-machine/`): some generators name every post so, at the site root.
DATED_LEAF = re.compile(r"^(?:19|20)\d{2}-[01]\d-[0-3]\d(?:[-_.]|$)")
# A family is trusted once this many different teasers or feed items have shown it: one stray link in a
# listing's intro ("read our privacy policy") must not open a whole branch of the site.
MIN_MEMBERS = 2


@cached
def leaf_shape(url: str) -> tuple[str, str]:
    """The shape of an address's last part: a number, words opening with a day, or words; and a file extension or a
    folder. `/news/events/12.html` -> ('#', 'html'), `/2024-07-02-new-machine/` -> ('d', '/'),
    `/news/events/spring-fair/` -> ('a', '/'). A last part with neither extension nor slash is a folder's address too
    (`/news/spring-fair`): a listing links it so and the server answers it at the folder it redirects to."""
    path = urlsplit(url).path
    segments = [unquote(segment) for segment in path.split("/") if segment]
    folder = path.endswith("/")
    if segments and segments[-1].startswith("index."):
        segments.pop()
        folder = True
    leaf = segments[-1] if segments else ""
    stem, dot, extension = ("", "", "") if folder else leaf.rpartition(".")
    if folder or not dot:
        stem, extension = leaf, "/"
    return ("#" if NUMBER.match(stem) else "d" if DATED_LEAF.match(stem) else "a", extension.lower())


def section_family(start_url: str) -> tuple[str, ...] | None:
    """The family of the pages in a start page's own folder (`/news/`, `/news/index.html`, `/news` ->
    (host, 'news')), or None for the site root or a language folder, which hold every page of the site."""
    parts = urlsplit(start_url)
    segments = [segment for segment in parts.path.split("/") if segment]
    if segments and "." in segments[-1]:
        segments.pop()  # a page file (`/news/index.html`, `/news.php`): its folder
    family = url_family(f"{parts.scheme}://{parts.netloc}/{''.join(f'{segment}/' for segment in segments)}x")
    return None if _holds_every_page(family) else family


class UrlFamilies:
    """The article families of one source, learnt from the links its listings and feeds present as news."""

    def __init__(self, start_urls: list[str] = ()):
        self.members: Counter[tuple[str, ...]] = Counter()
        self.leaves: dict[tuple[str, ...], Counter[tuple[str, str]]] = {}  # family -> its members' leaf shapes
        self._seen: set[str] = set()
        # The folders the source names as its news sections by their start pages. A second section whose listing's
        # cards show no link and whose feed was not found holds posts all the same, which another section's confirmed
        # family must not shut out: while no family is learnt inside it, the section folder stands for one.
        self.named = {family for url in start_urls if (family := section_family(url))}
        # The root folder of a site served under a sub-path (`/club/` of `/club/news/`): WordPress files its posts
        # and static pages side by side there, as at a host's root.
        self.sub_path_roots = {url_family(f"{root}x") for root in sub_path_roots(list(start_urls))}

    def learn(self, url: str) -> None:
        if url not in self._seen:
            self._seen.add(url)
            family = url_family(url)
            self.members[family] += 1
            self.leaves.setdefault(family, Counter())[leaf_shape(url)] += 1

    def forget(self, url: str) -> None:
        """A member learnt (in this form or another of the same page) that proved no page (it answered 404): it
        shows no article's address."""
        family = url_family(url)
        self._seen.discard(url)
        self.members[family] -= 1
        self.leaves[family][leaf_shape(url)] -= 1

    @property
    def known(self) -> bool:
        return any(count >= MIN_MEMBERS for count in self.members.values())

    def admits(self, url: str) -> bool:
        """True when the address sits in a learnt family or below one (`/news/2024/slug/` below `/news/`), or in a start
        page's folder that no learnt family sits in: worth fetching, for the page to say what it is. A family at the
        site root or in a language folder holds every page of the site; when its members all open their names with
        their day, only such a page is one."""
        family = url_family(url)
        learnt = [learnt for learnt, count in self.members.items() if count >= MIN_MEMBERS]
        return any(family[:len(known)] == known and not self._dated_only_elsewhere(known, url) for known in learnt) \
            or any(family[:len(named)] == named and not any(known[:len(named)] == named for known in learnt)
                   for named in self.named) \
            or self._in_translated_family(family, learnt)

    @staticmethod
    def _in_translated_family(family: tuple[str, ...], learnt: list[tuple[str, ...]]) -> bool:
        """The address sits in a learnt family's section under another language folder, or under none
        (`/de/announcements/slug/` beside `/announcements/slug/`): the same section's posts in another language, which
        a multilingual site's sitemap names and its listing in one language never shows. A language folder alone holds
        every page of that language: only a section below it counts."""
        section = _without_language_folder(family)
        for known in learnt:
            known_section = _without_language_folder(known)
            if len(known_section) > 1 and (section != family or known_section != known) \
                    and section[:len(known_section)] == known_section:
                return True
        return False

    def outside_every_family(self, url: str) -> bool:
        """True when families are learnt and the address sits in none of them, nor below one (below the site root, a
        language folder or a sub-path root only in that folder itself, which holds the site's other pages too), nor
        in a start page's folder, nor in a learnt family's section in another language: `/pages/join.html` beside posts
        at `/slug.html`."""
        family = url_family(url)
        learnt = [known for known, count in self.members.items() if count >= MIN_MEMBERS]
        return bool(learnt) and not self.in_named_section(url) and not self._in_translated_family(family, learnt) \
            and not any(family == known or (family[:len(known)] == known and not self._site_wide(known))
                        for known in learnt)

    def only_in_site_wide_folder(self, url: str) -> bool:
        """True when the address sits in learnt families only as a folder holding every page of the site holds it (the
        site root, a language folder, a sub-path root: `/contact/` beside posts at `/slug/`), outside the start pages'
        folders: its address says nothing of what it is."""
        family = url_family(url)
        within = [known for known, count in self.members.items()
                  if count >= MIN_MEMBERS and family[:len(known)] == known]
        return bool(within) and not self.in_named_section(url) \
            and all(self._site_wide(known) for known in within)

    def in_named_section(self, url: str) -> bool:
        """True when the address sits in a start page's own folder or below it: the source's news section by its
        sources file's word."""
        family = url_family(url)
        return any(family[:len(named)] == named for named in self.named)

    def _dated_only_elsewhere(self, learnt: tuple[str, ...], url: str) -> bool:
        """`learnt` is the site root or a language folder whose members are named by their day (bar a stray link or
        so), and `url` is no such page of that folder (`/tools/grid/`, `/glossary/` beside `/2024-07-02-new-machine/`)."""
        if not _holds_every_page(learnt):
            return False
        shapes = self.leaves[learnt]
        dated = sum(count for shape, count in shapes.items() if shape[0] == "d")
        if dated < MIN_MEMBERS or sum(shapes.values()) - dated >= MIN_MEMBERS:
            return False
        return url_family(url) != learnt or shapes[leaf_shape(url)] < MIN_MEMBERS

    def indexes(self, url: str) -> bool:
        """True when the address is the folder of a learnt family (`/news/innsikt/` for `/news/innsikt/slug/`):
        that family's own listing, in any of its pages (`/news/?page=2`). The query is no folder: a file beside the
        family's pages (`/item7.html?id=7`) is one of them, not their index. A generator writing pages as files
        (Middleman, Hugo's uglyURLs) writes a folder's listing beside it under the folder's name
        (`/news/events.html` for `/news/events/slug.html`): that file is the family's listing too."""
        parts = urlsplit(url)
        folders = [parts.path.rstrip("/")]
        if leaf_shape(url)[1] != "/":
            folders.append(parts.path.rpartition(".")[0])  # `/news/events.html` -> `/news/events`
        return any(self.members[url_family(f"{parts.scheme}://{parts.netloc}{folder}/x")] >= MIN_MEMBERS
                   for folder in folders)

    def holds(self, url: str) -> bool:
        """True when the address sits in a learnt family itself, in a folder, its last part shaped as a member's: the
        site shapes it as one of its articles. A family at the site root holds every page of the site (contact,
        privacy): it says nothing; and a file beside a family of folders (`/news/issue-3.html` by `/news/slug/`) is a
        document its posts link, not one of them."""
        family = url_family(url)
        return len(family) > 1 and self.members[family] >= MIN_MEMBERS and self.leaves[family][leaf_shape(url)] > 0

    def shapes(self, url: str) -> bool:
        """True when the address sits in a learnt family whose folder is more than a language folder: the site
        gives its articles an address of their own. A language folder, like the site root or the root of a site
        served under a sub-path, holds every page."""
        family = url_family(url)
        return self.holds(url) and not self._site_wide(family)

    def _site_wide(self, family: tuple[str, ...]) -> bool:
        """The family is a folder holding every page of the site or of one of its languages: the site root, a language
        folder, the root of a site served under a sub-path, or a language folder in that root (`/club/en/`, where a
        WordPress mirror keeps its translated static pages beside the translated posts). Below a sub-path root, whose
        start page may be a news section (`/news/events/`), two letters are a language folder only when they name an
        ISO 639-1 language: `/news/ai/` is a topic's folder of posts."""
        return _holds_every_page(family) or family in self.sub_path_roots \
            or (family[:-1] in self.sub_path_roots and LANGUAGE_FOLDER.match(family[-1]) is not None
                and family[-1][:2] in ISO_639_1)

    def section_families(self) -> list[tuple[str, ...]]:
        """The learnt families in a named folder of a section folder (`/news/events/` in `/news/`), the section
        being more than a language folder: their sections may keep more kinds of article in folders beside them."""
        return [family for family, count in self.members.items()
                if count >= MIN_MEMBERS and _in_named_section(family)]

    def beside(self, url: str, sections: list[tuple[str, ...]]) -> bool:
        """True when the address sits in a named folder beside one of `sections` (section_families), not learnt
        itself, and its last part has that family's shape (`/news/reports/7.html` beside `/news/events/3.html`):
        the section's other kind of article, which its listing may never show."""
        family = url_family(url)
        if not _in_named_section(family) or self.members[family] >= MIN_MEMBERS:
            return False
        shape = leaf_shape(url)
        return any(len(learnt) == len(family) and learnt[:-1] == family[:-1]
                   and self.leaves[learnt][shape] >= MIN_MEMBERS for learnt in sections)


def _holds_every_page(family: tuple[str, ...]) -> bool:
    """The family is the site root or a language folder: every page of the site (or of a language) sits there."""
    return len(family) == 1 or (len(family) == 2 and LANGUAGE_FOLDER.match(family[1]) is not None)


def _without_language_folder(family: tuple[str, ...]) -> tuple[str, ...]:
    """The family less the language folder opening its path (`(host, 'de', 'news')` -> `(host, 'news')`)."""
    return (family[0], *family[2:]) if len(family) > 2 and LANGUAGE_FOLDER.match(family[1]) else family


def _in_named_section(family: tuple[str, ...]) -> bool:
    """A folder named by words (no number, as date folders are) inside a section folder that is more than a
    language folder: the site root and a language folder hold every page of the site."""
    return len(family) >= 3 and family[-1] != "#" \
        and not (len(family) == 3 and LANGUAGE_FOLDER.match(family[1]))
