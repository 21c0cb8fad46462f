"""Bundled sample partner sites served on 127.0.0.1, with the ground truth of every article."""

from .generated import serve_generated_site
from .running import SampleSites, serve_sample_sites
from .truth import SampleArticle

__all__ = ["SampleArticle", "SampleSites", "serve_generated_site", "serve_sample_sites"]
