"""What the rules read of a whole element, read once per page: a post pasted as thousands of lines set apart by <br>s
is one element split into as many blocks, and the cells of a table are blocks of one table; each block reading its
element's links or text, or its table's header, again made such a page take minutes."""
from __future__ import annotations


class ElementReadings:
    """One page's readings, each a function of one element (its links showing words, its spaced text), kept by
    element. The blocks of one linearised tree share it; the tree is pruned before it is linearised and the rules only
    read it after, so a reading stays true for the page's extraction."""

    __slots__ = ("_read",)

    def __init__(self) -> None:
        self._read: dict = {}

    def of(self, reading, element):
        """`reading(element)`, read the first time it is asked for."""
        key = (reading, element)
        try:
            return self._read[key]
        except KeyError:
            value = self._read[key] = reading(element)
            return value
