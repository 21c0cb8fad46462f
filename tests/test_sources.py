"""The sources file contract: the bundled partner list loads, and bad files get one clear line."""
from __future__ import annotations

import pytest

from news_archive.archive.sources import SourcesError, load_sources, select_sources


def write(tmp_path, text):
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_bundled_partner_list_names_the_real_partners():
    sources = {source.id: source for source in load_sources()}
    assert {"flemingsberg-science", "ssci", "ki-news", "akademiska-hus", "region-stockholm", "karolinska-hospital",
            "sodertorn-university"} <= set(sources)
    assert sources["ki-news"].start_urls[0].startswith("https://news.ki.se/")
    assert all(url.startswith("https://") for source in sources.values() for url in source.start_urls)


def test_minimal_source_needs_only_id_name_and_start_urls(tmp_path):
    [source] = load_sources(write(tmp_path, '[[source]]\nid = "x"\nname = "X"\nstart_urls = ["http://127.0.0.1:1/news/"]\n'))
    assert (source.id, source.name, source.start_urls, source.languages, source.article_pattern) == (
        "x", "X", ("http://127.0.0.1:1/news/",), (), None)
    assert source.allowed_hosts == {"127.0.0.1:1"}


@pytest.mark.parametrize("body, message", [
    ('[[source]]\nname = "X"\nstart_urls = ["http://a/"]\n', "source #1: field 'id' is required"),
    ('[[source]]\nid = "x"\nstart_urls = ["http://a/"]\n', "source 'x': field 'name' is required"),
    ('[[source]]\nid = "x"\nname = "X"\nstart_urls = ["ftp://a/"]\n', "source 'x': field 'start_urls' has 'ftp://a/'"),
    ('[[source]]\nid = "Bad Id"\nname = "X"\nstart_urls = ["http://a/"]\n', "field 'id' must be a lowercase slug"),
    ('[[source]]\nid = "x"\nname = "X"\nstart_urls = ["http://a/"]\narticle_pattern = "("\n', "field 'article_pattern' is not a valid regular expression"),
    ('[[source]]\nid = "x"\nname = "X"\nstart_urls = ["http://a/"]\nlanguages = ["swedish"]\n', "field 'languages' must be"),
    ('[[source]]\nid = "x"\nname = "X"\nstart_urls = ["http://a/"]\nstart_url = "http://b/"\n', "field 'start_url' is not a known field"),
    ('[[source]]\nid = "x"\nname = "X"\nstart_urls = ["http://a/"]\n[[source]]\nid = "x"\nname = "Y"\nstart_urls = ["http://b/"]\n', "field 'id' is used twice"),
    ('[[source]\nid = "x"', "not valid TOML"),
    ('title = "no sources"\n', "no [[source]] tables"),
])
def test_bad_sources_file_names_file_source_and_field(tmp_path, body, message):
    path = write(tmp_path, body)
    with pytest.raises(SourcesError) as error:
        load_sources(path)
    assert str(error.value).startswith(f"{path}: ")
    assert message in str(error.value)
    assert "\n" not in str(error.value)


def test_selecting_an_unknown_source_is_an_error(tmp_path):
    path = write(tmp_path, '[[source]]\nid = "x"\nname = "X"\nstart_urls = ["http://a/"]\n')
    sources = load_sources(path)
    assert [s.id for s in select_sources(sources, ["x"], path)] == ["x"]
    assert select_sources(sources, [], path) == sources
    with pytest.raises(SourcesError, match="no source with id 'nope'"):
        select_sources(sources, ["nope"], path)
