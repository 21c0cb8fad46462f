"""A version number is no date: dotted numbers after a version word ("RELEASE 3.14.10", "Version 2.4.19", "v1.2.24") or
before a release word ("Gadget 3.14.10 LTS release"); bare dotted dates, American ones too, are still read."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article
from news_archive.pipelines.extraction.dates import find_date, parse_date


def test_dotted_numbers_after_a_version_word_are_no_date():
    """Fails before: each was read as a day of 2010, 2019 or 2024."""
    for text in ("RELEASE 3.14.10", "Gadget RELEASE-3.14.10 is out", "Version 2.4.19", "version: 1.2.24",
                 "Quillpad v1.2.24", "Versión 3.1.20", "the new Gadget 3.14.10 LTS release",
                 "Gadget 2.1.10 released", "Gadget 1.4.20-beta is out"):
        assert find_date(text) is None, text
    # Dotted dates still read as dates, and the date after a version number too.
    assert parse_date("Veröffentlicht am 14.03.10") == "2010-03-14"
    assert parse_date("am 3.4.2020") == "2020-04-03"
    assert parse_date("Version 3.1.20, released 12.03.2024") == "2024-03-12"
    assert parse_date("Release: 12.03.2024") == "2024-03-12"
    assert parse_date("By Jo Doe • 12.29.14") == "2014-12-29"


def _release_post() -> str:
    """A project's release post: the headline is the version; a side column between it and the text holds a summary
    and the post's <time>; related posts' cards with their own <time>s close it."""
    return ("<html lang='en'><head><title>RELEASE 3.14.10 | Gadget</title></head><body>"
            "<main><article class='blog doc'><header><a class='category' href='/categories/releases/'>RELEASES</a>"
            "<h1 id='title'>RELEASE 3.14.10</h1></header><div class='post'>"
            "<aside aria-label='Post details'><div class='summary'>The Gadget team announces the immediate "
            "availability of the new Gadget 3.14.10 LTS release, with a dozen fixes to the file watcher</div> Posted on <time itemprop='published' datetime='2023-11-09'>November 9, 2023</time>, "
            "by <figure><img src='/avatars/ola.png' alt='Ola Berg'><figcaption rel='author'>Ola Berg</figcaption></figure><h4>Share this post</h4>"
            "<a class='share' href='https://social.example/share?u=gadget' aria-label='Share on Social'><div class='share-"
            "button'><div aria-hidden='true' class='share-icon'></div></div></a>"
            "<a class='share' href='https://chat.example/share?text=RELEASE%203.14.10' aria-label='Share on Chat'>"
            "<div class='share-button'><div aria-hidden='true' class='share-icon'></div></div></a><p><a class='arrow prev' href='/blog/2023/11/rel-3-2-2/' "
            "title='Previous post: Gadget Lite 3.2.2 Released'>&lt;</a> <a class='arrow next' href='/blog/2023/11/RELEASE-4.2.0/' "
            "title='Next post: RELEASE 4.2.0'>&gt;</a></p></aside><div class='post-content'>"
            "<p>The Gadget team announces the immediate availability of Gadget 3.14.10, a patch release with a "
            "dozen fixes to the file watcher, the scheduler and the command line tools.</p>"
            "<p>The release is available for download from the project site, and the artifacts are in the usual "
            "repositories for builds that fetch them by version.</p><p>On behalf of the Gadget team,<br>Ola Berg</p>"
            "<div class='related'><h3>Related posts</h3>" + "".join(
                f"<article class='blog doc'><header><a href='/blog/2023/10/RELEASE-{v}/'><h1>RELEASE {v}</h1></a>"
                f"<time itemprop='published' datetime='2023-10-{d}'>October {d}, 2023</time>, by <span rel='author'>"
                f"Ola Berg</span></header><p>The Gadget team announces Gadget {v}, a patch release.</p></article>"
                for v, d in (("3.20.8", 30), ("4.0.2", 27), ("4.1.0", 11))) +
            "</div></div></div></article></main></body></html>")


def test_a_release_post_titled_by_its_version_is_dated_by_its_own_date():
    """Fails before: stored dated 2010-03-14, the version in its headline read as a day."""
    found = extract_article(_release_post(), "https://gadget.example/blog/2023/11/RELEASE-3.14.10/")
    assert found.published[:10] == "2023-11-09"
