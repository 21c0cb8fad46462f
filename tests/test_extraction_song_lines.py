"""A supporters' club posts a new club song: two paragraphs about it, the video, then the words, one short line a
paragraph, the refrain sung four times and closing the song. The words are the post's text, however short and
unpunctuated their lines."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://supporters.example/news/20210317_a-song-for-the-club/"
REFRAIN = "We sing along the river"
VERSE_ONE = ["The town wakes up in white", "The bells ring on the hill", "Our flags are on the bridge",
             "The stand is full again"]
VERSE_TWO = ["The cold is gone tonight", "Our voices warm the stand", "The players step outside",
             "The pitch is green and wide"]
CHORUS = ["Hearts beat on the left", REFRAIN, "A header to the heart", REFRAIN]
SONG = VERSE_ONE + CHORUS + VERSE_TWO + CHORUS + CHORUS


def _page(after_text: list[str], label: str = "<p><strong>Lyrics:</strong></p>") -> str:
    lines = "".join(f"<p>{line}</p>" for line in after_text)
    return (
        "<html lang='en'><head><title>A song for the club - Supporters</title>"
        "<meta property='og:type' content='article'></head><body>"
        "<header><a href='/'>Supporters</a> <a href='/news/'>News</a></header>"
        "<main><article class='post'><header><h1 class='post__title'>A song for the club</h1>"
        "<time datetime='2021-03-17T00:00:00Z'>17-03-2021</time></header>"
        "<div class='content post__content'>"
        "<p>A local songwriter presented a new song for the club and its supporters this week. He wrote it during the "
        "long months without matches, and the club's press office helped to record it.</p>"
        "<p>The video was filmed in the municipal stadium in December of last year, and it is dedicated to everyone "
        "who fills its stands.</p>"
        "<div class='video'><iframe src='https://video.example/embed/abc' title='Video'></iframe></div>"
        f"{label}{lines}</div></article></main>"
        "<footer><p>Supporters of the club, since 2010</p></footer></body></html>")


def test_a_songs_words_closing_the_post_stay_its_text():
    """Fails before: the refrain, shown four times, was dropped as a template's line, and every short line above it
    was then peeled off as a sign-off: the post ended at the paragraph before the video."""
    result = extract_article(_page(SONG), URL, listed_as_article=True)
    assert result.page_type == "article"
    assert result.body.rstrip().endswith(REFRAIN), result.body[-200:]
    assert "The town wakes up in white" in result.body

