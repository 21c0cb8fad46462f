"""Tell a protected post, whose page shows only the form asking for its password, from a post showing its text."""
from __future__ import annotations

from collections.abc import Collection, Sequence

from lxml import etree

from .blocks import Block

PASSWORD_FORMS = etree.XPath("//form[.//input[translate(@type, 'PASWORD', 'pasword')='password']]")


def password_forms(root) -> list:
    """The page's forms holding a password field: read before pruning, which drops the fields."""
    return PASSWORD_FORMS(root)


def only_password_form(blocks: Sequence[Block], forms: Collection) -> bool:
    """True when every block of the page's text lies in one of `forms`: a blog engine's protected post ("This
    content is password protected. To view it please enter your password below"), whose text readers never see,
    so the page is no article."""
    return bool(blocks and forms) and all(_inside(block.element, forms) for block in blocks)


def _inside(element, forms: Collection) -> bool:
    if element is None or not hasattr(element, "iterancestors"):
        return False
    return element in forms or any(form in forms for form in element.iterancestors("form"))
