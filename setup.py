"""Lets `scrapyd-deploy` build the project's egg (`setup.py bdist_egg`); everything else is in pyproject.toml.

Scrapyd imports a project from its zipped egg, and zipimport cannot find an implicit namespace package:
the built `news_archive` gets an empty `__init__.py` (the source tree has no folder to hold one).
"""
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithNamespaceInit(build_py):
    def run(self):
        super().run()
        if not self.editable_mode:
            init = Path(self.build_lib) / "news_archive" / "__init__.py"
            init.parent.mkdir(parents=True, exist_ok=True)
            init.touch()


setup(cmdclass={"build_py": BuildWithNamespaceInit})
