"""Lets `scrapyd-deploy` build the project's egg (`setup.py bdist_egg`); everything else is in pyproject.toml."""
from setuptools import setup

setup()
