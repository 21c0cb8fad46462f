"""The article a Next.js page carries only in its scripts, rebuilt as HTML for the ordinary body extraction.

A page rendered on the client may show no article text in its HTML: the App Router streams the React tree as rows
of its "flight" payload (`self.__next_f.push([1, "..."])` chunks: `["$", "p", null, {"children": ...}]` elements,
long strings as `T` rows), the Pages Router puts the page's data in a `__NEXT_DATA__` JSON script. Elements become
tags again; a string of markup in the data (an article's HTML field) is kept as markup; everything else is left out.
"""
from __future__ import annotations

import html
import json
import re

_FLIGHT_PUSH = re.compile(r'self\.__next_f\.push\(\[1,\s*("(?:[^"\\]|\\.)*")\]\)', re.DOTALL)
_ROW_HEAD = re.compile(rb"([0-9a-fA-F]+):")
_TEXT_ROW = re.compile(rb"T([0-9a-fA-F]+),")
_ROW_REFERENCE = re.compile(r"\$[L@]?([0-9a-fA-F]+)$")
# A data string is article markup when it opens with a tag (code does not) and holds paragraphs and more text than a
# teaser.
_MARKUP = re.compile(r"<(?:p|br|h[2-6])\b", re.IGNORECASE)
_MIN_MARKUP_CHARS = 200
# Tags of the document head and of code: never article text.
_SKIPPED_TAGS = frozenset({"head", "meta", "link", "title", "script", "style", "template", "noscript", "svg"})
_MAX_DEPTH = 200


def payload_scripts(root) -> list[str]:
    """The texts of the scripts that carry a Next.js payload (read before pruning, which drops every script)."""
    return [script.text for script in root.iter("script")
            if script.text and (script.get("id") == "__NEXT_DATA__" or "self.__next_f" in script.text[:40])]


def payload_html(scripts: list[str]) -> str:
    """The elements and article markup of the payload as an HTML document; "" when there is none."""
    parts: list[str] = []
    flight = "".join(_flight_chunks(script) for script in scripts if script.startswith("self.__next_f"))
    if flight:
        _Renderer(_flight_rows(flight), parts).render_roots()
    for script in scripts:
        if not script.startswith("self.__next_f"):
            try:
                _Renderer({}, parts).render(json.loads(script), element_context=False)
            except (ValueError, RecursionError):
                continue
    return f"<html><body>{''.join(parts)}</body></html>" if parts else ""


def _flight_chunks(script: str) -> str:
    out = []
    for literal in _FLIGHT_PUSH.findall(script):
        try:
            out.append(json.loads(literal))
        except ValueError:
            continue
    return "".join(out)


def _flight_rows(flight: str) -> dict[str, object]:
    """Row id -> value: a `T` row's text (its length is counted in UTF-8 bytes), a JSON row's value."""
    data = flight.encode("utf-8")
    rows: dict[str, object] = {}
    position = 0
    while position < len(data):
        head = _ROW_HEAD.match(data, position)
        if not head:
            end = data.find(b"\n", position)
            position = len(data) if end < 0 else end + 1
            continue
        row_id, position = head.group(1).decode().lower(), head.end()
        text = _TEXT_ROW.match(data, position)
        if text:
            start = text.end()
            position = start + int(text.group(1), 16)
            rows[row_id] = data[start:position].decode("utf-8", "replace")
            continue
        end = data.find(b"\n", position)
        end = len(data) if end < 0 else end
        line, position = data[position:end], end + 1
        if line[:1] in (b"[", b"{", b'"'):
            try:
                rows[row_id] = json.loads(line)
            except ValueError:
                continue
    return rows


class _Renderer:
    """Writes elements as tags and data markup as it is, resolving references to other rows once each."""

    def __init__(self, rows: dict[str, object], parts: list[str]):
        self.rows = rows
        self.parts = parts
        self.done: set[str] = set()

    def render_roots(self) -> None:
        referenced = set()
        for value in self.rows.values():
            if not isinstance(value, str):
                referenced.update(_references(value))
        # Roots first, each reference rendered where it is made; then rows only unrendered data refers to.
        for row_id in sorted(self.rows, key=lambda row: row in referenced):
            if row_id not in self.done:
                self.done.add(row_id)
                self.render(self.rows[row_id], element_context=False)

    def render(self, value, element_context: bool, depth: int = 0) -> None:
        if depth > _MAX_DEPTH:
            return
        if isinstance(value, str):
            self._string(value, element_context, depth)
        elif isinstance(value, list):
            if len(value) >= 4 and value[0] == "$" and isinstance(value[1], str) and isinstance(value[3], dict):
                self._element(value[1], value[3], depth)
            else:
                for item in value:
                    self.render(item, element_context, depth + 1)
        elif isinstance(value, dict):
            for item in value.values():
                self.render(item, False, depth + 1)

    def _string(self, value: str, element_context: bool, depth: int) -> None:
        reference = _ROW_REFERENCE.match(value) if value.startswith("$") else None
        if reference:
            row_id = reference.group(1).lower()
            if row_id in self.rows and row_id not in self.done:
                self.done.add(row_id)
                self.render(self.rows[row_id], element_context, depth + 1)
            return
        if element_context and value.startswith("$") and not value.startswith("$$"):
            return  # a special value ("$undefined", "$Sreact.suspense", a path into another row)
        if element_context:
            self.parts.append(html.escape(value[1:] if value.startswith("$$") else value, quote=False))
        elif len(value) >= _MIN_MARKUP_CHARS and value.lstrip().startswith("<") and _MARKUP.search(value):
            self.parts.append(f"<div>{value}</div>")

    def _element(self, tag: str, props: dict, depth: int) -> None:
        if tag.startswith("$") or not tag.isalnum():
            # A component (client reference, fragment, suspense) shows what it wraps; its other props are data,
            # which may hold the article's markup.
            for key, item in props.items():
                self.render(item, key == "children", depth + 1)
            return
        tag = tag.lower()
        if tag in _SKIPPED_TAGS:
            return
        attributes = "".join(f' {name}="{html.escape(props[key])}"' for key, name in (("className", "class"), ("id", "id"))
                             if isinstance(props.get(key), str))
        self.parts.append(f"<{tag}{attributes}>")
        inner = props.get("dangerouslySetInnerHTML")
        if isinstance(inner, dict) and isinstance(inner.get("__html"), str):
            markup = inner["__html"]
            reference = _ROW_REFERENCE.match(markup) if markup.startswith("$") else None
            if reference and isinstance(self.rows.get(reference.group(1).lower()), str):
                self.done.add(reference.group(1).lower())
                markup = self.rows[reference.group(1).lower()]
            self.parts.append(markup)
        else:
            self.render(props.get("children"), True, depth + 1)
        self.parts.append(f"</{tag}>")


def _references(value, depth: int = 0):
    """The row ids a value refers to ("$1a", "$L1a", "$@1a")."""
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, str):
        if value.startswith("$"):
            match = _ROW_REFERENCE.match(value)
            if match:
                yield match.group(1).lower()
    elif isinstance(value, list):
        for item in value:
            yield from _references(item, depth + 1)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _references(item, depth + 1)
