"""A follow or share bar: a line of links to the site's profiles on social networks or of buttons sharing the page
there ("Facebook<br>Instagram<br>YouTube" under "Follow us", "Facebook Twitter Email" under "Share"), which themes
set inside the post's text element after its last paragraph. The site's furniture, never the writer's source line."""
from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from .blocks import Block, links_showing_words
from .line_patterns import FURNITURE_LINE, WORD
from .text import spaced_text
from .xpaths import SOCIAL_HOSTS

# A bar shows a few buttons; one link is a line of the writer's or a lone button the other rules weigh.
_BAR_LINKS = 2
# Where else a site keeps profiles to follow it: video, chat and forum networks (a video's or post's own address is a
# recording or a source, told by its path below).
_PROFILE_HOSTS = SOCIAL_HOSTS | {"youtube.com", "t.me", "telegram.me", "vk.com", "tumblr.com", "reddit.com",
                                 "flickr.com", "soundcloud.com", "snapchat.com", "mastodon.social", "vimeo.com"}
# A profile's address is the account's name, or a word for the kind of account and the name ("/company/name",
# "/channel/ID"); a post's, a video's or a photo's goes on, or names what it shows first ("/watch?v=", "/p/ID").
_PROFILE_PARTS = 2
_NOT_PROFILE = frozenset({"watch", "embed", "shorts", "playlist", "p", "reel", "reels", "status", "posts", "video",
                          "videos", "photo", "photos", "events", "groups", "r", "comments", "s", "live"})
# A share button's address asks a network to post something: a path naming that ("/sharer/sharer.php",
# "/intent/tweet", "/shareArticle", "/submit", "/send", "/pin/create"), or the site's own address in its query
# ("?u=https://<site>/<post>"), whatever the network.
# Networks a page is only ever sent to from a bar (a messenger), whatever the address.
_SHARE_HOSTS = frozenset({"wa.me", "api.whatsapp.com", "whatsapp.com", "telegram.org", "getpocket.com",
                          "xing.com", "vk.com", "ok.ru", "line.me", "flipboard.com"})
_HANDLE = re.compile(r"@[\w.-]+$")
_SHARE_PATH = re.compile(r"/(?:share\w*|sharing|intent|submit|send|pin/create|compose)(?:[/.?]|$)", re.IGNORECASE)
# A button a script makes share the page names that in its class or data attributes (`class="sharer"`,
# `data-sharer="twitter"`, `data-share-network`) rather than in an address.
_SCRIPTED_SHARE = re.compile(r"(?:^|[\s_-])shar(?:e|er|ing)(?:$|[\s_-])", re.IGNORECASE)


def is_social_bar(block: Block, host: str) -> bool:
    """A line of a few links, each to a social network's profile or a button sharing the page (a mail button with no
    address to write to too), and no words of its own but a furniture label ("Teilen", "Follow us:")."""
    if block.element is None or not block.link_chars:
        return False
    anchors = links_showing_words(block)
    if len(anchors) < _BAR_LINKS or not all(_profile_or_share(a.get("href") or "", host) for a in anchors):
        return False
    return _a_label_at_most(block.text, anchors)


def _a_label_at_most(text: str, anchors) -> bool:
    """The text holds no words of its own besides its anchors' but a furniture label ("Teilen", "Follow us:")."""
    own = text
    for anchor in anchors:
        own = own.replace(spaced_text(anchor), " ", 1)
    return not WORD.search(own) or FURNITURE_LINE.search(own) is not None and len(WORD.findall(own)) <= 3


def _profile_or_share(href: str, host: str) -> bool:
    """A link to a social network's profile or a button sharing the page; `host` is the page's site (without "www.")."""
    href = href.strip()
    if href.lower().startswith("mailto:?"):
        return True  # a mail button: the reader fills in whom to send the page to
    parts = urlsplit(href if "//" in href[:8] or href.startswith("//") else "")
    target_host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    if not target_host or target_host == host:
        return False
    if _asks_to_share(parts, target_host, host):
        return True
    path = [part for part in parts.path.split("/") if part]
    # An account's handle alone ("/@name") is a profile on whatever server keeps it: Mastodon's and the other
    # federated networks' thousands of instances, which no list of hosts holds. A post's address goes on
    # ("/@name/1234", Medium's "/@name/title").
    if len(path) == 1 and _HANDLE.match(path[0]) and not parts.query:
        return True
    return target_host in _PROFILE_HOSTS and 0 < len(path) <= _PROFILE_PARTS and path[0].lower() not in _NOT_PROFILE \
        and not parts.query.lower().startswith("v=")


def shares_page(target: str, host: str = "") -> bool:
    """The absolute address is a share button's: it asks a network to post a page (`host`: the page's site)."""
    parts = urlsplit(target.strip())
    return _asks_to_share(parts, (parts.hostname or "").lower().removeprefix("www.").removeprefix("m."), host)


def _asks_to_share(parts, target_host: str, host: str) -> bool:
    return target_host in _SHARE_HOSTS or bool(_SHARE_PATH.search(parts.path) and target_host in _PROFILE_HOSTS) \
        or bool(host and host in unquote(parts.query).lower())


def is_share_bar(element, host: str = "") -> bool:
    """An element of a few buttons sharing the page (or following the site) and no words of its own but a furniture
    label: what a theme sets after every post's text, whatever line closes it."""
    anchors = list(element.iter("a", "button"))
    if len(anchors) < _BAR_LINKS or not all(_profile_or_share(a.get("href") or "", host) or _scripted_share(a)
                                            for a in anchors):
        return False
    return _a_label_at_most(spaced_text(element), anchors)


def _scripted_share(button) -> bool:
    return bool(_SCRIPTED_SHARE.search(button.get("class") or "")) \
        or any(_SCRIPTED_SHARE.search(name.removeprefix("data")) for name in button.attrib if name.startswith("data-"))
