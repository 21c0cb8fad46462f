"""A post's language is its prose's: code, program output and tracebacks (<pre>) are written in no reader's language."""
from __future__ import annotations

from news_archive.archive.cli.extract import clean_page

INTRO = ("En esta entrada vamos a leer los datos de una estación meteorológica con pandas y a dibujarlos con "
         "matplotlib. Primero cargamos el fichero y después quitamos las columnas que no necesitamos.")
CODE = "import pandas as pd\ndatos = pd.read_csv('estacion.csv')\ndatos.describe()"
TRACEBACK = ("FileNotFoundError                         Traceback (most recent call last)\n"
             "<ipython-input-3-5c1a> in <module>()\n----> 1 datos = pd.read_csv('estacion.csv')\n"
             "/usr/lib/python3/site-packages/pandas/io/parsers.py in read_csv(filepath, sep, header, names)\n"
             "--> 647     return _read(filepath_or_buffer, kwds)\n"
             "FileNotFoundError: [Errno 2] No such file or directory: 'estacion.csv'. Could not find the file in the "
             "current working directory, check the path and try again. Warning: the default value of this argument "
             "will change in a future version, so pass it explicitly to silence this warning.")
INSTALL_LOG = ("Downloading package metadata from the channel... done. Solving environment: done. The following "
               "packages will be installed and the following packages will be updated to the latest version available "
               "in the channel: numpy, scipy, matplotlib, pandas. Proceed with the installation? All requested "
               "packages are already installed in the environment.")
AFTER = "Como veis, el fichero no estaba en la carpeta del cuaderno. Lo movemos allí y lo intentamos otra vez."


def _page(html_lang: str, paragraphs: list[str], title: str = "Datos de la estación") -> bytes:
    # A notebook rendered into a blog post: input cells and their output each in a <pre>, prose in <p>.
    body = "".join(f"<div class='output_area'><pre>{part[5:]}</pre></div>" if part.startswith("<pre>")
                   else f"<p>{part}</p>" for part in paragraphs)
    return f"""<!DOCTYPE html><html lang="{html_lang}"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="article"></head>
<body><nav><a href="/">Inicio</a> <a href="/archivo/">Archivo</a></nav>
<article><h1>{title}</h1><p><time datetime="2016-01-26">26 enero 2016</time></p>
<div class="entry-content">{body}</div></article>
<footer><p>Un blog de ciencia con Python</p></footer></body></html>""".encode()


def test_a_notebook_post_in_spanish_whose_output_is_english_is_spanish():
    # Fails before: the traceback and the install log, English, outweighed the prose between them, and the site's
    # template declares English on every page, so the Spanish post was stored as English.
    # The notebook ends on its last cell's output, as many do.
    page = clean_page(_page("en", [INTRO, "<pre>" + CODE, "<pre>" + TRACEBACK, "<pre>" + INSTALL_LOG, AFTER,
                                   "<pre>" + TRACEBACK]), "https://ciencia.example/2016/01/26/estacion/")
    assert TRACEBACK.split()[0] in page["body"]  # the code stays in the body; only its language is not read
    assert page["language"] == "es"


def test_an_english_post_with_code_is_english_and_a_post_all_in_a_pre_keeps_its_text_language():
    english = ["In this post we read the data of a weather station with pandas and plot it with matplotlib. First we "
               "load the file, then we drop the columns we do not need.", "<pre>" + CODE,
               "As you can see, the file was not in the notebook's folder. We move it there and try again."]
    assert clean_page(_page("es", english), "https://ciencia.example/2016/01/27/station/")["language"] == "en"
    # A post written wholly inside a <pre> (a plain-text announcement) has no prose outside it: its text is read.
    announcement = ("<pre>La reunión del grupo de usuarios será el jueves a las siete en la biblioteca de la "
                    "facultad. Traed vuestros portátiles, habrá café y charlas cortas sobre proyectos de los socios.")
    assert clean_page(_page("en", [announcement]), "https://ciencia.example/2016/01/28/reunion/")["language"] == "es"


def test_a_post_that_is_only_a_program_is_in_its_headlines_and_pages_language():
    # Fails before: no language. Its only text is the program, which fits no language, and the headline and the
    # page's declaration that say which language the post is in were never asked.
    program = "<pre>module Main where\n\nmain :: IO ()\nmain = mapM_ print (take 10 primes)"
    page = clean_page(_page("de", [program], title="Unser erstes Programm"), "https://verein.example/posts/erstes.html")
    assert page["language"] == "de"
