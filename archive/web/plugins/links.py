"""Links to the view on screen in another output format, keeping its filters and search."""
from __future__ import annotations

from urllib.parse import urlencode

PAGING_ARGS = ("_next", "_size")


def view_url(request, datasette, extension: str, extra: dict, drop: tuple[str, ...] = ()) -> str:
    """This request's path as `.extension`, with its query less paging and `drop`, plus `extra`."""
    dropped = set(PAGING_ARGS) | set(drop) | set(extra)
    args = [(key, value) for key in request.args if key not in dropped for value in request.args.getlist(key)]
    path = request.path
    if path.endswith(".json"):
        path = path[: -len(".json")]
    return datasette.urls.path(f"{path}.{extension}") + "?" + urlencode(args + sorted(extra.items()))
