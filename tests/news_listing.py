"""A partner's news listing page the discovery tests read, and the address it is served at."""
from __future__ import annotations

LISTING = """<html><head>
<link rel="alternate" type="application/rss+xml" href="/feed/">
</head><body>
<header><nav><a href="/sv/om-oss/">Om oss</a><a href="/sv/kontakt/">Kontakt</a></nav></header>
<main>
  <article><header><h2><a href="/sv/2024/03/01/ny-cellterapienhet/?utm_source=x">Ny cellterapienhet öppnar i Flemingsberg</a></h2></header><p>Kort ingress.</p></article>
  <article><h2><a href="/sv/2024/02/20/forskare-far-anslag/">Forskare får anslag för ny studie</a></h2><p>Kort ingress.</p></article>
  <article><h2><a href="/sv/2024/02/11/inkubatorn-vaxer/">Inkubatorn växer med tre bolag</a></h2><p>Kort ingress.</p></article>
  <article><h2><a href="/sv/2024/01/30/nytt-labb/">Nytt labb för avancerade terapier</a></h2><p>Kort ingress.</p></article>
  <div class="pagination"><a href="/sv/category/news-eng/page/2/">2</a><a href="/sv/category/news-eng/page/3/">3</a></div>
</main>
<footer><a href="/sv/integritet/">Integritetspolicy</a></footer>
</body></html>"""

BASE = "http://127.0.0.1:8000/sv/category/news-eng/"
