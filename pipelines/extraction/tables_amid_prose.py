"""The cells of a table the text sets out amid its prose (results, prices, a programme), kept however short."""
from __future__ import annotations

from .ancestry import table_of
from .blocks import Block
from .line_patterns import FURNITURE_LINE
from .link_lines import host_of
from .prose_lines import PROSE_LIST_LINK_SHARE, is_prose_line
from .stamp_lines import is_date_line
from .text import text_of

# A table of data has a few rows of a few cells.
_TABLE_CELLS = 4
# The share of a data table's cells that link nowhere, one column of linked names beside its values.
_UNLINKED_CELLS_SHARE = 0.75
# A dated record (press coverage, releases) runs a few rows, each opening on its day.
_DATED_ROWS = 3
# The elements of a list, which a cell may hold under its own line.
_LIST_TAGS = frozenset({"li", "ul", "ol", "dl", "dt", "dd"})


def cells_of_tables_amid_prose(blocks: list[Block], host: str = "") -> set[int]:
    """The cells of a table set between two paragraphs of prose (results, prices, a comparison), or closing the text
    after one, or after a line of the text introducing it ("Programme:", then times and talks): its short values
    ("57 kB", "N/A", "18:00") are the table's point, as its longer cells are. Tables one after the other, each under
    a subheading of its own ("Results:" / "Open A" <table> / "Open B" <table>), are weighed as one. A table around
    the page's layout holds the text, not stands between its paragraphs."""
    tables = _positions_by_table(blocks, ("cell", "p", "text"))
    cells: set[int] = set()
    for positions in _tables_in_series(blocks, list(tables.values())):
        first, last = positions[0], positions[-1]
        above = _above_subheadings(blocks, first)
        if len(positions) >= _TABLE_CELLS and above and (is_prose_line(blocks[above - 1])
                                                         or _introduces_table(blocks[:above])) \
                and (is_prose_line(blocks[last + 1]) if last + 1 < len(blocks) else _data_cells(blocks[first:], host)) \
                and all(_set_in_table(blocks[i].element) or _is_subheading(blocks[i])
                        for i in range(first, last + 1)):
            cells |= {id(blocks[i]) for i in positions}
    return cells


def _tables_in_series(blocks: list[Block], tables: list[list[int]]) -> list[list[int]]:
    """The tables' cell positions, a table following another with nothing but subheadings between joined to it. A
    table starting before the one above it ends follows none: it is set inside it, a data table among the paragraphs
    a page's layout table holds, and stands between them."""
    series: list[list[int]] = []
    for positions in tables:
        if series and positions[0] > series[-1][-1] \
                and all(_is_subheading(blocks[i]) for i in range(series[-1][-1] + 1, positions[0])):
            series[-1] = series[-1] + positions
        else:
            series.append(positions)
    return series


def _above_subheadings(blocks: list[Block], first: int) -> int:
    """Where the blocks above a table start once the subheadings naming it ("Open A") are passed over."""
    while first and _is_subheading(blocks[first - 1]):
        first -= 1
    return first


def _is_subheading(block: Block) -> bool:
    """A heading naming what follows it ("Open A", "Evening race"), not a line introducing it ("Results:")."""
    return block.kind == "heading" and not block.link_chars and not block.text.endswith(":")


def _introduces_table(above: list[Block]) -> bool:
    """The line just above a table is a short label of the text's ("Programme:", "Agenda:") set after its prose, or
    after a list the prose goes on with ("Speakers:", their names): it introduces the table as the text's own, where
    a box's heading ("Related") names no more than furniture."""
    line = above[-1]
    return len(above) >= 2 and _after_prose(above[:-1]) and line.kind in ("p", "text", "heading") \
        and line.text.endswith(":") and not line.link_chars and not FURNITURE_LINE.search(line.text)


def _after_prose(above: list[Block]) -> bool:
    """The last of `above` is a line of prose, or the last item of a list of plain points (a link or two at most)
    under a label of the text's after a line of prose."""
    end = len(above)
    while end and above[end - 1].kind == "item" and above[end - 1].link_density <= PROSE_LIST_LINK_SHARE:
        end -= 1
    if end < len(above) and end >= 2 and above[end - 1].text.endswith(":") and not above[end - 1].link_chars:
        end -= 1  # the list's own label ("Speakers:")
    return end > 0 and is_prose_line(above[end - 1])


def _data_cells(cells: list[Block], host: str) -> bool:
    """A table closing the text holds data (a list of subscribers and their shares, results) when its cells are
    little linked, or when most cells link nowhere, only one column's linking its names (players to their profiles
    beside their scores), or when every row opens on its day linking other sites (_dated_record): a table of
    links after the text is a box of other stories, a link in most of its cells."""
    table = table_of(cells[0].element) if cells else None
    return sum(c.link_chars for c in cells) < PROSE_LIST_LINK_SHARE * sum(c.chars for c in cells) \
        or sum(not c.link_chars for c in cells) >= _UNLINKED_CELLS_SHARE * len(cells) \
        or (table is not None and _dated_record(table, host))


def _dated_record(table, host: str) -> bool:
    """A dated record whose links all lead to other sites: press coverage links the outlets that wrote; a dated box
    of the site's own other stories links the site itself."""
    return _dated_rows(table) and _links_lead_away(table, host)


def _dated_rows(table) -> bool:
    """Every row of the table opens on a cell showing a day alone ("17/02/2020"), a few rows at least: a dated
    record the text sets out (its press coverage: the day, the outlet, the linked headline), data however linked its
    other cells. A box of other stories heads each row with its linked title."""
    rows = [row for row in table.iter("tr") if row.find("td") is not None]
    return len(rows) >= _DATED_ROWS \
        and all(is_date_line(text_of(row.find("td")).strip(), other_words=0) for row in rows)


def dated_record_cells(blocks: list[Block], host: str) -> set[int]:
    """The cells of each table that is a dated record (_dated_record), each table read once however many cells it
    has."""
    return {id(blocks[position]) for table, positions in _positions_by_table(blocks, ("cell",)).items()
            if _dated_record(table, host) for position in positions}


def _positions_by_table(blocks: list[Block], kinds: tuple[str, ...]) -> dict:
    """The positions of the blocks of these kinds set in a table, by table (in the order the page sets them)."""
    tables: dict = {}
    for position, block in enumerate(blocks):
        if block.kind in kinds and block.element is not None:
            table = table_of(block.element)
            if table is not None:
                tables.setdefault(table, []).append(position)
    return tables


def _links_lead_away(table, host: str) -> bool:
    hosts = [host_of(href) for href in table.xpath(".//a/@href")]
    return bool(hosts) and all(target and target != host for target in hosts)


def _set_in_table(element) -> bool:
    """A cell's block, or a point of a list set in a cell (a talk and its points: <td>Talk:<ul><li>...</li></ul>):
    both are the table's lines, where a paragraph of the text between two tables is not."""
    if table_of(element) is not None:
        return True
    while element is not None and element.tag in _LIST_TAGS:
        element = element.getparent()
    return element is not None and element.tag in ("td", "th") and table_of(element) is not None
