"""The Datasette instance that serves an archive: metadata, templates, styles, plugin, optional password."""
from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import yaml
from datasette.app import Datasette

from news_archive.archive.web.plugin import ARCHIVE_DATABASE
from news_archive.archive.web.plugins.ranked_search import RankedSearchDatabase
from news_archive.archive.storage import Archive

SETTINGS = {
    "sql_time_limit_ms": 1000,  # a runaway query from a browser must not hold the archive
    "default_page_size": 50,
    "allow_download": False,
    "facet_time_limit_ms": 500,
    "suggest_facets": False,  # the facets are chosen in metadata.yaml; suggesting more costs seconds a search
}
PASSWORD_HASH_VARIABLE = "NEWS_ARCHIVE_PASSWORD_HASH"
STAFF_ACCOUNT = "staff"


def datasette_files() -> Path:
    return Path(str(resources.files("news_archive.archive.web") / "datasette"))


def load_metadata(password_hash: str | None = None) -> dict:
    """The metadata file; with a password hash, everything but the login form needs the staff login."""
    metadata = yaml.safe_load((datasette_files() / "metadata.yaml").read_text(encoding="utf-8"))
    if password_hash:
        metadata["allow"] = {"id": STAFF_ACCOUNT}
        metadata.setdefault("plugins", {})["datasette-auth-passwords"] = {f"{STAFF_ACCOUNT}_password_hash": password_hash}
    return metadata


def make_datasette(db_path: str | Path, password_hash: str | None = None) -> Datasette:
    """Datasette over the archive at `db_path`, always published as `/archive`, read-only.

    `password_hash` (default: $NEWS_ARCHIVE_PASSWORD_HASH, made with `datasette hash-password`) puts the
    whole archive behind a login as `staff`.
    """
    Archive(db_path).close()  # an empty or old archive gets the current schema first
    files = datasette_files()
    datasette = Datasette(
        metadata=load_metadata(password_hash or os.environ.get(PASSWORD_HASH_VARIABLE)),
        settings=SETTINGS,
        template_dir=str(files / "templates"),
        static_mounts=[("archive-static", str(files / "static"))],
    )
    datasette.add_database(RankedSearchDatabase(datasette, path=str(db_path), is_mutable=True), name=ARCHIVE_DATABASE)
    return datasette
