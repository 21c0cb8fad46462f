"""What blog engines write into a page's classes and metadata about the kind of page it is."""

import re

from lxml import etree

# Blog engines mark a static page (about, the board, membership) apart from a post in the body's classes, though
# they give both the same og:type and JSON-LD Article: WordPress `page-template-default page page-id-2`, Ghost
# `page-template page-about`, Drupal `page-node-type-page` (7: `node-type-page`; posts: `single-post`,
# `post-template`, `...-article`).
STATIC_PAGE_CLASS = re.compile(r"(?:^|\s)(?:page-template(?:-[\w-]+)?|page-id-\d+|(?:page-)?node-type-page)(?:\s|$)")
# Drupal names the node's content type in the body's classes: a basic page `page-node-type-page` (Drupal 7:
# `node-type-page`), a news item `page-node-type-article`. Every type shares the `/node/N` addresses, so the posts'
# address family says nothing of a page's type: the type is the writer's choice, which only the site's listings or
# feed can overrule.
BASIC_PAGE_CLASSES = frozenset({"page-node-type-page", "node-type-page"})
# Site generators name the content folder a page was written in as its `article:section` (Hugo's Open Graph
# template: `blog`, `posts`, `pages`); a folder of pages holds the site's static pages, whatever address they get.
PAGES_SECTION = re.compile(r"^\s*pages?\s*$", re.IGNORECASE)
# Blog engines mark a tag, category or author archive in the body's classes, though it may show one post whole under
# that post's title: WordPress `archive tag tag-process` (`archive category`, `archive tax-topic`, `archive author`,
# `archive date`), Ghost `tag-template` / `author-template`, Drupal `page-taxonomy-term` / `path-taxonomy`.
ARCHIVE_CLASSES = re.compile(r"(?:^|\s)(?:tag-template|author-template|page-taxonomy-term|path-taxonomy)(?:\s|$)")
WORDPRESS_ARCHIVE_KINDS = re.compile(r"^(?:tag|category|author|date|tax-[\w-]+)$")

# A theme's layout setting stated on the main wrapper ("page-layout-one-sidebar", "page-layout-sidebar_right",
# "sidebar-width-default", "sidebar-position-left"): the layout's name before the column's word, or the column's size
# or place after it, says how the page is laid out around the element, not that the element is that column or menu.
# A setting names what it lays out ("page-layout-") or how ("layout-one-sidebar") and joins its words by one dash or
# underscore: "layout-sidebar-second", "layout-footer" and a BEM element ("article-layout__footer") are the layout's
# column or footer itself.
_LAYOUT_PARTS = r"(?:sidebars?|navbar|nav|menus?|header|footer|banner)"
LAYOUT_SETTING_CLASS = re.compile(rf"(?:[a-z0-9]+-)+layout[-_](?:[a-z0-9]+[-_])*{_LAYOUT_PARTS}(?:[-_][a-z0-9]+)*"
                                  rf"|layout[-_](?:[a-z0-9]+[-_])+{_LAYOUT_PARTS}"
                                  rf"(?:[-_][a-z0-9]+)*"
                                  rf"|{_LAYOUT_PARTS}[-_]{{1,2}}(?:width|size|position)(?:[-_][a-z0-9]+)+", re.IGNORECASE)


# CMSs mark the site's front page in the body's classes: Drupal `path-frontpage` (7: `front`), WordPress `home`. A
# language's front page shows the site's welcome text over its latest posts: the site's home, never one of its posts.
FRONT_PAGE_CLASSES = frozenset({"path-frontpage", "front", "home"})


def body_classes(root) -> list[str]:
    """The class names of a parsed page's `<body>`."""
    body = root.find(".//body")
    return (body.get("class") or "").split() if body is not None else []


def marks_front_page(root) -> bool:
    """True when the `<body>` classes of a parsed page mark it the site's front page (FRONT_PAGE_CLASSES)."""
    return not FRONT_PAGE_CLASSES.isdisjoint(body_classes(root))


def marks_archive(root) -> bool:
    """True when the `<body>` classes of a parsed page mark it one of the CMS's archives of posts (by tag, category,
    author or day): a listing, however many posts it shows."""
    names = body_classes(root)
    if "archive" in names and any(WORDPRESS_ARCHIVE_KINDS.match(name) for name in names):
        return True
    return ARCHIVE_CLASSES.search(" ".join(names)) is not None


def marks_static_page(root) -> bool:
    """True when the `<body>` classes of a parsed page (an lxml tree) or its section mark it one of the CMS's static
    pages rather than a post."""
    body = root.find(".//body")
    body_class = body.get("class") if body is not None else None
    return bool(body_class) and STATIC_PAGE_CLASS.search(body_class) is not None or filed_as_page(root)


def typed_basic_page(root) -> bool:
    """True when the `<body>` classes name the page's content type a basic page (BASIC_PAGE_CLASSES)."""
    return not BASIC_PAGE_CLASSES.isdisjoint(body_classes(root))


def filed_as_page(root) -> bool:
    """True when the page's `article:section` names a section of pages: the generator filed it with the static
    pages, not the posts. Unlike a page template, which a site may use for its news too, this is where the writer
    put the page, so it holds even when the site gives its pages the dated addresses of its posts."""
    for meta in root.iterfind(".//head/meta[@property='article:section']"):
        if PAGES_SECTION.match(meta.get("content") or ""):
            return True
    return False


# WordPress names a single entry's post type in the body's classes twice: `single-sponsor` beside
# `sponsor-template-default` (4.7+) or `sponsor-<slug>`; its posts are `single-post`. Themes add classes of their own
# such as `single-author`, and `single-format-video` names a post's format: neither comes with the second class.
_SINGLE_TYPE = re.compile(r"^single-(?!format-)([\w-]+)$")
POST_TYPE = "post"
# WordPress gives every uploaded file an entry of its own (`single-attachment attachment-png`): the image, its size and
# the post it belongs to, dated the day of the upload.
MEDIA_FILE_TYPE = "attachment"


