"""Shared fixtures: the sample partner sites served on 127.0.0.1, and one real crawl of them."""
from __future__ import annotations

import pytest

from news_archive.archive.crawl.run import run_crawl
from news_archive.archive.sample_sites import serve_sample_sites
from news_archive.archive.sources import load_sources


@pytest.fixture(scope="session")
def sample_sites():
    with serve_sample_sites() as sites:
        yield sites


@pytest.fixture(scope="session")
def crawled(sample_sites, tmp_path_factory):
    """The sample sites crawled once, with the real spider and pipelines, into a temporary archive."""
    folder = tmp_path_factory.mktemp("crawl")
    sources = load_sources(sample_sites.write_sources(folder / "sources.toml"))
    db_path = folder / "archive.db"
    runs = run_crawl(sources, db_path, show_progress=False)
    return db_path, runs, sources
