"""The archive's clock: the moment now, in UTC, as the ISO text every time the archive stores is written in."""
from __future__ import annotations

from datetime import datetime, timezone


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