def marks_single_entry(root) -> bool:
    """The page's `<body>` classes name the one blog entry it shows (WordPress' `postid-12`; a static page's is
    `page-id-12`)."""
    return any(name.startswith("postid-") for name in body_classes(root))


def marks_blog_post(root) -> bool:
    """The page's `<body>` classes mark it one of the blog's own posts (`single-post postid-12`), no entry of
    another type (a press release, a sponsor)."""
    return marks_single_entry(root) and f"single-{POST_TYPE}" in body_classes(root)


# Drupal names every node's content type in the body's classes, whatever the theme: `node-type-story` (5 and 6),
# `node-type-event`, `page-node-type-article` (8+). A view or a taxonomy page names none, or also names its archive.
_DRUPAL_NODE_TYPE = re.compile(r"^(?:page-)?node-type-[\w-]+$")


def marks_cms_entry(root) -> bool:
    """The page's `<body>` classes mark it one entry its CMS keeps: a static page, a blog post, or a Drupal node of
    any content type (a story, an event) that is no archive of others."""
    if marks_static_page(root) or marks_blog_post(root):
        return True
    names = body_classes(root)
    return any(_DRUPAL_NODE_TYPE.match(name) for name in names) and not marks_archive(root)


def marks_media_file_page(root) -> bool:
    """The page's `<body>` classes mark it the page WordPress gives an uploaded file (MEDIA_FILE_TYPE)."""
    return entry_post_type(root) == MEDIA_FILE_TYPE


def entry_post_type(root) -> str | None:
    """The post type a WordPress page's `<body>` classes name for the single entry it shows ("post" for a blog post,
    "sponsor", "speakers"... for a custom post type), or None when the classes name none."""
    if not marks_single_entry(root):
        return None
    classes = body_classes(root)
    for name in classes:
        match = _SINGLE_TYPE.match(name)
        if match and any(other.startswith(match.group(1) + "-") for other in classes if other != name):
            return match.group(1)
    return None


# WordPress names a post's id in its wrapper on every listing (`<article id="post-12">`) and on its own page in the
# body's classes (`postid-12` for a post, `page-id-12` for a static page).
_ENTRY_ID = re.compile(r"^post-(\d+)$")
_OWN_ID_CLASS = re.compile(r"(?:^|\s)(?:postid|page-id)-(\d+)(?:\s|$)")


def entry_id(element) -> str | None:
    """The post id the nearest wrapper around a listing's link declares (`id="post-12"`), or None."""
    for ancestor in element.iterancestors():
        match = _ENTRY_ID.match(ancestor.get("id") or "")
        if match:
            return match.group(1)
    return None


def own_entry_id(root) -> str | None:
    """The post or page id the page's `<body>` classes name as its own, or None."""
    body = root.find(".//body")
    match = _OWN_ID_CLASS.search(body.get("class") or "") if body is not None else None
    return match.group(1) if match else None


def own_entry(root):
    """The element the page's `<body>` classes name as its own entry (`postid-12` -> `id="post-12"`), or None: the
    post's wrapper wherever the theme sets its headline (a hero above the content)."""
    own_id = own_entry_id(root)
    if not own_id:
        return None
    return next((e for e in root.iter() if isinstance(e.tag, str) and e.get("id") == f"post-{own_id}"), None)


def in_other_entry(element, own_id: str) -> bool:
    """The nearest entry wrapper around the element (`id="post-12"`, or post_class()'s `post-12 type-post`) is another
    entry than the page's own (`own_id`, own_entry_id): a card of a related or neighbouring post."""
    for holder in (element, *element.iterancestors()):
        match = _ENTRY_ID.match(holder.get("id") or "")
        if match:
            return match.group(1) != own_id
        names = (holder.get("class") or "").split()
        if any(name.startswith("type-") for name in names):
            number = next((m.group(1) for m in map(_ENTRY_ID.match, names) if m), None)
            if number:
                return number != own_id
    return False


# WordPress writes every entry a loop shows with the classes of its post (post_class(): `post-12 post type-post
# status-publish`): a listing's teasers and a page builder's post grid as much as a post's own wrapper.
_POST_ENTRY_ID = re.compile(r"^post-\d+$")


def post_entries(root) -> list:
    """The outermost elements of a parsed page (or part of one) marked entries of the blog's posts (`post-12 ...
    type-post`), in document order."""
    marker, found, inside = f"type-{POST_TYPE}", [], set()
    for element in root.iter():
        names = (element.get("class") or "").split() if isinstance(element.tag, str) else ()
        if marker in names and any(_POST_ENTRY_ID.match(name) for name in names) \
                and not any(id(ancestor) in inside for ancestor in element.iterancestors()):
            found.append(element)
            inside.add(id(element))
    return found


# A shop's catalogue entry printed as a card (a grid of products set in a post, a shop's own pages): WordPress writes
# each entry's post type on its wrapper (post_class(): `post-12 type-product` for a shop plugin's products), and
# schema.org microdata types it a Product. The card offers an item for sale, never a teaser of a post. One query in C:
# asked of nearly every page a crawl fetches.
_SHOP_ITEMS = etree.XPath("//*[contains(concat(' ', normalize-space(@class), ' '), ' type-product ')"
                          " or contains(@itemtype, 'schema.org/Product')]")


def shop_item_cards(root) -> list:
    """The elements of a parsed page marked a shop's catalogue entries; none on most pages."""
    return _SHOP_ITEMS(root)
