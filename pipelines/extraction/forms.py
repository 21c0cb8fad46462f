"""The forms on a page a reader fills in, and the boxes they stand in: never the article's text."""
from __future__ import annotations

from . import xpaths
from .hints import attribute_words
from .text import text_of

# A form asking the reader to type an address or a query (a newsletter sign-up, a search box) sits in a box of its
# own with a heading and a pitch ("Get our free daily newsletter!"); a box holding more text than this holds more
# than the form.
_FORM_BOX_CHARS = 300
# A box holds a few elements around its form: a heading, a pitch, a note.
_FORM_BOX_CHILDREN = 8
_TYPED_INPUTS = frozenset({"", "text", "email", "search"})
# A form's labels, notes and consent lines run to a few hundred characters; a form holding more wraps the page.
_FILL_IN_FORM_CHARS = 1000


def outside_fill_in_form(densest, root):
    """The densest text's place, out of a form a reader fills in: a form's small print ("Comment moderation is enabled
    and may delay your comment.") can outweigh a teaser post of two lines, and the form it stands in is never the
    article, however near it sits (a comment form in the post's own column). The column still counts as the text's."""
    if densest is None:
        return None
    form = next((f for f in _fill_in_forms(root) if f is densest or any(a is f for a in densest.iterancestors())),
                None)
    return densest if form is None else form.getparent()


def _fill_in_forms(root) -> list:
    """The forms a reader fills in (a comment, reply, search or sign-up form: a text field), holding a box's worth
    of labels and notes and no headline; a form wrapping the whole page (ASP.NET's) holds the page's text."""
    return [form for form in root.iter("form")
            if any(field.tag == "textarea" or field.get("type", "").lower() in _TYPED_INPUTS
                   for field in form.iter("input", "textarea"))
            and not _holds_headline(form) and len(text_of(form)) <= _FILL_IN_FORM_CHARS]


def form_overlays(root) -> list:
    """The boxes a script opens over the page that hold a form a reader types into: the nearest ancestor of such a
    form whose class or id names a modal, popup, overlay or flyout. However long the form (a list of countries to pick
    from), the page's own text is never in it."""
    boxes = []
    for form in root.iter("form"):
        if not any(field.tag == "textarea" or field.get("type", "").lower() in _TYPED_INPUTS
                   for field in form.iter("input", "textarea")) or _holds_headline(form):
            continue
        box = next((a for a in form.iterancestors() if a.tag not in ("body", "html")
                    and not xpaths.OVERLAY_WORDS.isdisjoint(attribute_words(f"{a.get('class', '')} {a.get('id', '')}"))),
                   None)
        if box is not None:
            boxes.append(box)
    return boxes


def sign_up_boxes(root) -> list:
    """The boxes a sign-up form stands in with its heading and pitch ("Newsletter" over "News and tips once a month"
    over an e-mail field), outside any post's own element: the largest ancestor of the form holding a box's
    worth of elements and text and no <h1>. Never the article's text, though the pitch outweighs a post of one line
    and a video; a form the writer set in the post (an event's registration) stays with the post."""
    boxes = []
    for form in root.iter("form"):
        if form.find(".//textarea") is None \
                and any(field.get("type", "").lower() == "email" for field in form.iter("input")) \
                and not any(_marks_post(a) for a in (form, *form.iterancestors())):
            box = form
            for ancestor in form.iterancestors():
                if ancestor.tag in ("body", "html", "main") or len(ancestor) > _FORM_BOX_CHILDREN \
                        or len(text_of(ancestor)) > _FORM_BOX_CHARS or next(ancestor.iter("h1"), None) is not None \
                        or any(_marks_post(e) for e in ancestor.iter() if isinstance(e.tag, str)):
                    break
                box = ancestor
            boxes.append(box)
    return boxes


def _marks_post(element) -> bool:
    classes = f"{element.get('class', '')} {element.get('id', '')}"
    return element.tag == "article" or element.get("itemprop") == "articleBody" \
        or xpaths.ARTICLE_TEXT_MARK.search(classes) is not None or not xpaths.POST_CLASSES.isdisjoint(classes.split())


def form_box(form, protected):
    """The box a form that asks for typed text stands in with its heading and pitch: the largest of its ancestors
    holding no more than a box's worth of text and nothing of the article."""
    if not any(field.get("type", "").lower() in _TYPED_INPUTS for field in form.iter("input")):
        return form
    box = form
    for ancestor in form.iterancestors():
        # Counting children first spares reading the text of the column or page the form sits in.
        if len(ancestor) > _FORM_BOX_CHILDREN or len(text_of(ancestor)) > _FORM_BOX_CHARS or protected(ancestor):
            break
        box = ancestor
    return box


def widget_box(form):
    """The box a form stands in with the widget's own text (a chat server's name and "Join"): the largest of its
    ancestors holding no more than a box's worth of elements and text, and no paragraph (the text's own element)."""
    box = form
    for ancestor in form.iterancestors():
        if len(ancestor) > _FORM_BOX_CHILDREN or ancestor.find("p") is not None \
                or len(text_of(ancestor)) > _FORM_BOX_CHARS:
            break
        box = ancestor
    return box


def _holds_headline(form) -> bool:
    return next(form.iterdescendants("h1"), None) is not None
