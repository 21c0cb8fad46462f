"""What blog engines write into a page's classes about the kind of page it is."""

import re

# Blog engines mark a static page (about, the board, membership) apart from a post in the body's classes, though
# they give both the same og:type and JSON-LD Article: WordPress `page-template-default page page-id-2`, Ghost
# `page-template page-about`, Drupal `page-node-type-page` (posts: `single-post`, `post-template`, `...-article`).
STATIC_PAGE_CLASS = re.compile(r"(?:^|\s)(?:page-template(?:-[\w-]+)?|page-id-\d+|page-node-type-page)(?:\s|$)")


def marks_static_page(root) -> bool:
    """True when the `<body>` classes of a parsed page (an lxml tree) mark it one of the CMS's static pages rather
    than a post."""
    body = root.find(".//body")
    body_class = body.get("class") if body is not None else None
    return bool(body_class) and STATIC_PAGE_CLASS.search(body_class) is not None
